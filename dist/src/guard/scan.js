/**
 * One cheap pass over a Markdown document's lines, before it is parsed, for
 * the shapes that make micromark (remark-parse) take far more than linear
 * time or make remark's recursive tree walkers overflow the stack:
 *
 * - containers nested deep (blockquotes, list items): nested lists cost 7.7 s
 *   at 500 levels and 58 s at 1,000; 10,000 blockquotes overflow the stack;
 * - many emphasis markers (`*`, `_`) in one paragraph: resolving them grows
 *   faster than the square of their number (4,000 runs: 5 s, 6,000: 22 s);
 * - many setext headings (a line underlined with `===` or `---`): each one
 *   rewrites every event before it (4,000 of them: 20 s);
 * - long paragraphs: merging a paragraph's text splices once per line over
 *   all its events (20,000 lines of nine words: 4 s, 85,000: 80 s);
 * - blockquotes and lists that end often in a long file: each end moves every
 *   event before it (4,000 `> x` quotes, 20 KB: 14 s).
 *
 * The scan follows CommonMark's block rules closely enough to count these: a
 * line continues the open containers it matches (`>` for a blockquote;
 * indentation up to the content column, or a blank line, for a list item),
 * lazy paragraph lines keep them open, new `>` and list markers open new
 * ones, and nothing inside a fenced or indented code block counts. It does not
 * try to be exact where none of the counts can grow (HTML blocks, tables and
 * link definitions are read as paragraphs).
 */
