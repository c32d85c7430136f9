/**
 * The join: how the blocks of a doc refer to each other, built once per file
 * (stage `understandJoin`) into `model.join` from the models the earlier
 * stages built: the Ash resources (`model.ash`), the SQL tables
 * (`model.sql`), the GraphQL types (`model.graphql`) and the REST endpoints
 * (`model.endpoints`).
 *
 * - Resource ↔ table: the resource's `postgres do table "x"`; else a
 *   `Table: x` subsection whose name is the plural snake_case of the
 *   resource's last module segment. A doc may hold only some tables.
 * - Resource ↔ GraphQL object type: the type named in the resource's
 *   `graphql do type :x end`, else its last module segment (the
 *   `graphqlTypeNames` option overrides both); fields map to attributes,
 *   relationships, calculations and aggregates by camelCase name.
 * - Endpoint ↔ resource: the path's segments after the prefix (`/api`)
 *   select resources by plural name, `:params` follow them, and a segment
 *   naming an action (or a relationship) of the selected resource is an
 *   action (relationship) segment.
 *
 * Resources the doc only names as relationship destinations are known by
 * name only: they select path segments, nothing more is expected of them.
 *
 * The join depends on two options (`prefix`, `graphqlTypeNames`); the stage
 * builds it with the defaults and `joinFor` builds (once per model and
 * options) the join of a rule configured otherwise.
 */
