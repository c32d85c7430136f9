import { findOption, shortText } from '../src/elixir/dsl.js';
import { joinFor, oneOf, resolveType } from '../src/join/join.js';
import { anyEnum, ashToSql, mappingSchema, mergeMapping } from '../src/join/mappings.js';
import { attributeLabel, attributeNonNull, attributeRelated, attributeTypeText, attributeWhere, inParentheses, nonNullClaim, nullableClaim } from '../src/join/messages.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { catalogTypeName } from '../src/sql/tables.js';
import { joinWords, snakeCase } from '../src/text/words.js';
import { lastSegment } from '../src/elixir/aliases.js';
import { pluralName } from '../src/ash/names.js';
import { tableNearMiss } from '../src/join/near-misses.js';
import { definedHere } from '../src/join/symbols.js';
import { relate } from '../src/document/related.js';
import { identitiesWithoutUniqueIndex } from '../src/join/identities.js';
import { sqlExcerptHint } from '../src/code/excerpts.js';
/** Catalog names of PostgreSQL's built-in types (and `citext`): a column of another type (a domain, an extension's type) is not compared. */
const knownSqlTypes = new Set([
    'text', 'varchar', 'bpchar', 'name', 'citext',
    'int2', 'int4', 'int8', 'serial', 'bigserial', 'smallserial', 'numeric', 'float4', 'float8', 'money',
    'bool', 'uuid', 'date', 'time', 'timetz', 'timestamp', 'timestamptz', 'interval',
    'json', 'jsonb', 'bytea', 'xml', 'inet', 'cidr', 'macaddr', 'tsvector', 'point', 'bit', 'varbit'
]);
export default defineRule({
    id: 'consistency-ash-sql',
    description: 'The attributes of an Ash resource and the columns of its table agree: a column per attribute, types, nullability, primary key, `one_of` values, references, unique indexes of identities',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { types: mappingSchema },
        additionalProperties: false
    }
}, { types: {} }, function (model, file, options) {
    const join = joinFor(model);
    const sql = model.sql;
    if (!sql)
        return;
    const mapping = mergeMapping(ashToSql, options.types);
    const slips = checkTableNames(file, model.sql, join);
    for (const joined of join.resources) {
        const resource = joined.resource;
        const table = joined.table;
        if (!resource || !table)
            continue;
        for (const entry of joined.columns) {
            const { attribute, column } = entry;
            if (!column) {
                if (entry.dropped) {
                    const { place, renamedTo } = entry.dropped;
                    const how = renamedTo ? `renamed to \`${renamedTo}\`` : 'dropped';
                    reportWithRelated(file, `${attributeLabel(attribute, resource)}${inParentheses(attributeWhere(attribute))} has no column: column \`${table.name}.${entry.name}\` is ${how}`, place, [attributeRelated(attribute)]);
                }
                else if (table.created) {
                    const named = entry.name === attribute.name ? '' : ` \`${entry.name}\``;
                    reportWithRelated(file, `${attributeLabel(attribute, resource)}${inParentheses(attributeWhere(attribute))} has no column${named} in table \`${table.name}\``, attribute.place, [{ place: table.place, message: `table \`${table.name}\` created here` }]);
                }
                continue;
            }
            const primaryKeyReported = checkPrimaryKey(file, resource, attribute, column);
            if (!primaryKeyReported)
                checkNullability(file, resource, attribute, column);
            checkType(file, join, sql, mapping, resource, attribute, column);
            checkOneOf(file, sql, resource, attribute, column);
            if (!slips.has(column))
                checkReference(file, join, joined, attribute, column);
        }
        for (const uncovered of identitiesWithoutUniqueIndex(model, joined))
            reportIdentity(file, resource, uncovered);
    }
});
/** An identity with nothing unique on its keys, at its keys, with the CREATE TABLE (and a non-unique index on them) as related places. */
function reportIdentity(file, resource, uncovered) {
    const { identity, table, columns, tenant, nonUnique } = uncovered;
    const qualified = (table.schema ? table.schema + '.' : '') + table.name;
    const quoted = columns.map((column) => '`' + column + '`');
    const on = columns.length === 1 ? `column \`${table.name}.${columns[0]}\`` : `columns ${joinWords(quoted, 'and')} of table \`${table.name}\``;
    const withTenant = tenant ? ` (with the tenant attribute \`${tenant}\`)` : '';
    const partial = findOption(identity.options, 'where') ? ' WHERE …' : '';
    const expected = nonUnique
        ? `index${nonUnique.name ? ` \`${nonUnique.name}\`` : ''} on ${columns.length === 1 ? 'it' : 'them'} is not UNIQUE`
        : `expected \`CREATE UNIQUE INDEX ${uncovered.indexName} ON ${qualified} (${columns.join(', ')})${partial}\``;
    reportWithRelated(file, `Identity \`${identity.name}\` of \`${resource.module}\` has no unique index or constraint on ${on}${withTenant}: ${expected}`, uncovered.keysPlace, [
        { place: table.place, message: `table \`${table.name}\` created here` },
        ...(nonUnique ? [{ place: nonUnique.place, message: `index${nonUnique.name ? ` \`${nonUnique.name}\`` : ''} (not UNIQUE) here` }] : [])
    ]).note = sqlExcerptHint;
}
function columnLabel(column) {
    return `column \`${column.table.name}.${column.name}\``;
}
function checkPrimaryKey(file, resource, attribute, column) {
    if (attribute.primaryKey === column.primaryKey)
        return false;
    // A column only touched by an ALTER may be in a primary key the doc does not show.
    if (!column.primaryKey && !column.known.constraints)
        return false;
    const where = inParentheses(attributeWhere(attribute));
    const reason = attribute.primaryKey
        ? `${attributeLabel(attribute, resource)} is the primary key${where} but ${columnLabel(column)} is not in the table's PRIMARY KEY`
        : `${attributeLabel(attribute, resource)} is not a primary key${where} but ${columnLabel(column)} is in the table's PRIMARY KEY`;
    const primaryKey = !attribute.primaryKey && column.primaryKeyPlace && !samePlace(column.primaryKeyPlace, column.place) ? column.primaryKeyPlace : undefined;
    reportWithRelated(file, reason, column.place, [
        attributeRelated(attribute),
        ...(primaryKey ? [{ place: primaryKey, message: `PRIMARY KEY of table \`${column.table.name}\` here` }] : [])
    ]);
    return true;
}
function checkNullability(file, resource, attribute, column) {
    if (!column.known.nullability)
        return;
    const nonNull = attributeNonNull(attribute);
    if (nonNull && !column.notNull) {
        const place = column.nullabilityPlace ?? column.place;
        reportWithRelated(file, `${attributeLabel(attribute, resource)} ${nonNullClaim(attribute)} but ${columnLabel(column)} is nullable`, place, [attributeRelated(attribute)]);
    }
    else if (!nonNull && column.notNull) {
        const place = column.nullabilityPlace ?? column.place;
        reportWithRelated(file, `${attributeLabel(attribute, resource)} ${nullableClaim(attribute)} but ${columnLabel(column)} is NOT NULL`, place, [attributeRelated(attribute)]);
    }
}
/** `\`text\`, \`character varying\` or an enum type of the doc`. */
function describeSqlTypes(expected) {
    const parts = expected.filter((name) => name !== anyEnum).map((name) => '`' + name + '`');
    if (expected.includes(anyEnum))
        parts.push('an enum type of the doc');
    return joinWords(parts, 'or');
}
function checkType(file, join, sql, mapping, resource, attribute, column) {
    const type = column.type;
    if (!column.known.type || !type)
        return;
    if (checkPostgresType(file, resource, attribute, column))
        return;
    const resolved = resolveType(join, attribute.type, mapping, 'storage');
    // Type modules the doc does not resolve are left alone.
    if (!resolved || resolved.module)
        return;
    const expected = mapping[resolved.name];
    if (!expected)
        return;
    const isEnum = sql.enums.has(type.name);
    if (!isEnum && !knownSqlTypes.has(type.name))
        return;
    const arrays = resolved.arrays > 0;
    const columnArray = type.arrayDimensions > 0;
    const matches = arrays === columnArray &&
        expected.some((name) => (name === anyEnum ? isEnum : catalogTypeName(name) === type.name));
    if (matches)
        return;
    const stored = resolved.name !== baseName(attribute) ? `stored as \`:${resolved.name}\`` : '';
    const wanted = (arrays ? 'an array of ' : '') + describeSqlTypes(expected);
    const notes = [stored, attributeWhere(attribute)].filter(Boolean).join(', ');
    reportWithRelated(file, `${attributeLabel(attribute, resource)} is \`${attributeTypeText(attribute)}\`${inParentheses(notes)} but ${columnLabel(column)} is \`${type.text}\`: expected ${wanted}`, type.place, [attributeRelated(attribute)]);
}
/**
 * Ecto migration types (what `migration_types` and `storage_types` name) as
 * PostgreSQL writes them; a type not listed here is not checked.
 */
const ectoColumnTypes = {
    string: 'character varying',
    varchar: 'character varying',
    text: 'text',
    citext: 'citext',
    integer: 'integer',
    bigint: 'bigint',
    smallint: 'smallint',
    float: 'double precision',
    decimal: 'numeric',
    numeric: 'numeric',
    boolean: 'boolean',
    uuid: 'uuid',
    binary_id: 'uuid',
    binary: 'bytea',
    map: 'jsonb',
    jsonb: 'jsonb',
    json: 'json',
    date: 'date',
    time: 'time without time zone',
    naive_datetime: 'timestamp without time zone',
    naive_datetime_usec: 'timestamp without time zone',
    utc_datetime: 'timestamp without time zone',
    utc_datetime_usec: 'timestamp without time zone',
    timestamptz: 'timestamp with time zone'
};
/**
 * AshPostgres (v2.12.0) stores an attribute named in the `postgres` block's
 * `migration_types` or `storage_types` as that type, whatever its Ash type:
 * the column must have it. True when the attribute is named there (then the
 * Ash type's mapping does not apply).
 */
function checkPostgresType(file, resource, attribute, column) {
    const postgres = resource.postgres;
    if (!postgres || !column.type)
        return false;
    for (const key of ['migration_types', 'storage_types']) {
        const value = findOption(postgres.options, key)?.value;
        const pairs = value?.kind === 'keyword' || value?.kind === 'list' ? value.pairs : [];
        const pair = pairs.find((candidate) => candidate.key === attribute.name);
        if (!pair)
            continue;
        let written = pair.value;
        let array = false;
        if (written.kind === 'tuple' && written.items[0]?.kind === 'atom' && written.items[0].value === 'array' && written.items[1]) {
            array = true;
            written = written.items[1];
        }
        // `{:varchar, 255}`, `{:decimal, 10, 2}`: the type is the head.
        if (written.kind === 'tuple' && written.items[0])
            written = written.items[0];
        if (written.kind !== 'atom')
            return true;
        const expected = ectoColumnTypes[written.value];
        if (!expected)
            return true;
        const type = column.type;
        if (catalogTypeName(expected) === type.name && array === type.arrayDimensions > 0)
            return true;
        if (!knownSqlTypes.has(type.name))
            return true;
        reportWithRelated(file, `${attributeLabel(attribute, resource)} has \`${key}\` \`${shortText(pair.value.text)}\` in its \`postgres\` block but ${columnLabel(column)} is \`${type.text}\`: expected ${array ? 'an array of ' : ''}\`${expected}\``, type.place, [{ place: pair.place, message: `\`${key}\` of attribute \`${attribute.name}\` here` }]);
        return true;
    }
    return false;
}
/** The type under an attribute's arrays, as the mapping tables name it (`string`, `MyApp.Types.Money`). */
function baseName(attribute) {
    let type = attribute.type;
    while (type?.kind === 'array')
        type = type.of;
    return type?.kind === 'atom' ? type.name : type?.kind === 'module' ? type.module.name : undefined;
}
function sameSet(a, b) {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((value) => right.has(value));
}
function checkOneOf(file, sql, resource, attribute, column) {
    const allowed = oneOf(attribute.options);
    if (!allowed)
        return;
    const enumType = column.known.type && column.type ? sql.enums.get(column.type.name) : undefined;
    let values;
    let where;
    let place;
    const related = [{ place: allowed.place, message: `\`one_of\` of attribute \`${attribute.name}\` here` }];
    if (column.checkIn) {
        values = column.checkIn.values;
        where = 'CHECK';
        place = column.checkIn.place;
    }
    else if (enumType) {
        values = enumType.labels;
        where = `enum \`${enumType.name}\``;
        place = column.type.place;
        related.push({ place: enumType.place, message: `enum \`${enumType.name}\` created here` });
    }
    else
        return;
    if (sameSet(allowed.values, values))
        return;
    const atoms = '[' + allowed.values.map((value) => ':' + value).join(', ') + ']';
    const quoted = values.map((value) => "'" + value + "'").join(', ');
    reportWithRelated(file, `${attributeLabel(attribute, resource)} allows \`one_of: ${atoms}\` but ${columnLabel(column)} allows ${quoted} (${where})`, place, related);
}
function checkReference(file, join, joined, attribute, column) {
    // Without a REFERENCES, the column must be one whose constraints the doc states in full.
    if (!column.references && !column.known.constraints)
        return;
    const resource = joined.resource;
    const relationship = resource.relationships.find((candidate) => candidate.kind === 'belongs_to' && candidate.sourceAttribute === attribute.name);
    if (!relationship?.destination)
        return;
    const destination = join.byModule.get(relationship.destination.name);
    // The destination's table is known only for a resource the doc defines.
    if (!destination?.resource || !destination.tableName)
        return;
    const claim = `\`belongs_to :${relationship.name}\` of \`${resource.module}\` points at table \`${destination.tableName}\` of \`${destination.module}\``;
    const related = [{ place: relationship.place, message: `\`belongs_to :${relationship.name}\` defined here` }];
    if (!column.references) {
        reportWithRelated(file, `${claim} but ${columnLabel(column)} has no REFERENCES`, column.place, related);
    }
    else if (column.references.table !== destination.tableName) {
        reportWithRelated(file, `${claim} but ${columnLabel(column)} REFERENCES \`${column.references.table}\``, column.references.place, related);
    }
}
/**
 * Table names that are singular/plural slips: a REFERENCES to `customer`
 * when the doc's table (or, when the doc shows no such table, the
 * conventional table of a resource it knows) is `customers`, and a
 * statement on `invoice` under `### Table: invoices`. A schema that names
 * tables in the singular (a resource's table is its singular name) draws no
 * message for tables the doc does not show. Returns the columns reported.
 */
function checkTableNames(file, sql, join) {
    const reported = new Set();
    const tables = [...sql.tables.values()];
    const shown = tables.filter((table) => table.created).map((table) => table.name);
    const singularSchema = join.resources.some((joined) => shown.includes(snakeCase(lastSegment(joined.module))));
    const conventional = new Map();
    if (!singularSchema) {
        for (const joined of join.resources)
            conventional.set(joined.tableName ?? pluralName(joined.module), joined.module);
    }
    for (const table of tables) {
        for (const column of table.columns) {
            const reference = column.references;
            if (!reference || reference.schema || sql.tables.get(reference.table)?.created)
                continue;
            const near = tableNearMiss(reference.table, shown);
            if (near) {
                reported.add(column);
                const message = file.message(`\`${table.name}.${column.name}\` REFERENCES \`${reference.table}\`, which the doc does not create: did you mean \`${near}\`?`, { place: reference.place });
                relate(message, definedHere({ name: near, place: sql.tables.get(near).place }, `Table \`${near}\``));
                continue;
            }
            const conventionalTable = tableNearMiss(reference.table, conventional.keys());
            if (conventionalTable && !sql.tables.has(conventionalTable)) {
                reported.add(column);
                file.message(`\`${table.name}.${column.name}\` REFERENCES \`${reference.table}\`, but the table of \`${conventional.get(conventionalTable)}\` is \`${conventionalTable}\`: did you mean \`${conventionalTable}\`?`, { place: reference.place });
            }
        }
        // A statement on a table the doc does not create, under the subsection of its plural (or singular).
        if (table.created)
            continue;
        for (const source of table.alters) {
            const subsection = source.block.subsection;
            const named = subsection?.form?.form.heading.startsWith('Table:') ? subsection.name : undefined;
            if (!named || !tableNearMiss(table.name, [named]))
                continue;
            const inStatement = table.place.start.offset !== undefined && source.place.start.offset !== undefined && table.place.start.offset >= source.place.start.offset && table.place.end.offset <= source.place.end.offset;
            const message = file.message(`\`ALTER TABLE ${table.name}\` under \`### ${subsection.heading.text}\`: did you mean \`${named}\`?`, { place: inStatement ? table.place : source.place });
            relate(message, definedHere({ name: named, place: subsection.heading.position }, `\`### ${subsection.heading.text}\``));
            break;
        }
    }
    return reported;
}
function samePlace(a, b) {
    return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}
