/**
 * `elixir-syntax`: every Elixir block parses (tree-sitter-elixir), each
 * problem at its place in the Markdown file.
 * Docs: docs/rules/elixir-syntax.md
 *
 * The parsing, the naming of each problem and the tracing of a missing or
 * stray `end` back to its `do` are done once by the code stage
 * (`src/code/elixir.ts`); this rule reports what it found.
 */
import { defineSyntaxRule } from '../src/rule.js';
export default defineSyntaxRule({
    id: 'elixir-syntax',
    description: 'Elixir blocks parse with tree-sitter-elixir',
    severity: 'error'
}, 'elixir');
