/**
 * `graphql-schema`: the SDL of every GraphQL block is a valid (partial)
 * schema, as graphql-js's `validateSDL` and `validateSchema` see it.
 * Docs: docs/rules/graphql-schema.md
 *
 * The code stage validated each block once; this rule only applies the
 * `scalars` option to what it found.
 */
import { didYouMean } from 'graphql/jsutils/didYouMean.js';
import { suggestionList } from 'graphql/jsutils/suggestionList.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { closest } from '../src/text/suggest.js';
import { knownScalars } from '../src/code/graphql-scalars.js';
export default defineRule({
    id: 'graphql-schema',
    description: 'GraphQL type definitions form a valid schema (known types, no duplicates, interfaces implemented)',
    severity: 'error',
    schema: {
        type: 'object',
        properties: {
            scalars: { type: 'array', items: { type: 'string', pattern: '^[_A-Za-z][_0-9A-Za-z]*$' }, uniqueItems: true }
        },
        additionalProperties: false
    }
}, { scalars: [] }, function (model, file, options) {
    const scalars = new Set(options.scalars);
    for (const block of model.blocks) {
        const code = block.code;
        if (code?.language !== 'graphql')
            continue;
        for (const issue of code.schemaErrors) {
            if (issue.unknownType !== undefined && scalars.has(issue.unknownType))
                continue;
            // Found with an unknown type standing in as a scalar: only true if it is one.
            if (issue.assumes.some((name) => !scalars.has(name)))
                continue;
            let reason = issue.reason;
            if (issue.unknownType !== undefined && code.knownTypeNames) {
                const name = issue.unknownType;
                if (code.excerpt) {
                    // An excerpt's unknown types are the app's: only a slip for a name
                    // the block knows (its types, the built-in and AshGraphql scalars,
                    // the option's) is an error, by the project's measure (stricter than graphql's).
                    const near = closest(name, [...code.knownTypeNames, ...scalars, ...knownScalars]);
                    if (near === undefined)
                        continue;
                    reason = `Unknown type "${name}".` + didYouMean([near]);
                }
                else {
                    // graphql suggested among the block's types; the option's scalars
                    // are known too, and a slip for an AshGraphql scalar is named.
                    const suggestions = suggestionList(name, [...code.knownTypeNames, ...scalars]);
                    const slip = closest(name, knownScalars);
                    if (slip !== undefined && !suggestions.includes(slip))
                        suggestions.push(slip);
                    reason = `Unknown type "${name}".` + didYouMean(suggestions);
                }
            }
            reportWithRelated(file, reason, issue.place, issue.related ?? []);
        }
    }
});
