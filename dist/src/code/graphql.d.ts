/**
 * GraphQL: graphql-js parses each block, then validates its type-system part
 * (SDL) once, with every error mapped to the Markdown file.
 *
 * Validation is two passes of graphql-js: `validateSDL` (unknown types with
 * "Did you mean", duplicate names, unknown directives; errors with nodes) and
 * `validateSchema` on the schema built from the block (interfaces, input and
 * output types; errors with AST nodes). `buildASTSchema` throws on the first
 * unknown type, so the unknown ones are declared as stand-in scalars for the
 * second pass, and each of its errors records which stand-ins it relied on:
 * `graphql-schema` keeps it only when all of them are real scalars (its
 * `scalars` option), without validating again.
 *
 * graphql-js is imported on the first GraphQL block, not at start-up.
 */
import type * as GraphqlJs from './graphql-js.js';
import type { CodeBlock } from '../document/model.js';
import type { GraphqlCode } from './types.js';
export interface GraphqlParser {
    graphql: typeof GraphqlJs;
    validateSDL: typeof GraphqlJs.validateSDL;
}
export declare function load(): Promise<GraphqlParser>;
/**
 * Deepest bracket nesting (`[`, `{`, `(`) parsed. graphql-js recurses once
 * per level and overflows the stack somewhere past 3,000 (less when called
 * from deep in another stack); real schemas nest a handful of levels.
 */
export declare const maxNesting = 500;
export declare function parse(parser: GraphqlParser, block: CodeBlock): GraphqlCode;
/**
 * The offset of the first bracket nested deeper than `limit`, if any.
 * Skips what graphql-js's lexer skips: comments and (block) strings.
 */
export declare function findDeepNesting(text: string, limit: number): number | undefined;
