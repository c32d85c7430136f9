/**
 * Parsed code, kept on each block of the document model (`block.code`) so
 * later rules (Ash semantics, cross-block consistency) never parse again.
 *
 * Every syntax error carries its place in the Markdown file already mapped
 * (through the block's `BlockMap`).
 */
import type { DocumentNode, GraphQLError } from 'graphql';
import type { Node as TreeSitterNode, Tree } from 'web-tree-sitter';
import type { Place } from '../document/positions.js';
import type { RelatedPlace } from '../document/related.js';
declare module '../document/model.js' {
    interface CodeBlock {
        /** Filled by the code-parsing stage (`parseCode`, src/code/parse.ts) for elixir, sql and graphql blocks. */
        code?: ParsedCode;
    }
}
export interface SyntaxIssue {
    /** One line: what is wrong (`missing "end"`, `syntax error at or near "TABEL"`). */
    reason: string;
    /** Where, in the Markdown file. */
    place: Place;
    /** Other places the problem is about (where a missing `end` was expected, a duplicate's other definitions). */
    related?: RelatedPlace[];
}
export interface ElixirCode {
    language: 'elixir';
    tree: Tree;
    root: TreeSitterNode;
    errors: SyntaxIssue[];
    /**
     * True when the block hit the parser's operation limit: `tree` and `root`
     * are then an empty tree and `errors` holds the one "too complex" message.
     */
    incomplete?: boolean;
}
/** One SQL statement of a block, as libpg-query gives it. */
export interface SqlStatement {
    /** The statement's node (`{CreateStmt: {...}}`), or undefined if it did not parse. */
    stmt?: Record<string, unknown>;
    /** 0-based UTF-16 offsets of the statement in the block's value. */
    start: number;
    end: number;
    /**
     * True when the AST's `location` fields count from the block's start (the
     * block parsed as a whole), not from the statement's.
     */
    locatedInBlock?: boolean;
}
export interface SqlCode {
    language: 'sql';
    statements: SqlStatement[];
    errors: SyntaxIssue[];
    /**
     * The block's first elision comment on a line of its own (`-- ...`,
     * `-- other columns unchanged`; `src/code/excerpts.ts`): the block shows
     * part of the schema.
     */
    excerpt?: Place;
}
export interface GraphqlCode {
    language: 'graphql';
    /** The parsed document; undefined when it has a syntax error. */
    document?: DocumentNode;
    /** Syntax errors (from `parse`). */
    errors: SyntaxIssue[];
    /** Schema errors (`validateSDL` + `validateSchema`), mapped to the file; filled only when the document parsed. */
    schemaErrors: GraphqlSchemaIssue[];
    /** Raw schema errors, for rules that want the nodes. */
    rawSchemaErrors?: readonly GraphQLError[];
    /** Built-in type names, AshGraphql's scalars, then the block's own, in graphql's order (for "Did you mean"). */
    knownTypeNames?: string[];
    /**
     * Where the block shows itself as an excerpt of the app's schema (its first
     * `extend` or elision comment): the types it references but does not
     * define are the app's, and only a near miss of a known name is an error.
     */
    excerpt?: Place;
}
/** A schema error of a GraphQL block, with what it depends on. */
export interface GraphqlSchemaIssue extends SyntaxIssue {
    /** For `Unknown type "X".`: X (not an error when X is a scalar declared elsewhere). */
    unknownType?: string;
    /**
     * Unknown types this error was found with as stand-in scalars: it holds
     * only if all of them are scalars declared elsewhere.
     */
    assumes: string[];
    /** The graphql-js error. */
    error?: GraphQLError;
}
export type ParsedCode = ElixirCode | SqlCode | GraphqlCode;
