/**
 * What the parser is given instead of the file's text, changed only where the
 * change keeps every offset, line and column: so positions stay right.
 *
 * - A lone CR ends a line for micromark, but tree-sitter-elixir reads it as
 *   an unexpected character (and counts no new row): every lone CR becomes an
 *   LF. CRLF stays.
 * - YAML front matter (`---` on the first line, a `key:` on the second, up to
 *   a line `---` or `...`) is not Markdown: CommonMark reads it as a thematic
 *   break and a setext heading made of the YAML. Its characters become
 *   spaces, its line endings stay, so micromark sees blank lines; the guard
 *   then puts a `yaml` node where it was, as remark-frontmatter would.
 */
import type { Yaml } from 'mdast';
export interface Normalized {
    text: string;
    /** The front matter, as a node placed where it is in the file (offsets after a BOM, like micromark's). */
    frontMatter?: Yaml;
}
export declare function normalizeForParser(text: string): Normalized;
