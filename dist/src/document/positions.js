/** The file's text with its line starts, computed once per file. */
/**
 * The index of the last of the ascending `values` that is at or before
 * `target` (0 when none is): with line start offsets, the 0-based line an
 * offset falls on. A binary search, so position mapping stays linear in the
 * size of a document.
 */
export function lastAtOrBefore(values, target) {
    let low = 0;
    let high = values.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (values[middle] <= target)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
export class SourceText {
    text;
    /** Offset of the first character of each line; index 0 is line 1. */
    lineStarts;
    constructor(text) {
        // micromark drops a leading BOM: remark's columns and offsets count from
        // after it, and so do ours (else line 1 and every offset are one off).
        this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const starts = [0];
        const eol = /\r\n?|\n/g;
        let match;
        while ((match = eol.exec(this.text)))
            starts.push(match.index + match[0].length);
        this.lineStarts = starts;
    }
    get lineCount() {
        return this.lineStarts.length;
    }
    /** The text of a 1-based line, without its line ending. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next;
        if (next !== undefined) {
            if (this.text.charCodeAt(end - 1) === 10 /* \n */)
                end--;
            if (this.text.charCodeAt(end - 1) === 13 /* \r */)
                end--;
        }
        return this.text.slice(start, end);
    }
    /** The line ending of a 1-based line: `\r\n`, `\r` or `\n`; '' for the last line. */
    lineEnding(line) {
        const next = this.lineStarts[line];
        if (next === undefined)
            return '';
        if (this.text.charCodeAt(next - 1) === 13 /* \r */)
            return '\r';
        return this.text.charCodeAt(next - 2) === 13 ? '\r\n' : '\n';
    }
    /** The point of a 0-based offset (binary search over line starts). */
    pointAt(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        const line = lastAtOrBefore(this.lineStarts, clamped);
        return { line: line + 1, column: clamped - this.lineStarts[line] + 1, offset: clamped };
    }
}
/** CommonMark's line endings; graphql-js and micromark split lines the same way. */
const lineEnding = /\r\n|\r|\n/g;
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
export class BlockMap {
    /** The 1-based Markdown line of the block's first content line. */
    firstLine;
    /** The block's content, split into lines (without line endings). */
    lines;
    /** Offsets of each content line's start in `value`. */
    lineOffsets;
    source;
    fallbackPrefix;
    shifts;
    constructor(node, source) {
        const start = node.position?.start ?? { line: 1, column: 1 };
        this.source = source;
        const startLine = source.lineText(start.line);
        // A fenced block starts at its fence (a fence indented 1-3 spaces starts
        // at the fence too) and its content starts on the next line; an indented
        // block starts at its indentation, on its first content line.
        const fenced = /^(?:`{3,}|~{3,})/.test(startLine.slice(start.column - 1));
        this.firstLine = fenced ? start.line + 1 : start.line;
        this.fallbackPrefix = start.column - 1;
        this.lines = [];
        this.lineOffsets = [];
        // The value keeps the file's line endings (CRLF, even a lone CR), which
        // all end a line for micromark and for the code parsers.
        if (!(node.value === '' && fenced)) {
            let lineStart = 0;
            lineEnding.lastIndex = 0;
            let match;
            while ((match = lineEnding.exec(node.value))) {
                this.lines.push(node.value.slice(lineStart, match.index));
                this.lineOffsets.push(lineStart);
                lineStart = match.index + match[0].length;
                // A line ended by a lone CR, then an empty line (or one whose
                // indentation a container took) ended by an LF: the value holds
                // "\r\n" where the file has two line endings.
                if (match[0] === '\r\n' && source.lineEnding(this.firstLine + this.lines.length - 1) === '\r') {
                    this.lines.push('');
                    this.lineOffsets.push(match.index + 1);
                }
            }
            this.lines.push(node.value.slice(lineStart));
            this.lineOffsets.push(lineStart);
        }
        this.shifts = [];
    }
    /**
     * Length of the Markdown prefix before a content line (0-based index): the
     * Markdown column of the line's column `c` is `prefix + c + 1`. When the line
     * starts with virtual spaces (see `BlockMap`), this is the prefix minus them.
     */
    prefix(lineIndex) {
        return this.shift(lineIndex).shift - 1;
    }
    shift(lineIndex) {
        const cached = this.shifts[lineIndex];
        if (cached !== undefined)
            return cached;
        const found = this.lines.length > 0 ? this.measure(this.lines[lineIndex] ?? '', this.source.lineText(this.firstLine + lineIndex)) : undefined;
        // An empty block's content would start under its opening fence; the
        // block's own column is also the best guess for a line not matched (not
        // seen in micromark's output).
        const shift = found ?? { shift: this.fallbackPrefix + 1, virtual: 0 };
        this.shifts[lineIndex] = shift;
        return shift;
    }
    /** Where a content line sits in the Markdown line `text` that holds it. */
    measure(content, text) {
        if (text.endsWith(content))
            return { shift: text.length - content.length + 1, virtual: 0 };
        // A partly used tab leaves at most 3 of its 4 columns.
        for (let virtual = 1; virtual <= 3 && content.charAt(virtual - 1) === ' '; virtual++) {
            const rest = content.length - virtual;
            if (text.endsWith(content.slice(virtual)) && text.charAt(text.length - rest - 1) === '\t') {
                return { shift: text.length - rest - virtual + 1, virtual };
            }
        }
        return undefined;
    }
    /** The Markdown point of a 0-based line and 0-based column of the block. */
    point(lineIndex, columnIndex) {
        const lastIndex = Math.max(0, this.lines.length - 1);
        const index = Math.max(0, Math.min(lineIndex, lastIndex));
        const line = this.firstLine + index;
        const { shift, virtual } = this.shift(index);
        // A virtual space is the tab it came from.
        const column = shift + Math.max(columnIndex, virtual - 1);
        const lineStart = this.source.lineStarts[line - 1];
        return {
            line,
            column,
            offset: lineStart === undefined ? undefined : lineStart + column - 1
        };
    }
    /** The Markdown point of a 0-based offset into the block's `value`. */
    pointAt(offset) {
        if (this.lineOffsets.length === 0)
            return this.point(0, 0);
        const line = lastAtOrBefore(this.lineOffsets, offset);
        return this.point(line, offset - this.lineOffsets[line]);
    }
    /** A Markdown place from two 0-based block offsets. */
    placeAt(startOffset, endOffset) {
        return { start: this.pointAt(startOffset), end: this.pointAt(endOffset) };
    }
    /** A Markdown place from 0-based rows and columns of the block. */
    place(startLine, startColumn, endLine, endColumn) {
        return { start: this.point(startLine, startColumn), end: this.point(endLine, endColumn) };
    }
}
