/**
 * `graphql-syntax`: every GraphQL block parses (graphql-js), each syntax error
 * at its place in the Markdown file.
 * Docs: docs/rules/graphql-syntax.md
 *
 * The parsing is done once by the code stage (`src/code/graphql.ts`); this
 * rule reports what it found.
 */
import { defineSyntaxRule } from '../src/rule.js';
export default defineSyntaxRule({
    id: 'graphql-syntax',
    description: 'GraphQL blocks parse with graphql-js',
    severity: 'error'
}, 'graphql');
