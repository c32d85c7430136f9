/**
 * The document model: built once per file from the Markdown tree, cached on
 * `file.data.archdoc`, read by every rule.
 *
 * It holds what the template talks about (title, sections, subsections, code
 * blocks with their position maps); the code-parsing stage adds parsed code
 * to the blocks, and later stages add what the code says, each declaring its
 * own field on `DocumentModel` or `CodeBlock`.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { BlockMap, SourceText, type Place } from './positions.js';
import { type CompiledForm, type SectionRole, type Template, type TemplateSection } from './template.js';
export interface HeadingInfo {
    node: Heading;
    /** The heading's text content, trimmed. */
    text: string;
    position: Place;
}
export interface Subsection {
    heading: HeadingInfo;
    section: Section;
    /** Nodes after the H3, up to the next H3 or H2. */
    content: RootContent[];
    blocks: CodeBlock[];
    /** The template form this heading matches, if any. */
    form?: CompiledForm;
    /** The name the heading gives (`MyApp.Teams.Invitation`, `invitations`). */
    name?: string;
}
export interface Section {
    heading: HeadingInfo;
    /** Nodes after the H2, before its first H3. */
    content: RootContent[];
    subsections: Subsection[];
    /** All blocks of the section, its subsections' included, in order. */
    blocks: CodeBlock[];
    /** The template's section of the same title, if any. */
    template?: TemplateSection;
    /** What the section is for (its template section's role), if it has one. */
    role?: SectionRole;
    /** Position in the template's order, or -1. */
    templateIndex: number;
    /**
     * Set when the heading is a near miss of its template section (a typo, a
     * number, the wrong level: `headings.ts`): how it should read.
     */
    expectedHeading?: string;
}
export interface CodeBlock {
    node: Code;
    /** Canonical language (`elixir`, `sql`, `graphql`), else the info string lower-cased, else undefined. */
    language: string | undefined;
    /** The info string as written. */
    rawLanguage: string | undefined;
    meta: string | undefined;
    /** The block's exact content. */
    value: string;
    position: Place;
    section?: Section;
    subsection?: Subsection;
    /** Maps block-relative positions to the Markdown file. */
    map: BlockMap;
}
export interface DocumentModel {
    tree: Root;
    template: Template;
    source: SourceText;
    /** All top-level H1 headings, in order. */
    titles: HeadingInfo[];
    /** Top-level nodes before the first H2 (the title included). */
    preamble: RootContent[];
    sections: Section[];
    /** Every code block of the document (nested ones included), in order. */
    blocks: CodeBlock[];
}
export declare function headingInfo(node: Heading): HeadingInfo;
export declare function placeOf(node: {
    position?: {
        start: {
            line: number;
            column: number;
            offset?: number;
        };
        end: {
            line: number;
            column: number;
            offset?: number;
        };
    };
}): Place;
export declare function buildDocumentModel(tree: Root, file: VFile, template: Template): DocumentModel;
/** The (first) section of a given role, if the doc has it. */
export declare function findSection(model: DocumentModel, role: SectionRole): Section | undefined;