/** A blockquote on the container stack; a list item is its content column (≥ 0). */
const quote = -1;
const space = 32;
const tab = 9;
const greaterThan = 62;
const asterisk = 42;
const underscore = 95;
/** The first limit the document goes past, if any. */
export function scanMarkdown(text, limits) {
    const stack = [];
    let fence;
    /** Whether the innermost container holds an open paragraph. */
    let paragraph = false;
    /** Emphasis runs of the open paragraph, and the line it started on. */
    let blockRuns = 0;
    let blockLine = 0;
    let blockLines = 0;
    let totalRuns = 0;
    let setext = 0;
    let closings = 0;
    let closingWork = 0;
    let breakScan = { to: -1, marker: -1, from: -1, other: -1 };
    let line = 0;
    let start = 0;
    const length = text.length;
    for (;;) {
        line++;
        let end = start;
        while (end < length) {
            const code = text.charCodeAt(end);
            if (code === 10 || code === 13)
                break;
            end++;
        }
        const problem = scanLine(start, end);
        if (problem)
            return problem;
        if (end >= length)
            return undefined;
        start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
    function scanLine(from, to) {
        let position = from;
        let column = 0;
        const blank = isBlank(from, to);
        // 1. The open containers this line continues.
        let matched = 0;
        for (; matched < stack.length; matched++) {
            const container = stack[matched];
            if (container === quote) {
                const [afterSpaces, spacesColumn] = skipIndent(position, column, to, column + 3);
                if (afterSpaces >= to || text.charCodeAt(afterSpaces) !== greaterThan)
                    break;
                [position, column] = skipOptionalSpace(afterSpaces + 1, spacesColumn + 1, to);
            }
            else {
                if (blank)
                    continue;
                const [after, reached] = skipIndent(position, column, to, container);
                if (reached < container)
                    break;
                position = after;
                column = reached;
            }
        }
        // 2. Inside a fenced code block only its closing fence matters.
        if (fence) {
            if (matched === stack.length) {
                if (isClosingFence(position, column, to, fence))
                    fence = undefined;
                return undefined;
            }
            // A container the fence was in has ended, and the fence with it.
            fence = undefined;
        }
        const continues = matched === stack.length;
        /** The first container this line ends, if any (a list item followed by a sibling ends no list). */
        let closed;
        let closedCount = 0;
        if (!continues) {
            // A lazy paragraph line keeps every container open.
            if (paragraph && !blank && !startsBlock(position, column, to))
                return paragraphLine(position, to);
            closed = stack[matched];
            closedCount = stack.length - matched;
            stack.length = matched;
            endParagraph();
        }
        // 3. A setext underline ends the paragraph it belongs to (before `-` is read as a list item).
        if (paragraph && continues && isSetextUnderline(position, column, to)) {
            endParagraph();
            if (++setext > limits.setextHeadings)
                return { kind: 'setext', line };
            return undefined;
        }
        // 4. New containers on this line.
        for (;;) {
            const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
            if (afterIndent >= to || indentColumn - column >= 4)
                break;
            if (text.charCodeAt(afterIndent) === greaterThan) {
                stack.push(quote);
                [position, column] = skipOptionalSpace(afterIndent + 1, indentColumn + 1, to);
            }
            else {
                const marker = listMarkerEnd(afterIndent, to);
                if (marker === undefined)
                    break;
                const markerColumn = indentColumn + (marker - afterIndent);
                const [afterSpaces, contentColumn] = skipIndent(marker, markerColumn, to, Number.POSITIVE_INFINITY);
                // An empty item, or one not numbered 1, does not interrupt a paragraph.
                if (paragraph && (afterSpaces >= to || !startsWithOne(afterIndent, marker)))
                    break;
                if (afterSpaces >= to || contentColumn - markerColumn > 4) {
                    // Empty, or its content is indented code: the content column is one after the marker.
                    stack.push(markerColumn + 1);
                    [position, column] = skipOptionalSpace(marker, markerColumn, to);
                }
                else {
                    stack.push(contentColumn);
                    position = afterSpaces;
                    column = contentColumn;
                }
            }
            endParagraph();
            if (stack.length > limits.nesting)
                return { kind: 'nesting', depth: depthOfLine(position, column, to), line };
        }
        // micromark moves every event before the line when a line ends a
        // container: its time grows with the closings times the events.
        if (closedCount > 0) {
            const sibling = closed !== quote && stack.length > matched && stack[matched] === closed;
            if (closedCount > 1 || !sibling) {
                closings++;
                closingWork += from;
                if (closingWork > limits.closingWork)
                    return { kind: 'closings', closings, line };
            }
        }
        // 5. What the line holds inside its containers.
        if (isBlank(position, to)) {
            endParagraph();
            return undefined;
        }
        const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
        // Indented code, unless it continues a paragraph.
        if (indentColumn - column >= 4)
            return paragraph ? paragraphLine(position, to) : undefined;
        const opening = openingFence(afterIndent, to);
        if (opening) {
            fence = opening;
            endParagraph();
            return undefined;
        }
        if (isThematicBreak(afterIndent, to)) {
            endParagraph();
            return undefined;
        }
        if (isAtxHeading(afterIndent, to)) {
            // A heading is inline content of its own.
            endParagraph();
            const problem = paragraphLine(afterIndent, to);
            endParagraph();
            return problem;
        }
        return paragraphLine(position, to);
    }
    function endParagraph() {
        paragraph = false;
        blockRuns = 0;
    }
    /** A line of paragraph text (or a heading's): count its emphasis runs. */
    function paragraphLine(from, to) {
        if (!paragraph) {
            paragraph = true;
            blockRuns = 0;
            blockLines = 0;
            blockLine = line;
        }
        if (++blockLines > limits.paragraphLines)
            return { kind: 'paragraph', line: blockLine };
        const runs = emphasisRuns(from, to);
        if (runs === 0)
            return undefined;
        blockRuns += runs;
        totalRuns += runs;
        if (blockRuns > limits.emphasisPerBlock)
            return { kind: 'emphasis-block', line: blockLine };
        if (totalRuns > limits.emphasis)
            return { kind: 'emphasis', line };
        return undefined;
    }
    /**
     * Runs of `*`, and runs of `_` that touch a word boundary (micromark
     * resolves both; `_` inside a word, as in `snake_case`, can neither open
     * nor close).
     */
    function emphasisRuns(from, to) {
        let count = 0;
        for (let index = from; index < to; index++) {
            const code = text.charCodeAt(index);
            if (code !== asterisk && code !== underscore)
                continue;
            let end = index + 1;
            while (end < to && text.charCodeAt(end) === code)
                end++;
            if (code === asterisk || !isWordCharacter(text.charCodeAt(index - 1)) || !isWordCharacter(text.charCodeAt(end)))
                count++;
            index = end - 1;
        }
        return count;
    }
    /**
     * The depth once the line's remaining markers are counted too (past the
     * limit, the rest of the line is read for its markers only).
     */
    function depthOfLine(position, column, to) {
        let depth = stack.length;
        for (;;) {
            const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
            if (afterIndent >= to || indentColumn - column >= 4)
                return depth;
            if (text.charCodeAt(afterIndent) === greaterThan) {
                depth++;
                [position, column] = skipOptionalSpace(afterIndent + 1, indentColumn + 1, to);
                continue;
            }
            const marker = listMarkerEnd(afterIndent, to);
            if (marker === undefined)
                return depth;
            depth++;
            [position, column] = skipOptionalSpace(marker, indentColumn + (marker - afterIndent), to);
        }
    }
    /** Spaces and tabs from `position` while the column stays below `limitColumn` (a tab may pass it). */
    function skipIndent(position, column, to, limitColumn) {
        while (position < to && column < limitColumn) {
            const code = text.charCodeAt(position);
            if (code === space)
                column++;
            else if (code === tab)
                column += 4 - (column % 4);
            else
                break;
            position++;
        }
        return [position, column];
    }
    function skipOptionalSpace(position, column, to) {
        if (position < to) {
            const code = text.charCodeAt(position);
            if (code === space)
                return [position + 1, column + 1];
            // A tab counts as the one space (what is left of it is content indentation; close enough here).
            if (code === tab)
                return [position + 1, column + 4 - (column % 4)];
        }
        return [position, column];
    }
    function isBlank(from, to) {
        for (let index = from; index < to; index++) {
            const code = text.charCodeAt(index);
            if (code !== space && code !== tab)
                return false;
        }
        return true;
    }
    /** The offset after a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space, a tab or the line's end. */
    function listMarkerEnd(position, to) {
        const code = text.charCodeAt(position);
        let end;
        if (code === 45 /* - */ || code === 43 /* + */ || code === asterisk) {
            if (isThematicBreak(position, to))
                return undefined;
            end = position + 1;
        }
        else {
            end = position;
            while (end < to && end - position < 10 && isDigit(text.charCodeAt(end)))
                end++;
            if (end === position || end - position > 9)
                return undefined;
            const delimiter = text.charCodeAt(end);
            if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */)
                return undefined;
            end++;
        }
        if (end < to) {
            const after = text.charCodeAt(end);
            if (after !== space && after !== tab)
                return undefined;
        }
        return end;
    }
    /** A bullet, or an ordered marker numbered 1 (the items that may interrupt a paragraph). */
    function startsWithOne(from, markerEnd) {
        if (!isDigit(text.charCodeAt(from)))
            return true;
        let index = from;
        while (index < markerEnd - 2 && text.charCodeAt(index) === 48 /* 0 */)
            index++;
        return markerEnd - index === 2 && text.charCodeAt(index) === 49; /* 1 */
    }
    /**
     * Whether the rest of the line is a thematic break (`---`, `* * *`). The
     * first character that cannot be part of one is remembered, so a long line
     * of markers (`- - - … x`) is read once, not once per marker.
     */
    function isThematicBreak(position, to) {
        const marker = text.charCodeAt(position);
        if (marker !== 45 && marker !== asterisk && marker !== underscore)
            return false;
        if (!(breakScan.to === to && breakScan.marker === marker && breakScan.from <= position && position <= breakScan.other)) {
            let other = position;
            while (other < to) {
                const code = text.charCodeAt(other);
                if (code !== marker && code !== space && code !== tab)
                    break;
                other++;
            }
            breakScan = { to, marker, from: position, other };
        }
        if (breakScan.other < to)
            return false;
        let count = 0;
        for (let index = position; index < to && count < 3; index++)
            if (text.charCodeAt(index) === marker)
                count++;
        return count >= 3;
    }
    /** `===` or `---` (any length), up to 3 spaces before, only whitespace after. */
    function isSetextUnderline(position, column, to) {
        const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
        if (afterIndent >= to || indentColumn - column >= 4)
            return false;
        const marker = text.charCodeAt(afterIndent);
        if (marker !== 61 /* = */ && marker !== 45 /* - */)
            return false;
        let end = afterIndent;
        while (end < to && text.charCodeAt(end) === marker)
            end++;
        return isBlank(end, to);
    }
    function isAtxHeading(position, to) {
        let end = position;
        while (end < to && end - position < 7 && text.charCodeAt(end) === 35 /* # */)
            end++;
        const level = end - position;
        return level >= 1 && level <= 6 && (end >= to || text.charCodeAt(end) === space || text.charCodeAt(end) === tab);
    }
    /** Whether the line (from `position`) starts a block that ends a paragraph instead of continuing it. */
    function startsBlock(position, column, to) {
        const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
        if (afterIndent >= to || indentColumn - column >= 4)
            return false;
        if (text.charCodeAt(afterIndent) === greaterThan)
            return true;
        const marker = listMarkerEnd(afterIndent, to);
        if (marker !== undefined && !isBlank(marker, to) && startsWithOne(afterIndent, marker))
            return true;
        return isThematicBreak(afterIndent, to) || isAtxHeading(afterIndent, to) || openingFence(afterIndent, to) !== undefined;
    }
    function openingFence(position, to) {
        const marker = text.charCodeAt(position);
        if (marker !== 96 /* ` */ && marker !== 126 /* ~ */)
            return undefined;
        let end = position;
        while (end < to && text.charCodeAt(end) === marker)
            end++;
        const size = end - position;
        if (size < 3)
            return undefined;
        if (marker === 96) {
            // A backtick fence's info string has no backtick.
            for (let index = end; index < to; index++)
                if (text.charCodeAt(index) === 96)
                    return undefined;
        }
        return { marker, size };
    }
    function isClosingFence(position, column, to, open) {
        const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
        if (indentColumn - column >= 4)
            return false;
        let end = afterIndent;
        while (end < to && text.charCodeAt(end) === open.marker)
            end++;
        if (end - afterIndent < open.size)
            return false;
        return isBlank(end, to);
    }
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Letters and digits, ASCII or not (NaN, outside the text, is not one). */
function isWordCharacter(code) {
    if (Number.isNaN(code))
        return false;
    if (code < 128)
        return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return !/[\s\p{P}\p{S}]/u.test(String.fromCharCode(code));
}
