/**
 * Prose helpers for rules that read the Markdown text itself (not the code):
 * the document's parts with the section they belong to, and the bracketed
 * spans of a paragraph or heading found in the file's source.
 *
 * Positions come from the source, not from the text nodes' values: a text
 * node's value has escapes and entities resolved (`\[` is `[`), so only the
 * source says where a character is and whether a bracket was escaped.
 */
import type { Nodes, Parent, RootContent } from 'mdast';
import type { DocumentModel, Section, Subsection } from './model.js';
import type { SourceText } from './positions.js';
export interface DocumentPart {
    /** The section the nodes belong to; undefined for the preamble. */
    section?: Section;
    /** The subsection the nodes belong to, if any. */
    subsection?: Subsection;
    /** The part's heading node (if any) first, then its content nodes. */
    nodes: RootContent[];
}
/** The preamble, each section (heading and content), each subsection (heading and content), in document order. */
export declare function documentParts(model: DocumentModel): DocumentPart[];
/** Containers of phrasing content whose source is scanned as prose. */
export declare const phrasingContainers: Set<string>;
/** Call `visitor` for every phrasing container (paragraph, heading, table cell) of the nodes, outside code and HTML. */
export declare function visitPhrasingContainers(nodes: RootContent[], visitor: (container: Parent & Nodes) => void): void;
export interface BracketedSpan {
    /** 0-based offset of `[` in the file. */
    start: number;
    /** 0-based offset just after the closing `]`. */
    end: number;
    /** The span as written, each line break (with the next line's prefix) and whitespace run made one space. */
    text: string;
}
/**
 * The outermost `[…]` spans of a phrasing container's source, outside inline
 * code, HTML, links, link references, images and footnote references.
 * Escaped brackets (`\[`) do not count. Adjacent spans (`[text][label]`, a
 * reference whose definition is missing) are one span.
 */
export declare function bracketedSpans(container: Parent & Nodes, source: SourceText): BracketedSpan[];
