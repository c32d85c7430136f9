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
export interface ScanLimits {
    /** Container levels (blockquotes and list items). */
    nesting: number;
    /** Emphasis delimiter runs (`*`, `_` at a word boundary) in one paragraph or heading. */
    emphasisPerBlock: number;
    /** Emphasis delimiter runs in the whole document. */
    emphasis: number;
    /** Setext headings in the whole document. */
    setextHeadings: number;
    /** Lines of one paragraph (micromark merges its text with a splice per line: quadratic). */
    paragraphLines: number;
    /**
     * Container closings, weighed by where they are: the sum, over the lines
     * that end a blockquote or a list (not an item followed by its sibling), of
     * the line's offset in characters.
     */
    closingWork: number;
}
export type ScanProblem = 
/** Container levels open on `line` (the first line past the limit). */
{
    kind: 'nesting';
    depth: number;
    line: number;
}
/** More than the limit of emphasis runs in the paragraph or heading that starts at `line`. */
 | {
    kind: 'emphasis-block';
    line: number;
}
/** More than the limit of emphasis runs in the document; `line` where the limit was passed. */
 | {
    kind: 'emphasis';
    line: number;
}
/** More than the limit of setext headings; `line` the underline that passed it. */
 | {
    kind: 'setext';
    line: number;
}
/** A paragraph (starting at `line`) longer than the limit. */
 | {
    kind: 'paragraph';
    line: number;
}
/** More container closing work than the limit; `closings` so far, `line` where the limit was passed. */
 | {
    kind: 'closings';
    closings: number;
    line: number;
};
/** The first limit the document goes past, if any. */
export declare function scanMarkdown(text: string, limits: ScanLimits): ScanProblem | undefined;
