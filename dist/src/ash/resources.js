/**
 * The Ash stage: reads every `defmodule` of the `Ash Resources` section's
 * Elixir blocks into an `AshResource` (`model.ts`) and stores them on
 * `model.ash`. Runs after `parseCode`, once per file.
 */
import { findSection } from '../document/model.js';
import { aliasList, atomList, booleanOption, entityOptions, findOption, readBody } from '../elixir/dsl.js';
import { aggregateKinds, checkKinds, extensionsAddingNoFields, primaryKeyShorthands, relationshipKinds } from './knowledge.js';
import { expandModuleText, lastSegment, readAliases, resolveModule } from '../elixir/aliases.js';
import { snakeCase } from '../text/words.js';
/** The section whose Elixir blocks hold the resources. */
/** The model stage. */
export function understandAsh(model) {
    const resources = [];
    const section = findSection(model, 'resources');
    for (const block of section?.blocks ?? []) {
        if (block.code?.language !== 'elixir')
            continue;
        const { calls } = readBody(block, block.code.root);
        for (const call of calls) {
            if (call.name === 'defmodule')
                collectModules(block, call, undefined, resources);
        }
    }
    model.ash = { resources };
}
/** A module, and the modules nested in it (`defmodule Inner` inside `Outer` is `Outer.Inner`). */
function collectModules(block, call, parent, resources) {
    const nameValue = call.args[0];
    if (nameValue?.kind !== 'alias')
        return;
    const module = parent ? parent + '.' + nameValue.name : nameValue.name;
    const resource = readResource(block, call, module, nameValue.place);
    if (parent)
        resource.parent = parent;
    resources.push(resource);
    for (const inner of call.body ?? []) {
        if (inner.name === 'defmodule')
            collectModules(block, inner, module, resources);
    }
}
/** Statements of a module body that are Elixir, not DSL sections. */
const elixirStatements = new Set([
    'alias',
    'use',
    'require',
    'import',
    'def',
    'defp',
    'defmacro',
    'defmacrop',
    'defdelegate',
    'defstruct',
    'defimpl',
    'defprotocol',
    'defmodule',
    'defguard',
    'defguardp',
    'defoverridable',
    'defexception',
    'moduledoc',
    'doc'
]);
function readResource(block, call, module, place) {
    const body = call.body ?? [];
    const aliases = readAliases(body, module);
    const resolve = (value) => resolveModule(value, aliases, module);
    const resource = {
        module,
        place,
        definitionPlace: call.place,
        block,
        call,
        uses: [],
        extensions: [],
        authorizers: [],
        fragments: [],
        embedded: false,
        attributes: [],
        primaryKey: [],
        relationships: [],
        actions: [],
        calculations: [],
        aggregates: [],
        identities: [],
        policies: { sections: [], policies: [], strayChecks: [] },
        sections: [],
        aliases,
        // An error anywhere in the block may have cut this module short (an
        // unclosed bracket leaves `defmodule A` without its body), so any error
        // of the block counts.
        syntaxError: call.node.hasError || block.code?.language !== 'elixir' || block.code.root.hasError,
        complete: { attributes: true, relationships: true, actions: true, policies: true }
    };
    for (const statement of body) {
        if (statement.name === 'use')
            readUse(resource, statement, resolve);
        else if (!elixirStatements.has(statement.name))
            resource.sections.push(statement);
    }
    // With fragments, a `use` wrapper or an extension that may add fields, the
    // doc does not show the whole resource: checks that need it stand down.
    const opaque = !resource.use?.ash ||
        resource.fragments.length > 0 ||
        resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name));
    if (opaque)
        resource.complete = { attributes: false, relationships: false, actions: false, policies: false };
    // An elision in the module body (`...`, `# other attributes as before`)
    // makes every section an excerpt; one in a section, that section.
    if (call.elision) {
        resource.excerpt = call.elision;
        resource.complete = { attributes: false, relationships: false, actions: false, policies: false };
    }
    for (const section of resource.sections) {
        if (!section.elision)
            continue;
        resource.excerpt ??= section.elision;
        if (section.name === 'attributes')
            resource.complete.attributes = false;
        else if (section.name === 'relationships')
            resource.complete.relationships = false;
        else if (section.name === 'actions')
            resource.complete.actions = false;
        else if (section.name === 'policies' || section.name === 'field_policies')
            resource.complete.policies = false;
    }
    const context = { resource, resolve };
    for (const section of resource.sections) {
        switch (section.name) {
            case 'attributes':
                readAttributes(context, section);
                break;
            case 'relationships':
                readRelationships(context, section);
                break;
            case 'actions':
                readActions(context, section);
                break;
            case 'calculations':
                readCalculations(context, section);
                break;
            case 'aggregates':
                readAggregates(context, section);
                break;
            case 'identities':
                readIdentities(context, section);
                break;
            case 'policies':
            case 'field_policies':
                readPolicies(context, section);
                break;
            case 'postgres':
                resource.postgres = readPostgres(context, section);
                break;
            case 'multitenancy':
                resource.multitenancy = readMultitenancy(section);
                break;
            default:
                // Sections of other extensions (`graphql`, `json_api`, `code_interface`,
                // `validations`, `changes`, `preparations`, …) are kept
                // in `sections` as calls, and not interpreted.
                break;
        }
    }
    addBelongsToAttributes(resource);
    addDefaultActions(context);
    resource.primaryKey = resource.attributes.filter((attribute) => attribute.primaryKey);
    return resource;
}
// ---------------------------------------------------------------------------
// Modules, aliases, `use`
/** `__MODULE__` as a value (a self-referencing relationship): a module reference to this resource. */
function moduleRefOf(value, context) {
    if (!value)
        return undefined;
    if (value.kind === 'alias')
        return context.resolve(value);
    if (value.kind === 'unknown' && value.text.replace(/\s+/g, '').startsWith('__MODULE__')) {
        return { written: value.text, name: expandModuleText(value.text, context.resource.module), place: value.place };
    }
    return undefined;
}
function readUse(resource, call, resolve) {
    const target = call.args[0];
    if (target?.kind !== 'alias')
        return;
    const module = resolve(target);
    resource.uses.push(module);
    const ash = module.name === 'Ash.Resource';
    // A project module that wraps Ash.Resource (`use MyApp.Resource`) also brings the DSL in.
    const wrapper = !ash && /\.Resource$/.test(module.name) && !module.name.startsWith('Ash.Resource.');
    if (!ash && !wrapper)
        return;
    if (resource.use?.ash)
        return;
    const options = entityOptions(call);
    resource.use = { module, ash, options, call };
    const refs = (key) => (aliasList(findOption(options, key)?.value) ?? []).map(resolve);
    const domain = findOption(options, 'domain')?.value;
    if (domain?.kind === 'alias')
        resource.domain = resolve(domain);
    resource.extensions = refs('extensions');
    resource.authorizers = refs('authorizers');
    resource.fragments = refs('fragments');
    const dataLayer = findOption(options, 'data_layer');
    if (dataLayer) {
        const value = dataLayer.value;
        const embedded = value.kind === 'atom' && value.value === 'embedded';
        resource.embedded = embedded;
        resource.dataLayer = {
            value,
            module: value.kind === 'alias' ? resolve(value) : undefined,
            embedded,
            place: value.place
        };
    }
}
// ---------------------------------------------------------------------------
// Types
/** `:string`, `MyApp.Type`, `{:array, T}`, or unknown. */
function readType(value, context) {
    if (!value)
        return undefined;
    const base = { place: value.place, text: value.text };
    if (value.kind === 'atom')
        return { ...base, kind: 'atom', name: value.value };
    if (value.kind === 'alias')
        return { ...base, kind: 'module', module: context.resolve(value) };
    if (value.kind === 'tuple' && value.items.length === 2) {
        const [head, inner] = value.items;
        if (head.kind === 'atom' && head.value === 'array') {
            const of = readType(inner, context);
            if (of)
                return { ...base, kind: 'array', of };
        }
    }
    return { ...base, kind: 'unknown', value };
}
// ---------------------------------------------------------------------------
// Attributes
const attributeCalls = new Set([
    'attribute',
    'uuid_primary_key',
    'uuid_v7_primary_key',
    'integer_primary_key',
    'create_timestamp',
    'update_timestamp',
    'timestamps'
]);
function readAttributes(context, section) {
    const { resource } = context;
    if (section.bodyHasOther)
        resource.complete.attributes = false;
    for (const call of section.body ?? []) {
        if (!attributeCalls.has(call.name)) {
            // A macro or an option of the section we do not model: it may add attributes.
            resource.complete.attributes = false;
            continue;
        }
        if (call.name === 'timestamps') {
            for (const name of ['inserted_at', 'updated_at']) {
                resource.attributes.push(shorthandAttribute(context, call, name, call.place, 'timestamps', name === 'inserted_at' ? 'create_timestamp' : 'update_timestamp'));
            }
            continue;
        }
        const nameValue = call.args[0];
        if (nameValue?.kind !== 'atom') {
            resource.complete.attributes = false;
            continue;
        }
        if (call.name === 'attribute')
            resource.attributes.push(readAttribute(context, call, nameValue.value, nameValue.place));
        else
            resource.attributes.push(shorthandAttribute(context, call, nameValue.value, nameValue.place, call.name, call.name));
    }
}
function applyOptions(attribute, options) {
    const flag = (key, fallback) => booleanOption(options, key) ?? fallback;
    attribute.allowNil = flag('allow_nil?', attribute.allowNil);
    attribute.public = flag('public?', attribute.public);
    attribute.writable = flag('writable?', attribute.writable);
    attribute.generated = flag('generated?', attribute.generated);
    attribute.sensitive = flag('sensitive?', attribute.sensitive);
    attribute.primaryKey = flag('primary_key?', attribute.primaryKey);
    attribute.default = findOption(options, 'default')?.value ?? attribute.default;
    attribute.constraints = findOption(options, 'constraints') ?? attribute.constraints;
    const source = findOption(options, 'source')?.value;
    if (source?.kind === 'atom')
        attribute.source = source.value;
}
function readAttribute(context, call, name, place) {
    const options = entityOptions(call);
    const attribute = {
        name,
        place,
        declarationPlace: call.place,
        origin: 'attribute',
        // The type is positional; `type:` / `type :string` in the block is read too.
        type: readType(call.args[1] ?? findOption(options, 'type')?.value, context),
        typeDefaulted: false,
        primaryKey: false,
        allowNil: true,
        public: false,
        writable: true,
        generated: false,
        sensitive: false,
        options,
        call
    };
    applyOptions(attribute, options);
    return attribute;
}
/** Primary keys and timestamps, with the defaults Ash gives them. */
function shorthandAttribute(context, call, name, place, origin, kind) {
    const type = (typeName) => ({ kind: 'atom', name: typeName, place: call.namePlace, text: ':' + typeName });
    const options = call.name === 'timestamps' ? [] : entityOptions(call);
    const primaryKey = primaryKeyShorthands.has(kind);
    const attribute = {
        name,
        place,
        declarationPlace: call.place,
        origin,
        type: kind === 'uuid_primary_key'
            ? type('uuid')
            : kind === 'uuid_v7_primary_key'
                ? type('uuid_v7')
                : kind === 'integer_primary_key'
                    ? type('integer')
                    : type('utc_datetime_usec'),
        typeDefaulted: true,
        primaryKey,
        allowNil: false,
        public: primaryKey,
        writable: false,
        generated: kind === 'integer_primary_key',
        sensitive: false,
        options,
        call
    };
    applyOptions(attribute, options);
    const written = findOption(options, 'type')?.value;
    if (written) {
        attribute.type = readType(written, context);
        attribute.typeDefaulted = false;
    }
    return attribute;
}
// ---------------------------------------------------------------------------
// Relationships
/** Nested entities of a relationship's do block (not options). */
const relationshipEntities = new Set(['filter']);
function atomOption(options, key) {
    const value = findOption(options, key)?.value;
    return value?.kind === 'atom' ? value.value : undefined;
}
function readRelationships(context, section) {
    const { resource } = context;
    if (section.bodyHasOther)
        resource.complete.relationships = false;
    for (const call of section.body ?? []) {
        const nameValue = call.args[0];
        if (!relationshipKinds.has(call.name) || nameValue?.kind !== 'atom') {
            resource.complete.relationships = false;
            continue;
        }
        const kind = call.name;
        const options = entityOptions(call, relationshipEntities);
        const destinationValue = call.args[1];
        const destination = moduleRefOf(destinationValue, context);
        const name = nameValue.value;
        const sourceModule = snakeCase(lastSegment(resource.module));
        const destinationModule = destination ? snakeCase(lastSegment(destination.name)) : undefined;
        const relationship = {
            kind,
            name,
            place: nameValue.place,
            declarationPlace: call.place,
            destination,
            destinationValue,
            options,
            sourceAttribute: atomOption(options, 'source_attribute') ?? (kind === 'belongs_to' ? name + '_id' : 'id'),
            destinationAttribute: atomOption(options, 'destination_attribute') ??
                (kind === 'has_one' || kind === 'has_many' ? sourceModule + '_id' : 'id'),
            allowNil: booleanOption(options, 'allow_nil?') ?? true,
            primaryKey: booleanOption(options, 'primary_key?') ?? false,
            public: booleanOption(options, 'public?') ?? false,
            defineAttribute: kind === 'belongs_to' && booleanOption(options, 'define_attribute?') !== false,
            call
        };
        if (kind === 'belongs_to')
            relationship.attributeType = readType(findOption(options, 'attribute_type')?.value, context);
        if (kind === 'many_to_many') {
            relationship.through = moduleRefOf(findOption(options, 'through')?.value, context);
            relationship.sourceAttributeOnJoinResource = atomOption(options, 'source_attribute_on_join_resource') ?? sourceModule + '_id';
            relationship.destinationAttributeOnJoinResource =
                atomOption(options, 'destination_attribute_on_join_resource') ?? (destinationModule ? destinationModule + '_id' : undefined);
        }
        resource.relationships.push(relationship);
    }
}
/** The `<name>_id` attribute of each `belongs_to`, unless defined by hand or `define_attribute?: false`. */
function addBelongsToAttributes(resource) {
    for (const relationship of resource.relationships) {
        if (relationship.kind !== 'belongs_to' || !relationship.defineAttribute)
            continue;
        if (resource.attributes.some((attribute) => attribute.name === relationship.sourceAttribute))
            continue;
        const options = relationship.options;
        const primaryKey = relationship.primaryKey;
        resource.attributes.push({
            name: relationship.sourceAttribute,
            place: relationship.place,
            declarationPlace: relationship.declarationPlace,
            origin: 'belongs_to',
            type: relationship.attributeType ?? { kind: 'atom', name: 'uuid', place: relationship.place, text: ':uuid' },
            typeDefaulted: !relationship.attributeType,
            primaryKey,
            allowNil: primaryKey ? false : relationship.allowNil,
            public: booleanOption(options, 'attribute_public?') ?? relationship.public,
            writable: booleanOption(options, 'attribute_writable?') ?? booleanOption(options, 'writable?') ?? true,
            generated: false,
            sensitive: false,
            options: [],
            relationship: relationship.name,
            call: relationship.call
        });
    }
}
// ---------------------------------------------------------------------------
// Actions
/** Nested entities of an action's do block (not options). */
const actionEntities = new Set(['argument', 'change', 'validate', 'metadata', 'prepare', 'pagination', 'filter']);
const actionCalls = new Set(['create', 'read', 'update', 'destroy', 'action']);
function readAccept(option) {
    if (!option)
        return undefined;
    const value = option.value;
    if (value.kind === 'atom' && value.value === '*')
        return { all: true, names: [], place: value.place };
    const atoms = atomList(value);
    if (!atoms)
        return undefined;
    // `[:*, :internal_note]`: every public attribute, and the names after it.
    const all = atoms.some((atom) => atom.value === '*');
    const names = atoms.filter((atom) => atom.value !== '*').map((atom) => ({ name: atom.value, place: atom.place }));
    return { all, names, place: value.place };
}
function readArgument(context, call) {
    const nameValue = call.args[0];
    if (nameValue?.kind !== 'atom')
        return undefined;
    const options = entityOptions(call);
    return {
        name: nameValue.value,
        place: nameValue.place,
        type: readType(call.args[1], context),
        allowNil: booleanOption(options, 'allow_nil?') ?? true,
        options,
        call
    };
}
function readActions(context, section) {
    const { resource } = context;
    if (section.bodyHasOther)
        resource.complete.actions = false;
    const defaultAccept = section.body?.find((call) => call.name === 'default_accept');
    if (defaultAccept) {
        resource.defaultAccept = readAccept({
            key: 'default_accept',
            keyPlace: defaultAccept.namePlace,
            value: defaultAccept.args[0] ?? { kind: 'nil', place: defaultAccept.place, text: '' },
            place: defaultAccept.place,
            form: 'block'
        });
    }
    for (const call of section.body ?? []) {
        if (call.name === 'defaults') {
            resource.defaults = readDefaults(call);
            continue;
        }
        if (call.name === 'default_accept')
            continue;
        const nameValue = call.args[0];
        if (!actionCalls.has(call.name) || nameValue?.kind !== 'atom') {
            resource.complete.actions = false;
            continue;
        }
        const type = call.name;
        const options = entityOptions(call, actionEntities);
        const primary = findOption(options, 'primary?');
        const argumentsList = [];
        for (const inner of call.body ?? []) {
            if (inner.name !== 'argument')
                continue;
            const argument = readArgument(context, inner);
            if (argument)
                argumentsList.push(argument);
        }
        const acceptsInput = type === 'create' || type === 'update' || type === 'destroy';
        resource.actions.push({
            type,
            name: nameValue.value,
            place: nameValue.place,
            declarationPlace: call.place,
            fromDefaults: false,
            primary: primary?.value.kind === 'boolean' ? primary.value.value : false,
            primaryPlace: primary?.place,
            accept: acceptsInput ? (readAccept(findOption(options, 'accept')) ?? resource.defaultAccept ?? emptyAccept(call.namePlace)) : undefined,
            arguments: argumentsList,
            returns: type === 'action' ? readType(call.args[1], context) : undefined,
            options,
            call
        });
    }
}
function emptyAccept(place) {
    return { all: false, names: [], place };
}
function readDefaults(call) {
    const value = call.args[0];
    const defaults = { call, place: call.place, entries: [], literal: false };
    if (value?.kind === 'list') {
        defaults.literal = true;
        for (const item of value.items) {
            defaults.entries.push({ type: item.kind === 'atom' ? item.value : item.text, place: item.place, value: item });
        }
        for (const pair of value.pairs) {
            defaults.entries.push({ type: pair.key, place: pair.keyPlace, accept: pair.value, value: pair.value });
        }
    }
    return defaults;
}
/** The actions `defaults` adds: each named after its type, primary unless another of that type is. */
function addDefaultActions(context) {
    const { resource } = context;
    const defaults = resource.defaults;
    if (!defaults)
        return;
    const explicit = [...resource.actions];
    const added = [];
    for (const entry of defaults.entries) {
        if (!['create', 'read', 'update', 'destroy'].includes(entry.type))
            continue;
        const type = entry.type;
        const acceptsInput = type === 'create' || type === 'update';
        let accept;
        if (acceptsInput) {
            accept = entry.accept
                ? readAccept({ key: type, keyPlace: entry.place, value: entry.accept, place: entry.place, form: 'keyword' })
                : (resource.defaultAccept ?? emptyAccept(entry.place));
        }
        else if (type === 'destroy')
            accept = emptyAccept(entry.place);
        added.push({
            type,
            name: type,
            place: entry.place,
            declarationPlace: entry.place,
            fromDefaults: true,
            primary: !explicit.some((action) => action.type === type && action.primary),
            accept,
            arguments: [],
            options: [],
            call: defaults.call
        });
    }
    // Ash prepends default actions.
    resource.actions = [...added, ...explicit];
}
// ---------------------------------------------------------------------------
// Calculations, aggregates, identities
function readCalculations(context, section) {
    for (const call of section.body ?? []) {
        const nameValue = call.args[0];
        if (call.name !== 'calculate' || nameValue?.kind !== 'atom')
            continue;
        const options = entityOptions(call, new Set(['argument']));
        const argumentsList = [];
        for (const inner of call.body ?? []) {
            if (inner.name !== 'argument')
                continue;
            const argument = readArgument(context, inner);
            if (argument)
                argumentsList.push(argument);
        }
        context.resource.calculations.push({
            name: nameValue.value,
            place: nameValue.place,
            declarationPlace: call.place,
            type: readType(call.args[1], context),
            calculation: call.args[2] ?? findOption(options, 'calculation')?.value,
            arguments: argumentsList,
            options,
            call
        });
    }
}
function readAggregates(context, section) {
    for (const call of section.body ?? []) {
        const nameValue = call.args[0];
        if (!aggregateKinds.has(call.name) || nameValue?.kind !== 'atom')
            continue;
        const options = entityOptions(call, new Set(['filter', 'join_filter']));
        const path = atomList(call.args[1])?.map((atom) => atom.value) ?? [];
        const third = call.args[2];
        const aggregate = {
            kind: call.name,
            name: nameValue.value,
            place: nameValue.place,
            declarationPlace: call.place,
            path,
            options,
            call
        };
        if (call.name === 'custom')
            aggregate.type = readType(third, context);
        else if (third?.kind === 'atom')
            aggregate.field = third.value;
        else if (atomOption(options, 'field'))
            aggregate.field = atomOption(options, 'field');
        context.resource.aggregates.push(aggregate);
    }
}
function readIdentities(context, section) {
    for (const call of section.body ?? []) {
        const nameValue = call.args[0];
        if (call.name !== 'identity' || nameValue?.kind !== 'atom')
            continue;
        context.resource.identities.push({
            name: nameValue.value,
            place: nameValue.place,
            declarationPlace: call.place,
            keys: (atomList(call.args[1]) ?? []).map((atom) => ({ name: atom.value, place: atom.place })),
            options: entityOptions(call),
            call
        });
    }
}
// ---------------------------------------------------------------------------
// Policies
const policyCalls = new Set(['policy', 'bypass', 'field_policy', 'field_policy_bypass']);
function readCheck(call) {
    return { kind: call.name, check: call.args[0], place: call.place, call };
}
/** Checks of a policy: the calls of its do block, or `do: authorize_if(...)`. */
function policyChecks(call) {
    const checks = [];
    for (const inner of call.body ?? [])
        if (checkKinds.has(inner.name))
            checks.push(readCheck(inner));
    const inline = call.options.find((pair) => pair.key === 'do')?.value;
    if (inline?.kind === 'call' && checkKinds.has(inline.call.name))
        checks.push(readCheck(inline.call));
    return checks;
}
function readPolicy(call, groups) {
    const kind = call.name;
    const fieldPolicy = kind === 'field_policy' || kind === 'field_policy_bypass';
    return {
        kind,
        fields: fieldPolicy ? call.args[0] : undefined,
        condition: fieldPolicy ? call.args[1] : call.args[0],
        groups,
        checks: policyChecks(call),
        place: call.place,
        call
    };
}
function readPolicies(context, section) {
    const policies = context.resource.policies;
    policies.sections.push(section);
    const visit = (calls, groups) => {
        for (const call of calls) {
            if (policyCalls.has(call.name))
                policies.policies.push(readPolicy(call, groups));
            else if (call.name === 'policy_group')
                visit(call.body ?? [], call.args[0] ? [...groups, call.args[0]] : groups);
            else if (checkKinds.has(call.name))
                policies.strayChecks.push(readCheck(call));
            // Options of the section (`default_access_type`, …) and anything else
            // we do not model may declare policies we cannot see.
            else if (call.name !== 'default_access_type')
                context.resource.complete.policies = false;
        }
    };
    visit(section.body ?? [], []);
}
// ---------------------------------------------------------------------------
// AshPostgres
function readMultitenancy(section) {
    const options = entityOptions(section);
    const strategy = findOption(options, 'strategy');
    const attribute = findOption(options, 'attribute')?.value;
    return {
        // Ash's default strategy is `:context`.
        strategy: strategy ? (strategy.value.kind === 'atom' ? strategy.value.value : undefined) : 'context',
        attribute: attribute?.kind === 'atom' ? { name: attribute.value, place: attribute.place } : undefined,
        call: section
    };
}
function readPostgres(context, section) {
    const options = entityOptions(section, new Set(['references', 'check_constraints', 'custom_indexes', 'custom_statements', 'manage_tenant']));
    const tableOption = findOption(options, 'table');
    const table = tableOption?.value.kind === 'string' && !tableOption.value.interpolated ? { name: tableOption.value.value, place: tableOption.value.place } : undefined;
    const repoValue = findOption(options, 'repo')?.value;
    return {
        call: section,
        place: section.place,
        table,
        repo: repoValue?.kind === 'alias' ? context.resolve(repoValue) : undefined,
        polymorphic: booleanOption(options, 'polymorphic?') ?? false,
        options
    };
}
