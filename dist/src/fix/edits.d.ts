/**
 * Fixes as data, and the one place that applies them.
 *
 * A rule that knows the one right change for a message puts it on the
 * message: `message.fix = {range: [start, end], text}`, offsets into the
 * file's text (UTF-16 code units, what `String.prototype.slice` takes), the
 * range replaced by `text` (an insertion is an empty range). It survives the
 * worker threads and the cache as plain data. `applyFixes` applies the fixes
 * of one pass that do not overlap; the callers lint again and apply what the
 * new messages carry, until nothing changes (`maxFixPasses`), as ESLint does.
 */
export interface Fix {
    /** `[startOffset, endOffset]` in the file's text. */
    range: [number, number];
    /** What replaces the range. */
    text: string;
}
declare module 'vfile-message' {
    interface VFileMessage {
        /** The one right change that resolves this message, when there is one. */
        fix?: Fix;
    }
}
/** Enough for every fix to settle (a pass fixes all that do not overlap); more means fixes that undo each other. */
export declare const maxFixPasses = 10;
export interface Applied {
    output: string;
    /** How many fixes were applied (the others overlapped one applied before them). */
    applied: number;
}
/** Whether `value` is a well-formed fix for a text of `length` code units. */
export declare function isFix(value: unknown, length: number): value is Fix;
/**
 * Apply the fixes that do not overlap, earliest first (an insertion at the
 * end of a replaced range, or two insertions at one point, both apply, in
 * the order given). A fix that changes nothing is not counted.
 */
export declare function applyFixes(text: string, fixes: Fix[]): Applied;
