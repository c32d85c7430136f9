/**
 * `ash-resource`: every module under Ash Resources is an Ash resource with a
 * known data layer, and an AshPostgres resource says which table it uses;
 * no Ash 2 leftover that Ash 3 does not compile (`api:` in `use
 * Ash.Resource`, `use Ash.Api`), and `policies` come with the policy
 * authorizer.
 * Docs: docs/rules/ash-resource.md
 */
import { ash2Modules, extensionsAddingNoFields, knownDataLayers, policyAuthorizer, postgresDataLayer } from '../src/ash/knowledge.js';
import { suggestion } from '../src/ash/messages.js';
import { isElisionComment, isElisionStatement } from '../src/code/excerpts.js';
import { relate } from '../src/document/related.js';
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
    description: 'Modules under Ash Resources use Ash.Resource with a known data layer; AshPostgres resources name their table; no Ash 2 `api:` or `use Ash.Api`; policies come with the policy authorizer',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { dataLayers: { type: 'array', items: { type: 'string', pattern: '^[A-Z][A-Za-z0-9_]*(\\.[A-Z][A-Za-z0-9_]*)*$' } } },
        additionalProperties: false
    }
}, { dataLayers: [] }, function (model, file, options) {
    const known = [...knownDataLayers, ...options.dataLayers];
    let tables;
    reportAsh2Modules(model, file);
    for (const resource of checkedResources(model.ash)) {
        const name = resource.module;
        if (!resource.use) {
            // A module nested in another (a helper, a custom change, `ModifyQuery`)
            // is the outer module's business, not a resource of the section.
            if (resource.parent)
                continue;
            if (resource.uses.some((module) => isAshCompanion(module.name)))
                continue;
            // An excerpt (an elision in the module body) may leave the `use` line out.
            if (resource.call.elision)
                continue;
            const uses = resource.uses[0];
            file.message(`Module \`${name}\` under Ash Resources does not \`use Ash.Resource\`` +
                (uses ? ` (it uses \`${uses.written}\`)` : ''), { place: resource.place });
            continue;
        }
        // A project's wrapper (`use MyApp.Resource`) sets options the doc does not show.
        if (!resource.use.ash)
            continue;
        // Ash 3's `use Ash.Resource` validates its options (spark v2.7.2 `Spark.Options.validate!`): `api` is unknown.
        const api = resource.use.options.find((option) => option.key === 'api' && option.form === 'keyword');
        if (api) {
            file.message(`Unknown option \`api\` in \`use Ash.Resource\` of \`${name}\`` + suggestion('api', ['domain']), { place: api.keyPlace });
        }
        const policies = policiesWithoutAuthorizer(resource);
        if (policies) {
            const message = file.message(`The \`${policies.name}\` section of \`${name}\` needs \`authorizers: [${policyAuthorizer}]\` in \`use Ash.Resource\`: without it Ash 3 does not compile the resource (\`${policies.name}\` is undefined)`, { place: policies.namePlace });
            relate(message, [{ place: resource.use.call.place, message: `\`use Ash.Resource\` of \`${name}\`` }]);
        }
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
/**
 * `use Ash.Api` (Ash 2) in a module of the resources or contexts section:
 * Ash 3 has no `Ash.Api`, the module does not compile.
 */
function reportAsh2Modules(model, file) {
    const uses = [
        ...checkedResources(model.ash).flatMap((resource) => resource.uses.map((module) => ({ module, owner: resource.module }))),
        ...(model.contexts ?? []).flatMap((context) => context.modules.filter((module) => module.incomplete !== 'syntax').flatMap((module) => module.uses.map((use) => ({ module: use.module, owner: module.name }))))
    ];
    for (const { module, owner } of uses) {
        const replacement = ash2Modules[module.name];
        if (!replacement)
            continue;
        file.message(`\`use ${module.written}\` in \`${owner}\` is Ash 2: Ash 3 replaced \`${module.name}\` with \`${replacement}\` (\`use ${replacement}\`)`, {
            place: module.place
        });
    }
}
/**
 * The `policies` (or `field_policies`) section of a resource whose `use
 * Ash.Resource` shows no `Ash.Policy.Authorizer`: the section's macro comes
 * with the authorizer's DSL, so Ash 3 does not compile it. Undefined where
 * the doc may not show everything that brings the authorizer: fragments
 * (their `authorizers` are merged, spark v2.7.2 `lib/spark/dsl.ex`), an
 * extension not known to add nothing (an extension's `add_extensions` may
 * add the authorizer's DSL), `authorizers:` written as something other
 * than modules, an elision in the module body or in the `use` call. With the
 * authorizer in `extensions` Ash compiles and warns: ash-policies reports it.
 */
function policiesWithoutAuthorizer(resource) {
    const use = resource.use;
    if (!use?.ash || resource.fragments.length > 0 || resource.call.elision || hasElision(use.call.node))
        return undefined;
    if (resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name)))
        return undefined;
    if (resource.extensions.some((extension) => extension.name === policyAuthorizer))
        return undefined;
    if (resource.authorizers.some((authorizer) => authorizer.name === policyAuthorizer))
        return undefined;
    // `authorizers: @authorizers`, `extensions: extensions()`: not readable, so not known to lack it.
    for (const key of ['authorizers', 'extensions', 'fragments']) {
        const option = findOption(use.options, key);
        if (option && !isModuleList(option.value))
            return undefined;
    }
    if (use.call.args.length !== 1)
        return undefined;
    return resource.policies.sections[0];
}
function isModuleList(value) {
    return value.kind === 'alias' || (value.kind === 'list' && value.pairs.length === 0 && value.items.every((item) => item.kind === 'alias'));
}
/** True when a node holds an elision comment or statement (`# ...` inside the `use` call's options). */
function hasElision(node) {
    if (node.type === 'comment')
        return isElisionComment(node.text);
    if (isElisionStatement(node.text))
        return true;
    return node.namedChildren.some((child) => child !== null && hasElision(child));
}
