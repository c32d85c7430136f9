/**
 * Excerpts: a design doc describes a change to a running system, so its code
 * often shows part of a module or a schema. This file is the one place that
 * says what marks code as an excerpt; the Elixir reader (`src/elixir/dsl.ts`,
 * `src/elixir/modules.ts`) and the GraphQL reader (`src/code/graphql.ts`)
 * apply it, and the domain models and rules read their answer (checks of
 * what is missing stand down for an excerpt; checks of what is shown stay).
 *
 * An elision is
 * - a bare `...` or `…` statement (Elixir), or
 * - a comment on its own line that says code is left out: its text (after
 *   `#` and spaces) starts with `...` or `…`, or holds one of
 *   `elisionWords` as whole words, in any case.
 *
 * In SQL, a comment on its own line (`-- ...`, `-- other columns unchanged`,
 * or a C-style block comment) whose text says the same.
 *
 * Where it counts is the reader's business: in Elixir, a module body or a
 * DSL section (never a function body); in GraphQL and SQL, anywhere in the
 * block.
 */
/** Words of a comment that say code is left out (whole words, any case). Documented in the README. */
export declare const elisionWords: readonly ["existing", "unchanged", "omitted", "rest of", "as before", "etc"];
/** The hint given with a message about something missing, where the code is not marked as an excerpt. */
export declare const excerptHint = "If the block shows only part of the code, mark it as an excerpt with a `# ...` line";
/** The same hint for SQL, whose comments start with `--`. */
export declare const sqlExcerptHint = "If the SQL shows only part of the schema, mark it as an excerpt with a `-- ...` line";
/** True when a comment's text (with its `#`) says code is left out. */
export declare function isElisionComment(comment: string): boolean;
/** True when a SQL comment (a `--` line or a C-style block comment, delimiters included) says code is left out. */
export declare function isSqlElisionComment(comment: string): boolean;
/** True for a bare elision statement: `...` or `…`. */
export declare function isElisionStatement(text: string): boolean;
