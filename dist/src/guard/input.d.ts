import type { VFile } from 'vfile';
import { type ScanLimits } from './scan.js';
/** Largest file linted, in UTF-8 bytes. */
export declare const maxBytes: number;
/** Deepest container nesting (blockquotes and list items) linted. */
export declare const maxNesting = 100;
/** Most lines linted (CR, LF and CRLF each end one). */
export declare const maxLines = 100000;
/** How many characters from the start are looked at for a NUL (git looks at 8,000 bytes). */
export declare const binaryWindow = 8000;
/** Limits of the Markdown shapes micromark is slow on (`scan.ts`). */
export declare const scanLimits: ScanLimits;
export interface GuardPoint {
    line: number;
    column: number;
    offset: number;
}
export interface GuardProblem {
    /** One line, naming the cause and the limit, ending in "not linted". */
    reason: string;
    /** Where, when there is one place to point at. */
    point?: GuardPoint;
}
/**
 * The reason a file is not linted, if any. `text` is the file's text as the
 * parser gets it; `file` tells where its bytes can be found.
 */
export declare function checkInput(text: string, file?: VFile): GuardProblem | undefined;
/**
 * The reason a file over `maxBytes` is not linted; `exact` false when only
 * `bytes` were read of more (a stream, a file that grew).
 */
export declare function sizeReason(bytes: number, exact?: boolean, limit?: number): string;
