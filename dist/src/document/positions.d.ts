/**
 * Positions: from a place inside a fenced code block to the Markdown file.
 *
 * Every rule that reports inside code goes through `BlockMap`, so a message
 * always points at the line and column of the Markdown file, the way remark
 * itself would report that character (1-based lines, 1-based columns counted
 * in UTF-16 code units, 0-based offsets into the file's text).
 */
import type { Code } from 'mdast';
export interface Point {
    line: number;
    column: number;
    offset?: number;
}
export interface Place {
    start: Point;
    end: Point;
}
/** The file's text with its line starts, computed once per file. */
/**
 * The index of the last of the ascending `values` that is at or before
 * `target` (0 when none is): with line start offsets, the 0-based line an
 * offset falls on. A binary search, so position mapping stays linear in the
 * size of a document.
 */
export declare function lastAtOrBefore(values: ArrayLike<number>, target: number): number;
export declare class SourceText {
    readonly text: string;
    /** Offset of the first character of each line; index 0 is line 1. */
    readonly lineStarts: number[];
    constructor(text: string);
    get lineCount(): number;
    /** The text of a 1-based line, without its line ending. */
    lineText(line: number): string;
    /** The line ending of a 1-based line: `\r\n`, `\r` or `\n`; '' for the last line. */
    lineEnding(line: number): string;
    /** The point of a 0-based offset (binary search over line starts). */
    pointAt(offset: number): Point;
}
/**
 * Maps positions inside a code block's `value` to the Markdown file.
 *
 * Each line of the block can have its own prefix in the file (indentation of
 * the fence, a list item's indent, `> ` of a blockquote, or all of them), so
 * the prefix is measured per line: the file's line ends with the block's line,
 * and what comes before is the prefix. The one exception is a tab that the
 * container's indentation used only in part: micromark puts the rest of it in
 * the value as spaces, which are then matched to the tab.
 */
export declare class BlockMap {
    /** The 1-based Markdown line of the block's first content line. */
    readonly firstLine: number;
    /** The block's content, split into lines (without line endings). */
    readonly lines: string[];
    /** Offsets of each content line's start in `value`. */
    readonly lineOffsets: number[];
    private readonly source;
    private readonly fallbackPrefix;
    private readonly shifts;
    constructor(node: Code, source: SourceText);
    /**
     * Length of the Markdown prefix before a content line (0-based index): the
     * Markdown column of the line's column `c` is `prefix + c + 1`. When the line
     * starts with virtual spaces (see `BlockMap`), this is the prefix minus them.
     */
    prefix(lineIndex: number): number;
    private shift;
    /** Where a content line sits in the Markdown line `text` that holds it. */
    private measure;
    /** The Markdown point of a 0-based line and 0-based column of the block. */
    point(lineIndex: number, columnIndex: number): Point;
    /** The Markdown point of a 0-based offset into the block's `value`. */
    pointAt(offset: number): Point;
    /** A Markdown place from two 0-based block offsets. */
    placeAt(startOffset: number, endOffset: number): Place;
    /** A Markdown place from 0-based rows and columns of the block. */
    place(startLine: number, startColumn: number, endLine: number, endColumn: number): Place;
}
