import { shortText } from '../src/elixir/dsl.js';
import { defaultActionTypes } from '../src/ash/knowledge.js';
import { suggestion } from '../src/ash/messages.js';
import { listCode } from '../src/text/words.js';
import { checkedResources } from '../src/ash/model.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
import { definedHere as definitionAt } from '../src/join/symbols.js';
import { relate } from '../src/document/related.js';
import { fieldReferences, unresolvedDefines, unresolvedField } from '../src/join/resource-references.js';
export default defineRule({
    id: 'ash-actions',
    description: 'Actions: `defaults` names action types, names are unique, one primary per type, `accept` names attributes',
    severity: 'error'
}, {}, function (model, file) {
    for (const resource of checkedResources(model.ash)) {
        if (!resource.use)
            continue;
        checkDefaults(file, resource);
        checkNames(file, resource);
        checkPrimary(file, resource);
        if (resource.complete.attributes)
            checkAccepts(file, resource);
        const symbols = model.symbols?.resources.get(resource.module);
        if (symbols?.resource === resource)
            checkReferences(file, symbols);
    }
});
const defaultTypes = listCode(defaultActionTypes, 'or', ':');
function checkDefaults(file, resource) {
    const defaults = resource.defaults;
    if (!defaults)
        return;
    for (const entry of defaults.entries) {
        if (entry.accept === undefined) {
            // `:create`, or a non-atom entry (`"read"`, `list`)
            if (entry.value.kind === 'atom' && defaultActionTypes.includes(entry.value.value))
                continue;
            if (entry.value.kind === 'unknown' || entry.value.kind === 'call')
                continue;
            const written = entry.value.kind === 'atom' ? ':' + entry.value.value : shortText(entry.value.text);
            const hint = entry.value.kind === 'atom' ? suggestion(entry.value.value, defaultActionTypes).replace(/`([^`]+)`/, '`:$1`') : '';
            file.message(`Unknown default action \`${written}\` in \`defaults\`` + (hint || `: expected ${defaultTypes}`), {
                place: entry.place
            });
            continue;
        }
        // `create: :*`, `update: [...]`
        if (entry.type === 'read' || entry.type === 'destroy') {
            file.message(`Default \`:${entry.type}\` action takes no accept list: write \`:${entry.type}\` alone in \`defaults\``, {
                place: entry.place
            });
            continue;
        }
        if (entry.type !== 'create' && entry.type !== 'update') {
            file.message(`Unknown default action \`${entry.type}:\` in \`defaults\`` +
                (suggestion(entry.type, ['create', 'update']) || ': only `create:` and `update:` take an accept list'), { place: entry.place });
            continue;
        }
        const accept = entry.accept;
        const valid = (accept.kind === 'atom' && accept.value === '*') ||
            (accept.kind === 'list' && accept.pairs.length === 0 && accept.items.every((item) => item.kind === 'atom'));
        if (!valid && !['unknown', 'call'].includes(accept.kind)) {
            file.message(`Accept list of default \`:${entry.type}\` must be \`:*\` or a list of attribute atoms, found \`${shortText(accept.text)}\``, { place: accept.place });
        }
    }
}
function describe(action) {
    return action.fromDefaults ? '`defaults`' : `the ${action.type} action above`;
}
function definedHere(action) {
    return action.fromDefaults ? `\`${action.name}\` made by \`defaults\` here` : `${action.type} action \`${action.name}\` defined here`;
}
/** Ash requires unique action names across all types. */
function checkNames(file, resource) {
    const seen = new Map();
    const ordered = [...resource.actions].sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0));
    for (const action of ordered) {
        const first = seen.get(action.name);
        if (!first) {
            seen.set(action.name, action);
            continue;
        }
        reportWithRelated(file, `Action name \`${action.name}\` is already used by ${describe(first)}: action names are unique in a resource, whatever their type`, action.place, [{ place: first.place, message: definedHere(first) }]);
    }
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function checkPrimary(file, resource) {
    const primaries = new Map();
    for (const action of resource.actions) {
        // Default actions are primary only when no other action of the type is.
        if (!action.primary || action.fromDefaults || action.type === 'action')
            continue;
        const first = primaries.get(action.type);
        if (!first) {
            primaries.set(action.type, action);
            continue;
        }
        reportWithRelated(file, `${capitalize(action.type)} action \`${action.name}\` is \`primary? true\` but \`${first.name}\` already is: one primary ${action.type} action per resource`, action.primaryPlace ?? action.place, [{ place: first.primaryPlace ?? first.place, message: `\`${first.name}\` is \`primary? true\` here` }]);
    }
}
function checkAccept(file, resource, accept, subject, action) {
    const attributes = resource.attributes.map((attribute) => attribute.name);
    for (const { name, place } of accept.names) {
        if (attributes.includes(name))
            continue;
        const prefix = `${subject} names \`${name}\``;
        const relationship = resource.relationships.find((candidate) => candidate.name === name);
        let reason;
        if (relationship?.kind === 'belongs_to' && attributes.includes(relationship.sourceAttribute)) {
            reason = `${prefix}, a relationship: accept its attribute \`${relationship.sourceAttribute}\``;
        }
        else if (relationship) {
            reason = `${prefix}, a relationship, not an attribute: use an argument and \`manage_relationship\``;
        }
        else if (action?.arguments.some((argument) => argument.name === name)) {
            reason = `${prefix}, an argument of the action, not an attribute: remove it from \`accept\``;
        }
        else if (resource.calculations.some((calculation) => calculation.name === name)) {
            reason = `${prefix}, a calculation, not an attribute`;
        }
        else if (resource.aggregates.some((aggregate) => aggregate.name === name)) {
            reason = `${prefix}, an aggregate, not an attribute`;
        }
        else {
            reason = `${prefix}, which is not an attribute of \`${resource.module}\`` + suggestion(name, attributes);
        }
        file.message(reason, { place });
    }
}
function checkAccepts(file, resource) {
    if (resource.defaultAccept)
        checkAccept(file, resource, resource.defaultAccept, '`default_accept`');
    for (const action of resource.actions) {
        // Actions without their own accept inherit `default_accept`, reported once above.
        if (!action.accept || action.accept === resource.defaultAccept)
            continue;
        const subject = action.fromDefaults
            ? `The accept list of the default ${action.type} action`
            : `\`accept\` of ${action.type} \`${action.name}\``;
        checkAccept(file, resource, action.accept, subject, action);
    }
}
/** Code interface actions and the fields of built-in changes and validations, resolved in the symbol table. */
function checkReferences(file, symbols) {
    for (const missing of unresolvedDefines(symbols)) {
        const where = missing.define.in === 'resource' ? '' : ` (in domain \`${missing.define.in}\`)`;
        const hint = missing.nearest ? `: did you mean \`:${missing.nearest.name}\`?` : '';
        const message = file.message(`Code interface \`${missing.define.name.name}\`${where} names the action \`:${missing.name}\`, which \`${symbols.module}\` does not define${hint}`, { place: missing.place });
        message.note = excerptHint;
        relate(message, definitionAt(missing.nearest, `Action \`${missing.nearest?.name}\` of \`${symbols.module}\``));
    }
    for (const reference of fieldReferences(symbols.resource)) {
        const missing = unresolvedField(symbols, reference);
        if (!missing)
            continue;
        const owner = reference.action === undefined ? `the resource's \`${reference.kind === 'change' ? 'changes' : 'validations'}\`` : `action \`${reference.action}\``;
        const what = reference.kind === 'change' ? 'an attribute' : 'a field';
        const hint = missing.nearest ? `: did you mean \`:${missing.nearest.name}\`?` : '';
        const message = file.message(`\`${reference.builtin}(:${missing.name}, …)\` in ${owner} names \`${missing.name}\`, which is not ${what} of \`${symbols.module}\`${hint}`, { place: missing.place });
        message.note = excerptHint;
        relate(message, definitionAt(missing.nearest, `Attribute \`${missing.nearest?.name}\` of \`${symbols.module}\``));
    }
}
