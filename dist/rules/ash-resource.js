/**
 * `ash-resource`: every module under Ash Resources is an Ash resource with a
 * known data layer, and an AshPostgres resource says which table it uses.
 * Docs: docs/rules/ash-resource.md
 */
import { knownDataLayers, postgresDataLayer } from '../src/ash/knowledge.js';
import { nearMiss } from '../src/text/suggest.js';
import { findOption, shortText } from '../src/elixir/dsl.js';
import { pluralName } from '../src/ash/names.js';
import { checkedResources } from '../src/ash/model.js';
import { defineRule } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
/** Ash's other building blocks (domains, types, changes, checks, fragments) may sit next to resources. */
function isAshCompanion(module) {
    return /^Ash[A-Za-z]*\./.test(module) || module.startsWith('Spark.');
}
/** The names of the doc's `Table: name` subsections. */
function documentedTables(model) {
    const tables = new Set();
    for (const section of model.sections) {
        for (const subsection of section.subsections) {
            if (subsection.name && subsection.form?.form.heading.startsWith('Table:'))
                tables.add(subsection.name);
        }
    }
    return tables;
}
export default defineRule({
    id: 'ash-resource',
    description: 'Modules under Ash Resources use Ash.Resource with a known data layer; AshPostgres resources name their table',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { dataLayers: { type: 'array', items: { type: 'string', pattern: '^[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*$' } } },
        additionalProperties: false
    }
}, { dataLayers: [] }, function (model, file, options) {
    const known = [...knownDataLayers, ...options.dataLayers];
    let tables;
    for (const resource of checkedResources(model.ash)) {
        const name = resource.module;
        if (!resource.use) {
            // A module nested in another (a helper, a custom change, `ModifyQuery`)
            // is the outer module's business, not a resource of the section.
            if (resource.parent)
                continue;
            if (resource.uses.some((module) => isAshCompanion(module.name)))
                continue;
            const uses = resource.uses[0];
            file.message(`Module \`${name}\` under Ash Resources does not \`use Ash.Resource\`` +
                (uses ? ` (it uses \`${uses.written}\`)` : ''), { place: resource.place });
            continue;
        }
        // A project's wrapper (`use MyApp.Resource`) sets options the doc does not show.
        if (!resource.use.ash)
            continue;
        const dataLayer = resource.dataLayer;
        if (dataLayer?.module) {
            // Any module may implement `Ash.DataLayer`: only a slip of a known one is reported.
            const intended = known.includes(dataLayer.module.name) ? undefined : nearMiss(dataLayer.module.name, known);
            if (intended) {
                file.message(`Unknown data layer \`${dataLayer.module.written}\` for \`${name}\`: did you mean \`${intended}\`?`, {
                    place: dataLayer.place
                });
            }
        }
        else if (dataLayer && !dataLayer.embedded && dataLayer.value.kind !== 'unknown' && dataLayer.value.kind !== 'call') {
            // A literal that is neither a module nor `:embedded` (`:postgres`, `"AshPostgres.DataLayer"`).
            file.message(`Data layer of \`${name}\` must be a module (\`${postgresDataLayer}\`) or \`:embedded\`, found \`${shortText(dataLayer.value.text)}\``, { place: dataLayer.place });
        }
        if (dataLayer?.module?.name !== postgresDataLayer)
            continue;
        const postgres = resource.postgres;
        // `table` written as something other than a string literal, or set at run time: not ours to judge.
        if (postgres && (postgres.table || postgres.polymorphic || findOption(postgres.options, 'table')))
            continue;
        const table = pluralName(name);
        tables ??= documentedTables(model);
        if (tables.has(table))
            continue;
        // An excerpt (an elision in the module body, or in its `postgres` block) may leave the table out.
        if (resource.call.elision || postgres?.call.elision)
            continue;
        if (postgres) {
            file.message(`The \`postgres\` block of \`${name}\` has no \`table\`: add \`table "${table}"\` (or document the table in a \`Table: ${table}\` subsection)`, { place: postgres.call.namePlace }).note = excerptHint;
        }
        else {
            file.message(`Resource \`${name}\` uses AshPostgres but has no \`postgres\` block: add \`postgres do table "${table}" end\` (or document the table in a \`Table: ${table}\` subsection)`, { place: dataLayer.place }).note = excerptHint;
        }
    }
});
