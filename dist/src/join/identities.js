import { atomList, entityOptions, findOption, keywordPairs } from '../elixir/dsl.js';
const dataLayer = 'AshPostgres.DataLayer';
/** The sections whose elision may hide what decides an identity's index. */
const decidingSections = new Set(['identities', 'postgres', 'multitenancy']);
/** The statements the table model reads; any other that mentions UNIQUE may make something unique. */
const readStatements = new Set(['CreateStmt', 'AlterTableStmt', 'IndexStmt']);
/** A plain column name in a custom index's string field (`"email"`); anything else is an expression. */
const plainColumn = /^[a-z_][a-z0-9_]*$/;
export function identitiesWithoutUniqueIndex(model, joined) {
    const resource = joined.resource;
    const table = joined.table;
    if (!resource || !table || resource.identities.length === 0)
        return [];
    if (!resourceShownWhole(resource) || !tableShownWhole(table) || !schemaReadWhole(model))
        return [];
    const postgres = readPostgresOptions(resource);
    if (!postgres)
        return [];
    const tenantAttribute = tenantOf(resource);
    if (tenantAttribute === null)
        return [];
    const columnOf = (attribute) => {
        const entry = joined.columns.find((candidate) => candidate.attribute.name === attribute);
        return entry?.column ? entry.name : undefined;
    };
    const tenant = tenantAttribute === undefined ? undefined : (columnOf(tenantAttribute) ?? tenantAttribute);
    const uniqueSets = [...tableUniqueSets(table), ...postgres.customUniqueSets.map((fields) => fields.map((field) => columnOf(field) ?? field))];
    const uncovered = [];
    for (const identity of resource.identities) {
        const keysValue = identity.call.args[1];
        if (!keysValue || !atomList(keysValue) || identity.keys.length === 0)
            continue;
        if (postgres.skipped.has(identity.name))
            continue;
        const keys = identity.keys.map((key) => columnOf(key.name));
        // A key that is no attribute with a column (a calculation, or an attribute the doc does not show).
        if (keys.some((key) => key === undefined))
            continue;
        const allTenants = findOption(identity.options, 'all_tenants?')?.value;
        if (allTenants && allTenants.kind !== 'boolean')
            continue;
        const withTenant = tenant !== undefined && !(allTenants?.kind === 'boolean' && allTenants.value);
        const columns = unique(withTenant ? [tenant, ...keys] : keys);
        const allowed = new Set(columns);
        if (uniqueSets.some((set) => set.every((column) => allowed.has(column))))
            continue;
        uncovered.push({
            identity,
            keysPlace: keysValue.place,
            table,
            columns,
            tenant: withTenant ? tenant : undefined,
            indexName: postgres.indexNames.get(identity.name) ?? `${table.name}_${identity.name}_index`,
            nonUnique: table.indexes.find((index) => !index.unique && sameSet(indexColumns(index), columns))
        });
    }
    return uncovered;
}
/** A direct `use Ash.Resource` with `data_layer: AshPostgres.DataLayer`, no fragments, not an excerpt where it matters. */
function resourceShownWhole(resource) {
    if (resource.syntaxError || !resource.use?.ash || resource.fragments.length > 0)
        return false;
    if (resource.dataLayer?.module?.name !== dataLayer)
        return false;
    if (resource.postgres?.polymorphic)
        return false;
    if (resource.call.elision)
        return false;
    return !resource.sections.some((section) => decidingSections.has(section.name) && section.elision);
}
function tableShownWhole(table) {
    return Boolean(table.created) && !table.excerpt && !table.otherUniqueness;
}
const readWhole = new WeakMap();
/** False when some SQL or migration of the doc may make columns unique without the table model knowing (once per model). */
function schemaReadWhole(model) {
    let whole = readWhole.get(model);
    if (whole === undefined) {
        whole = readsWhole(model);
        readWhole.set(model, whole);
    }
    return whole;
}
function readsWhole(model) {
    for (const block of model.blocks) {
        const code = block.code;
        if (code?.language === 'sql') {
            if (code.errors.length > 0)
                return false;
            for (const statement of code.statements) {
                const kind = statement.stmt ? Object.keys(statement.stmt)[0] : undefined;
                if (kind && readStatements.has(kind))
                    continue;
                if (/\bunique\b/i.test(block.value.slice(statement.start, statement.end)))
                    return false;
            }
        }
        else if (code?.language === 'elixir' && /unique_index|unique\s+index/i.test(block.value)) {
            return false;
        }
    }
    return true;
}
/**
 * The tenant attribute under attribute multitenancy; undefined without it;
 * null when the `multitenancy` section says something not readable.
 */
