/**
 * `graphql-syntax`: every GraphQL block parses (graphql-js), each syntax error
 * at its place in the Markdown file.
 * Docs: docs/rules/graphql-syntax.md
 */
import { defineRule } from '../src/rule.js';
export default defineRule({
    id: 'graphql-syntax',
    description: 'GraphQL blocks parse with graphql-js',
    severity: 'error'
}, {}, function (model, file) {
    for (const block of model.blocks) {
        if (block.code?.language !== 'graphql')
            continue;
        for (const issue of block.code.errors)
            file.message(issue.reason, { place: issue.place });
    }
});
