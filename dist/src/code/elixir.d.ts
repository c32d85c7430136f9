import type { Node, Parser, Query } from 'web-tree-sitter';
import type { CodeBlock } from '../document/model.js';
import type { ElixirCode, SyntaxIssue } from './types.js';
/**
 * The most parser operations (tokens read, parse actions, error recovery
 * steps) one block may take. Counting operations instead of time keeps the
 * result the same on every machine. Measured here: a 42 KB Ash resource
 * takes about 32,000; a module of 5,000 one-line functions (110 KB) 340,000
 * in 0.28 s; 10,000 nested `do` blocks 190,000; about a million a second
 * for prose, the slowest input found.
 */
export declare const maxParseOperations = 1000000;
/**
 * The deepest nesting of `do … end` / `fn … end` blocks a block may have.
 * Real code stays under 20. Deeper trees break what walks them: web-tree-sitter's
 * `Node.toString()` overflows the WASM stack from about 150 nested `do`
 * blocks (and leaves the WASM instance unusable for the rest of the process),
 * and a recursive JavaScript walk overflows the call stack at about 4,000.
 */
export declare const maxNesting = 100;
export interface ElixirParser {
    parser: Parser;
    /**
     * Every `do … end` and `fn … end` block, in document order. Made when first
     * needed: compiling a query against this grammar costs about 30 ms, and
     * only a block with hundreds of `do`s needs it.
     */
    readonly blocks: Query;
}
/** Load web-tree-sitter and the Elixir grammar once per process (again after `discard`). */
export declare function load(): Promise<ElixirParser>;
/**
 * The text tree-sitter reads: a line holding only `…` (an elision, see
 * `excerpts.ts`), which Elixir's grammar rejects, is read as the identifier
 * `_` of the same length; the reader recognises it by the block's own text.
 */
export declare function parsedSource(text: string): string;
export declare function parse(elixir: ElixirParser, block: CodeBlock): ElixirCode;
export declare function syntaxIssues(elixir: ElixirParser, root: Node, block: CodeBlock): SyntaxIssue[];