function tenantOf(resource) {
    const multitenancy = resource.multitenancy;
    if (!multitenancy)
        return undefined;
    if (multitenancy.strategy === 'context')
        return undefined;
    if (multitenancy.strategy !== 'attribute' || !multitenancy.attribute)
        return null;
    return multitenancy.attribute.name;
}
/** The `postgres` block's options about unique indexes; undefined when one of them cannot be read. */
function readPostgresOptions(resource) {
    const result = { skipped: new Set(), indexNames: new Map(), customUniqueSets: [] };
    const postgres = resource.postgres;
    if (!postgres)
        return result;
    const skip = findOption(postgres.options, 'skip_unique_indexes')?.value;
    if (skip) {
        const atoms = atomList(skip);
        if (!atoms)
            return undefined;
        for (const atom of atoms)
            result.skipped.add(atom.value);
    }
    const names = findOption(postgres.options, 'identity_index_names')?.value;
    for (const pair of keywordPairs(names) ?? []) {
        if (pair.value.kind === 'string' && !pair.value.interpolated)
            result.indexNames.set(pair.key, pair.value.value);
    }
    for (const section of postgres.call.body ?? []) {
        if (section.name === 'custom_statements') {
            if (/\bunique\b/i.test(section.node.text))
                return undefined;
        }
        else if (section.name === 'custom_indexes') {
            if (section.elision)
                return undefined;
            for (const call of section.body ?? []) {
                const fields = customUniqueIndex(call);
                if (fields === null)
                    return undefined;
                if (fields)
                    result.customUniqueSets.push(fields);
            }
        }
    }
    return result;
}
/** The fields of a unique custom index; undefined for one not unique; null when unreadable (an expression, a value not literal). */
function customUniqueIndex(call) {
    if (call.name !== 'index')
        return undefined;
    const unique = findOption(entityOptions(call), 'unique')?.value;
    if (!unique)
        return undefined;
    if (unique.kind !== 'boolean')
        return null;
    if (!unique.value)
        return undefined;
    const value = call.args[0] ?? findOption(entityOptions(call), 'fields')?.value;
    const items = value?.kind === 'list' && value.pairs.length === 0 ? value.items : value ? [value] : [];
    const fields = [];
    for (const item of items) {
        // `{:desc, :field}`: the field is the second element.
        const field = item.kind === 'tuple' && item.items.length === 2 ? item.items[1] : item;
        if (field.kind === 'atom')
            fields.push(field.value);
        else if (field.kind === 'string' && !field.interpolated && plainColumn.test(field.value))
            fields.push(field.value);
        else
            return null;
    }
    return fields.length > 0 ? fields : null;
}
/** The column sets the table keeps unique: its primary key, UNIQUE constraints and unique indexes. */
function tableUniqueSets(table) {
    const sets = [];
    const primaryKey = table.columns.filter((column) => column.primaryKey).map((column) => column.name);
    if (primaryKey.length > 0)
        sets.push(primaryKey);
    for (const constraint of table.uniques)
        sets.push(constraint.columns);
    for (const index of table.indexes)
        if (index.unique)
            sets.push(indexColumns(index));
    return sets;
}
/** The columns an index reads: its plain columns and those its expressions read. */
function indexColumns(index) {
    return unique([...index.columns.filter((column) => column !== undefined), ...index.expressionColumns]);
}
function unique(values) {
    return [...new Set(values)];
}
function sameSet(a, b) {
    const left = new Set(a);
    return left.size === new Set(b).size && b.every((value) => left.has(value));
}
