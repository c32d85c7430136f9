/**
 * `consistency-unmapped-column`: every column of a table the doc creates (or
 * adds to) is accounted for by an attribute of the table's resource.
 * Docs: docs/rules/consistency-unmapped-column.md
 */
import { closest } from '../src/text/suggest.js';
import { joinFor } from '../src/join/join.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
export default defineRule({
    id: 'consistency-unmapped-column',
    description: 'Every column of a table the doc creates maps to an attribute of the table\'s Ash resource',
    severity: 'warn'
}, {}, function (model, file) {
    const join = joinFor(model);
    for (const joined of join.resources) {
        const resource = joined.resource;
        // Fragments, wrappers and extensions may add attributes the doc does not show.
        if (!resource || !joined.table || !resource.complete.attributes || !resource.complete.relationships)
            continue;
        const missing = joined.columns.filter((entry) => !entry.column).map((entry) => entry.name);
        for (const column of joined.unmappedColumns) {
            const near = closest(column.name, missing);
            const attribute = near ? joined.columns.find((entry) => entry.name === near)?.attribute : undefined;
            const renamed = resource.attributes.find((candidate) => candidate.name === column.name && candidate.source);
            const hint = renamed
                ? `: attribute \`${renamed.name}\` is stored in column \`${renamed.source}\` (\`source:\`)`
                : attribute
                    ? `: did you mean attribute \`${attribute.name}\`?`
                    : '';
            const named = renamed ?? attribute;
            reportWithRelated(file, `Column \`${column.table.name}.${column.name}\` maps to no attribute of \`${resource.module}\`${hint}`, column.place, [
                { place: resource.place, message: `resource \`${resource.module}\` defined here` },
                ...(named ? [{ place: named.place, message: `attribute \`${named.name}\` defined here` }] : [])
            ]).note = excerptHint;
        }
    }
});