import { builtinTypeSet } from '../ash/knowledge.js';
import { isResource } from '../ash/model.js';
import { pluralName } from '../ash/names.js';
import { lastSegment } from '../elixir/aliases.js';
import { camelCase, pascalCase, pluralize, snakeCase } from '../text/words.js';
import { atomList, entityOptions, findOption } from '../elixir/dsl.js';
import { segmentName } from './names.js';
export const defaultJoinOptions = { prefix: '/api', graphqlTypeNames: {} };
/** The model stage. */
export function understandJoin(model) {
    model.join = buildJoin(model, defaultJoinOptions);
}
const joins = new WeakMap();
/** The join of a model for options that may differ from the defaults (built once per options). */
export function joinFor(model, overrides = {}) {
    const options = {
        prefix: overrides.prefix ?? defaultJoinOptions.prefix,
        graphqlTypeNames: { ...defaultJoinOptions.graphqlTypeNames, ...overrides.graphqlTypeNames }
    };
    const key = JSON.stringify(options);
    if (model.join && JSON.stringify(model.join.options) === key)
        return model.join;
    let cache = joins.get(model);
    if (!cache) {
        cache = new Map();
        joins.set(model, cache);
    }
    let join = cache.get(key);
    if (!join) {
        join = buildJoin(model, options);
        cache.set(key, join);
    }
    return join;
}
export function buildJoin(model, options) {
    const join = { options, resources: [], byModule: new Map(), endpoints: [], typeModules: readTypeModules(model) };
    const defined = (model.ash?.resources ?? []).filter(isResource);
    for (const resource of defined) {
        if (join.byModule.has(resource.module))
            continue;
        const joined = newJoined(resource.module, resource.place, options);
        joined.resource = resource;
        join.resources.push(joined);
        join.byModule.set(resource.module, joined);
    }
    // Resources the doc names without defining them.
    for (const resource of defined) {
        const refs = [];
        for (const relationship of resource.relationships) {
            if (relationship.destination)
                refs.push(relationship.destination);
            if (relationship.through)
                refs.push(relationship.through);
        }
        for (const ref of refs) {
            if (join.byModule.has(ref.name))
                continue;
            const joined = newJoined(ref.name, ref.place, options);
            join.resources.push(joined);
            join.byModule.set(ref.name, joined);
        }
    }
    for (const joined of join.resources) {
        if (!joined.resource)
            continue;
        joinTable(model, joined);
        joinGraphqlType(model, joined, options);
    }
    for (const joined of join.resources) {
        joined.pathNames = pathNamesOf(joined);
    }
    for (const endpoint of model.endpoints ?? [])
        join.endpoints.push(walkEndpoint(join, endpoint));
    return join;
}
function newJoined(module, place, options) {
    return {
        module,
        place,
        columns: [],
        unmappedColumns: [],
        graphqlTypeName: options.graphqlTypeNames[module] ?? lastSegment(module),
        fields: [],
        graphqlOptions: { nullableFields: new Set(), attributeTypes: new Map(), fieldNames: new Map() },
        pathNames: []
    };
}
// ---------------------------------------------------------------------------
// Resource ↔ table
const postgresDataLayer = 'AshPostgres.DataLayer';
function joinTable(model, joined) {
    const resource = joined.resource;
    if (resource.embedded)
        return;
    const postgres = resource.postgres !== undefined || resource.dataLayer?.module?.name === postgresDataLayer;
    if (!postgres)
        return;
    if (resource.postgres?.table) {
        joined.tableName = resource.postgres.table.name;
        joined.tableFrom = 'postgres';
    }
    else if (!resource.postgres?.polymorphic) {
        const conventional = pluralName(resource.module);
        const subsection = model.sections
            .flatMap((section) => section.subsections)
            .find((subsection) => subsection.name === conventional && subsection.form?.form.language === 'sql');
        if (subsection) {
            joined.tableName = conventional;
            joined.tableFrom = 'subsection';
        }
    }
    if (!joined.tableName)
        return;
    const table = model.sql?.tables.get(joined.tableName);
    if (!table)
        return;
    joined.table = table;
    const used = new Set();
    for (const attribute of resource.attributes) {
        const name = attribute.source ?? attribute.name;
        used.add(name);
        const column = table.columns.find((candidate) => candidate.name === name);
        const dropped = column ? undefined : table.dropped.find((entry) => entry.name === name);
        joined.columns.push({ attribute, name, column, dropped });
    }
    joined.unmappedColumns = table.columns.filter((column) => column.origin !== 'alter' && !used.has(column.name));
}
// ---------------------------------------------------------------------------
// Resource ↔ GraphQL type
/** `graphql do type :line_item end` → `LineItem`. */
function graphqlSectionType(resource) {
    const section = resource.sections.find((call) => call.name === 'graphql');
    const type = section?.body?.find((call) => call.name === 'type')?.args[0];
    return type?.kind === 'atom' ? pascalCase(type.value) : undefined;
}
/** The `graphql do` options that shape the fields: `nullable_fields`, `attribute_types`, `field_names`, `keyset_field`. */
function graphqlResourceOptions(resource) {
    const result = { nullableFields: new Set(), attributeTypes: new Map(), fieldNames: new Map() };
    const section = resource.sections.find((call) => call.name === 'graphql');
    if (!section)
        return result;
    const options = entityOptions(section, new Set(['queries', 'mutations', 'subscriptions', 'managed_relationships']));
    const nullable = findOption(options, 'nullable_fields')?.value;
    for (const atom of (nullable?.kind === 'atom' ? [nullable] : atomList(nullable)) ?? [])
        result.nullableFields.add(atom.value);
    const pairs = (key) => {
        const value = findOption(options, key)?.value;
        return value?.kind === 'keyword' || value?.kind === 'list' ? value.pairs : [];
    };
    for (const pair of pairs('attribute_types')) {
        result.attributeTypes.set(pair.key, pair.value.kind === 'atom' ? pair.value.value : undefined);
    }
    for (const pair of pairs('field_names'))
        if (pair.value.kind === 'atom')
            result.fieldNames.set(pair.key, pair.value.value);
    const keyset = findOption(options, 'keyset_field')?.value;
    if (keyset?.kind === 'atom')
        result.keysetField = keyset.value;
    return result;
}
function joinGraphqlType(model, joined, options) {
    const resource = joined.resource;
    joined.graphqlTypeName = options.graphqlTypeNames[resource.module] ?? graphqlSectionType(resource) ?? lastSegment(resource.module);
    joined.graphqlOptions = graphqlResourceOptions(resource);
    const type = model.graphql?.objects.get(joined.graphqlTypeName);
    if (!type || type.kind !== 'object')
        return;
    joined.graphqlType = type;
    const { fieldNames, keysetField } = joined.graphqlOptions;
    const targets = new Map();
    const add = (name, target) => {
        const key = camelCase(fieldNames.get(name) ?? name);
        if (!targets.has(key))
            targets.set(key, target);
    };
    if (keysetField)
        add(keysetField, { kind: 'keyset' });
    for (const attribute of resource.attributes)
        add(attribute.name, { kind: 'attribute', attribute });
    for (const relationship of resource.relationships)
        add(relationship.name, { kind: 'relationship', relationship });
    for (const calculation of resource.calculations)
        add(calculation.name, { kind: 'calculation', calculation });
    for (const aggregate of resource.aggregates)
        add(aggregate.name, { kind: 'aggregate', aggregate });
    joined.fields = type.fields.map((field) => ({ field, target: targets.get(field.name) }));
}
// ---------------------------------------------------------------------------
// Endpoint ↔ resource
function pathNamesOf(joined) {
    const names = new Set([pluralName(joined.module)]);
    if (joined.tableName)
        names.add(joined.tableName);
    return [...names];
}
/** The resource a path name selects: the doc's own resources first. */
function resourceByPathName(join, name) {
    let found;
    for (const joined of join.resources) {
        if (!joined.pathNames.includes(name))
            continue;
        if (joined.resource)
            return joined;
        found ??= joined;
    }
    return found;
}
function prefixSegments(prefix) {
    return prefix.split('/').filter((part) => part !== '');
}
function walkEndpoint(join, endpoint) {
    const walked = { endpoint, underPrefix: false, steps: [] };
    const segments = endpoint.path?.segments ?? [];
    const prefix = prefixSegments(join.options.prefix);
    if (segments.length < prefix.length)
        return walked;
    for (let index = 0; index < prefix.length; index++) {
        if (segments[index].kind !== 'static' || segments[index].text !== prefix[index])
            return walked;
    }
    walked.underPrefix = true;
    let selected;
    let afterParam = false;
    const rest = segments.slice(prefix.length);
    for (const [index, segment] of rest.entries()) {
        if (segment.kind === 'glob')
            break;
        if (segment.kind !== 'static') {
            walked.steps.push({ kind: 'param', segment, resource: selected });
            afterParam = true;
            continue;
        }
        const name = segmentName(segment.text);
        // JSON:API relationship routes: `/invoices/:id/relationships/customer`.
        const next = rest[index + 1];
        if (name === 'relationships' && afterParam && next?.kind === 'static' && selected?.resource) {
            if (selected.resource.relationships.some((candidate) => candidate.name === segmentName(next.text)))
                continue;
            walked.steps.push({ kind: 'unknown', segment: next, resource: selected, afterParam: false, expected: 'relationship' });
            break;
        }
        const byName = resourceByPathName(join, name);
        if (byName) {
            selected = byName;
            walked.steps.push({ kind: 'resource', segment, resource: byName });
            afterParam = false;
            continue;
        }
        const action = selected?.resource?.actions.find((candidate) => candidate.name === name);
        if (selected && action) {
            walked.steps.push({ kind: 'action', segment, resource: selected, action });
            afterParam = false;
            continue;
        }
        const relationship = selected?.resource?.relationships.find((candidate) => candidate.name === name);
        const destination = relationship?.destination ? join.byModule.get(relationship.destination.name) : undefined;
        if (relationship && destination) {
            selected = destination;
            walked.steps.push({ kind: 'resource', segment, resource: destination, relationship });
            afterParam = false;
            continue;
        }
        const parent = parentOf(join, rest, index);
        if (parent) {
            selected = undefined;
            walked.steps.push({ kind: 'parent', segment, ...parent });
            afterParam = false;
            continue;
        }
        walked.steps.push({ kind: 'unknown', segment, resource: selected, afterParam });
        break;
    }
    return walked;
}
/**
 * A segment naming a parent by its foreign key: `teams` followed by
 * `:team_id`, with a resource of the doc later in the path that has a
 * `team_id` attribute.
 */
