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
export const elisionWords = ['existing', 'unchanged', 'omitted', 'rest of', 'as before', 'etc'];
/** The hint given with a message about something missing, where the code is not marked as an excerpt. */
export const excerptHint = 'If the block shows only part of the code, mark it as an excerpt with a `# ...` line';
/** The same hint for SQL, whose comments start with `--`. */
export const sqlExcerptHint = 'If the SQL shows only part of the schema, mark it as an excerpt with a `-- ...` line';
// Linear: alternatives of literal words, each `\s+` followed by a literal.
const elisionWordPattern = /(?:^|[^\p{L}\p{N}_])(?:existing|unchanged|omitted|rest\s+of|as\s+before|etc)(?![\p{L}\p{N}_])/iu;
/** True when a comment's text (with its `#`) says code is left out. */
export function isElisionComment(comment) {
    const text = comment.replace(/^#+/, '').trim();
    if (text.startsWith('...') || text.startsWith('…'))
        return true;
    return elisionWordPattern.test(text);
}
/** True when a SQL comment (a `--` line or a C-style block comment, delimiters included) says code is left out. */
export function isSqlElisionComment(comment) {
    const text = comment.startsWith('/*') ? comment.slice(2, comment.endsWith('*/') ? -2 : undefined) : comment.replace(/^-+/, '');
    return isElisionComment(text.trim());
}
/** True for a bare elision statement: `...` or `…`. */
export function isElisionStatement(text) {
    return text === '...' || text === '…';
}
