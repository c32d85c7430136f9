/**
 * Code actions from the fixes the rules put on their messages
 * (src/fix/edits.ts): a quick fix for each diagnostic that carries one, and
 * "Fix all archdoc-lint problems" (`source.fixAll.archdoc-lint`, what an
 * editor runs on save when asked), which applies the fixes, lints again and
 * applies what is left, as `--fix` does.
 *
 * A fix's offsets hold for the text it was linted from: a diagnostic keeps
 * the document version it came from (`data.version`) and offers no quick fix
 * once the document has moved on (the next publication brings a fresh one).
 */
import { type CodeAction, type CodeActionContext } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { VFileMessage } from 'vfile-message';
import { type Fix } from '../fix/edits.js';
export declare const fixAllKind: string;
/** What a diagnostic with a fix carries in `data`. */
export interface FixData {
    fix: Fix;
    version: number;
}
export declare function quickFixes(document: TextDocument, context: CodeActionContext): CodeAction[];
/**
 * Whether to offer the fix-all action: when the request asks for it (or for
 * all source actions), or, with no kind asked for, next to a quick fix (it
 * lints the document again, too much for every move of the cursor).
 */
export declare function wantsFixAll(context: CodeActionContext, quickFixCount: number): boolean;
/** The fix-all action on the document's current text, or undefined when nothing is fixable. */
export declare function fixAllAction(document: TextDocument, lint: (text: string) => Promise<VFileMessage[]>): Promise<CodeAction | undefined>;
