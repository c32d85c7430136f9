/**
 * vfile messages as LSP diagnostics: 1-based Markdown positions become
 * 0-based ranges, the rule id the code, the rule's doc its link, a second
 * place of the message (`related`) a related location in the same document.
 * The text is the message's reason (and note), never the stack of its cause.
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { VFileMessage } from 'vfile-message';
interface Point {
    line?: number;
    column?: number;
}
interface Place {
    start: Point;
    end: Point;
}
/** The agreed shape of a message's other places (see the issue on messages about two places). */
export interface RelatedPlace {
    place: Place;
    message: string;
}
export declare function toDiagnostic(message: VFileMessage, uri: string): Diagnostic;
/** A unist place (a point or a position, 1-based) as an LSP range (0-based); none: the top of the doc. */
export declare function toRange(place: Place | Point | undefined | null): Range;
export {};
