/**
 * The document model: built once per file from the Markdown tree, cached on
 * `file.data.archdoc`, read by every rule.
 *
 * It holds what the template talks about (title, sections, subsections, code
 * blocks with their position maps); the code-parsing stage adds parsed code
 * to the blocks, and later stages add what the code says.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedCode } from '../code/types.js';
import type { AshModel } from '../ash/model.js';
import type { PhoenixContext } from '../phoenix/contexts.js';
import type { LiveViewComponent } from '../phoenix/liveviews.js';
import type { RestEndpoint } from '../rest/endpoints.js';
import type { SqlSchema } from '../sql/tables.js';
import type { GraphqlTypes } from '../graphql/types.js';
import type { Join } from '../join/join.js';
import { BlockMap, SourceText, type Place } from './positions.js';
import { type CompiledForm, type Template, type TemplateSection } from './template.js';
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
    /** Position in the template's order, or -1. */
    templateIndex: number;
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
    /** Filled by the code-parsing stage for elixir, sql and graphql blocks. */
    code?: ParsedCode;
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
    /** The Ash resources of the `Ash Resources` section (stage `understandAsh`, `src/ash/`). */
    ash?: AshModel;
    /** The subsections of `Phoenix Contexts`, read (stage `understandContexts`, `src/phoenix/contexts.ts`). */
    contexts?: PhoenixContext[];
    /** The subsections of `LiveView Components`, read (stage `understandLiveViews`, `src/phoenix/liveviews.ts`). */
    liveViews?: LiveViewComponent[];
    /** The list items of `API Design` → `REST Endpoints`, read (stage `understandEndpoints`, `src/rest/endpoints.ts`). */
    endpoints?: RestEndpoint[];
    /** The tables, columns, indexes and enum types of the SQL blocks (stage `understandTables`, `src/sql/tables.ts`). */
    sql?: SqlSchema;
    /** The object, enum and scalar types of the GraphQL blocks (stage `understandGraphqlTypes`, `src/graphql/types.ts`). */
    graphql?: GraphqlTypes;
    /** Resources joined to tables, GraphQL types and endpoints (stage `understandJoin`, `src/join/join.ts`). */
    join?: Join;
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
/** The section of a given title, if the doc has it. */
export declare function findSection(model: DocumentModel, title: string): Section | undefined;