function parentOf(join, segments, index) {
    const name = segmentName(segments[index].text);
    const param = segments[index + 1];
    const key = param && param.kind !== 'static' && param.kind !== 'glob' ? param.name : undefined;
    if (!key?.endsWith('_id') || pluralize(key.slice(0, -3)) !== name)
        return undefined;
    for (const later of segments.slice(index + 2)) {
        if (later.kind !== 'static')
            continue;
        const resource = resourceByPathName(join, segmentName(later.text));
        const attribute = resource?.resource?.attributes.find((candidate) => candidate.name === key);
        if (resource && attribute)
            return { attribute, resource };
    }
    return undefined;
}
/**
 * Resolve an Ash type for comparison: `Ash.Type.String` is `string`; a type
 * module the doc defines is what it stores (`storage`) or subtypes; a
 * module known to the mapping table stays itself. Undefined when unreadable.
 */
export function resolveType(join, type, mapping, use) {
    let arrays = 0;
    let current = type;
    while (current?.kind === 'array') {
        arrays++;
        current = current.of;
    }
    if (!current)
        return undefined;
    if (current.kind === 'atom')
        return { name: current.name, arrays, module: false };
    if (current.kind !== 'module')
        return undefined;
    const name = current.module.name;
    if (mapping[name])
        return { name, arrays, module: false };
    if (name.startsWith('Ash.Type.')) {
        const short = snakeCase(lastSegment(name));
        if (builtinTypeSet.has(short))
            return { name: short, arrays, module: false };
    }
    const defined = join.typeModules.get(name);
    const resolved = defined?.subtypeOf ?? (use === 'storage' ? defined?.storage : undefined);
    if (resolved)
        return { name: resolved, arrays, module: false };
    return { name, arrays, module: true };
}
/** Type modules of the doc's Elixir blocks: `use Ash.Type` with `storage_type`, `use Ash.Type.NewType, subtype_of:`. */
function readTypeModules(model) {
    const modules = new Map();
    for (const resource of model.ash?.resources ?? []) {
        if (isResource(resource))
            continue;
        const entry = { module: resource.module };
        let isType = false;
        for (const call of resource.call.body ?? []) {
            if (call.name === 'use') {
                const target = call.args[0];
                if (target?.kind !== 'alias')
                    continue;
                if (target.name === 'Ash.Type')
                    isType = true;
                if (target.name === 'Ash.Type.NewType') {
                    isType = true;
                    const subtype = call.options.find((pair) => pair.key === 'subtype_of')?.value;
                    if (subtype?.kind === 'atom')
                        entry.subtypeOf = subtype.value;
                    else if (subtype?.kind === 'alias' && subtype.name.startsWith('Ash.Type.'))
                        entry.subtypeOf = snakeCase(lastSegment(subtype.name));
                }
            }
            else if (call.name === 'def') {
                const head = call.args[0];
                if (head?.kind !== 'call' || head.call.name !== 'storage_type')
                    continue;
                const body = call.options.find((pair) => pair.key === 'do')?.value;
                if (body?.kind === 'atom')
                    entry.storage = body.value;
            }
        }
        if (isType)
            modules.set(resource.module, entry);
    }
    return modules;
}
/** `one_of` of an attribute's or calculation's constraints (`constraints: [one_of: [...]]`), as atom names. */
export function oneOf(options) {
    const constraints = findOption(options, 'constraints')?.value;
    const pairs = constraints?.kind === 'keyword' ? constraints.pairs : constraints?.kind === 'list' ? constraints.pairs : undefined;
    const entry = pairs?.find((pair) => pair.key === 'one_of');
    if (!entry || entry.value.kind !== 'list' || entry.value.pairs.length > 0)
        return undefined;
    const values = [];
    for (const item of entry.value.items) {
        if (item.kind !== 'atom')
            return undefined;
        values.push(item.value);
    }
    return { values, place: entry.place };
}
