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
import { CodeActionKind } from 'vscode-languageserver/node.js';
import { applyFixes, isFix, maxFixPasses } from '../fix/edits.js';
export const fixAllKind = CodeActionKind.SourceFixAll + '.archdoc-lint';
function fixOf(diagnostic, document) {
    const data = diagnostic.data;
    if (!data || data.version !== document.version || !isFix(data.fix, document.getText().length))
        return undefined;
    return data.fix;
}
export function quickFixes(document, context) {
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind)))
        return [];
    const actions = [];
    for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'archdoc-lint')
            continue;
        const fix = fixOf(diagnostic, document);
        if (!fix)
            continue;
        actions.push({
            title: `Fix this ${diagnostic.code ?? 'archdoc-lint'} problem`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: {
                changes: {
                    [document.uri]: [{ range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text }]
                }
            }
        });
    }
    return actions;
}
/**
 * Whether to offer the fix-all action: when the request asks for it (or for
 * all source actions), or, with no kind asked for, next to a quick fix (it
 * lints the document again, too much for every move of the cursor).
 */
export function wantsFixAll(context, quickFixCount) {
    if (!context.only)
        return quickFixCount > 0;
    return context.only.some((kind) => fixAllKind === kind || fixAllKind.startsWith(kind + '.'));
}
/** The fix-all action on the document's current text, or undefined when nothing is fixable. */
export async function fixAllAction(document, lint) {
    const original = document.getText();
    let text = original;
    let messages = await lint(text);
    for (let pass = 0; pass < maxFixPasses; pass++) {
        const result = applyFixes(text, messages.flatMap((message) => (message.fix ? [message.fix] : [])));
        if (result.applied === 0)
            break;
        text = result.output;
        messages = await lint(text);
    }
    if (text === original)
        return undefined;
    return {
        title: 'Fix all archdoc-lint problems',
        kind: fixAllKind,
        edit: {
            changes: {
                [document.uri]: [{ range: { start: document.positionAt(0), end: document.positionAt(original.length) }, newText: text }]
            }
        }
    };
}
