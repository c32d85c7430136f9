import { locationOffset } from '../code/sql.js';
/** The model stage. */
export function understandTables(model) {
    const schema = { tables: new Map(), enums: new Map(), indexes: [] };
    for (const block of model.blocks) {
        if (block.code?.language !== 'sql')
            continue;
        for (const statement of block.code.statements) {
            if (!statement.stmt)
                continue;
            readStatement(schema, block, statement);
        }
    }
    model.sql = schema;
}
function node(value, type) {
    if (!value || typeof value !== 'object')
        return undefined;
    const inner = value[type];
    return inner && typeof inner === 'object' ? inner : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function strings(value) {
    return list(value)
        .map((item) => node(item, 'String')?.sval)
        .filter((item) => typeof item === 'string');
}
function number(value) {
    return typeof value === 'number' ? value : undefined;
}
/** The string or number of an `A_Const`, unwrapping casts (`'a'::text`). */
function constantText(value) {
    const cast = node(value, 'TypeCast');
    if (cast)
        return constantText(cast.arg);
    const constant = node(value, 'A_Const');
    if (!constant)
        return undefined;
    const sval = node(constant, 'sval');
    if (sval && typeof sval.sval === 'string')
        return sval.sval;
    const ival = node(constant, 'ival');
    if (ival)
        return String(ival.ival ?? 0);
    const fval = node(constant, 'fval');
    if (fval && typeof fval.fval === 'string')
        return fval.fval;
    return undefined;
}
/** The column a `ColumnRef` names (its last field), unwrapping casts. */
function columnRefName(value) {
    const cast = node(value, 'TypeCast');
    if (cast)
        return columnRefName(cast.arg);
    const ref = node(value, 'ColumnRef');
    if (!ref)
        return undefined;
    const fields = strings(ref.fields);
    return fields[fields.length - 1];
}
function sourceOf(context) {
    const { block, statement } = context;
    return { block, statement, place: block.map.placeAt(statement.start, statement.end) };
}
/** The block offset of a `location` of the statement. */
function offsetOf(context, location) {
    const value = number(location);
    return value === undefined ? context.statement.start : locationOffset(context.block, context.statement, value);
}
/** End of an identifier (plain or `"quoted"`) starting at `start` of the block. */
function identifierEnd(text, start) {
    if (text.charAt(start) === '"') {
        let index = start + 1;
        while (index < text.length) {
            if (text.charAt(index) === '"') {
                if (text.charAt(index + 1) === '"')
                    index += 2;
                else
                    return index + 1;
            }
            else
                index++;
        }
        return text.length;
    }
    const match = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(text.slice(start));
    return start + (match ? match[0].length : 0);
}
/** End of a qualified name (`public.users`) at `start`. */
function qualifiedEnd(text, start) {
    let end = identifierEnd(text, start);
    while (text.charAt(end) === '.' && end > start)
        end = identifierEnd(text, end + 1);
    return end;
}
function identifierPlace(context, location) {
    const start = offsetOf(context, location);
    const end = qualifiedEnd(context.block.value, start);
    return context.block.map.placeAt(start, end);
}
/** Words that end a column type in a column definition. */
const typeStopWords = new Set([
    'not',
    'null',
    'default',
    'primary',
    'references',
    'check',
    'unique',
    'constraint',
    'collate',
    'generated',
    'using',
    'deferrable',
    'initially',
    'compression',
    'storage'
]);
/** The text of a type starting at `start` (up to a constraint, a `,` or `)` outside brackets, `;`). */
function typeEnd(text, start, limit) {
    const token = /\s+|"(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}_][\p{L}\p{N}_$]*|\d+|./suy;
    token.lastIndex = start;
    let depth = 0;
    let end = start;
    while (token.lastIndex < limit) {
        const at = token.lastIndex;
        const match = token.exec(text);
        if (!match)
            break;
        const value = match[0];
        if (/^\s+$/.test(value))
            continue;
        if (depth === 0 && (value === ',' || value === ')' || value === ';'))
            break;
        if (depth === 0 && /^[\p{L}_]/u.test(value) && typeStopWords.has(value.toLowerCase()) && at > start)
            break;
        if (value === '(' || value === '[')
            depth++;
        else if (value === ')' || value === ']')
            depth--;
        end = at + value.length;
    }
    return Math.min(end, limit);
}
/** Catalog names of the SQL-standard spellings libpg-query does not rewrite. */
const typeAliases = {
    integer: 'int4',
    int: 'int4',
    smallint: 'int2',
    bigint: 'int8',
    boolean: 'bool',
    real: 'float4',
    float: 'float8',
    'double precision': 'float8',
    decimal: 'numeric',
    'character varying': 'varchar',
    character: 'bpchar',
    char: 'bpchar',
    'timestamp without time zone': 'timestamp',
    'timestamp with time zone': 'timestamptz',
    'time without time zone': 'time',
    'time with time zone': 'timetz',
    serial4: 'serial',
    serial8: 'bigserial',
    serial2: 'smallserial'
};
/**
 * The catalog name of a type as a person writes it (`INTEGER` → `int4`,
 * `character varying` → `varchar`, `timestamp with time zone` →
 * `timestamptz`): how mapping tables written by hand are compared with the
 * model.
 */
export function catalogTypeName(written) {
    const spaced = written.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^pg_catalog\./, '');
    // Drop a final `(…)` (modifiers) and the space before it, in plain code: a regex for it is quadratic.
    const open = spaced.indexOf('(');
    const clean = open !== -1 && spaced.endsWith(')') && open < spaced.length - 1 ? spaced.slice(0, open).trimEnd() : spaced;
    return typeAliases[clean] ?? clean;
}
function readType(context, typeName, limit) {
    if (!typeName)
        return undefined;
    const names = strings(typeName.names);
    if (names.length === 0)
        return undefined;
    const start = offsetOf(context, typeName.location);
    const end = typeEnd(context.block.value, start, limit);
    const typmods = [];
    for (const modifier of list(typeName.typmods)) {
        const text = constantText(modifier);
        if (text !== undefined && /^-?\d+$/.test(text))
            typmods.push(Number(text));
    }
    const name = names[names.length - 1].toLowerCase();
    const schema = names.length > 1 ? names[names.length - 2] : undefined;
    return {
        name: schema === 'pg_catalog' ? name : (typeAliases[name] ?? name),
        schema,
        arrayDimensions: list(typeName.arrayBounds).length,
        typmods,
        text: context.block.value.slice(start, end),
        place: context.block.map.placeAt(start, end)
    };
}
// ---------------------------------------------------------------------------
// Statements
function readStatement(schema, block, statement) {
    const context = { schema, block, statement };
    const stmt = statement.stmt;
    const create = node(stmt, 'CreateStmt');
    if (create)
        return readCreateTable(context, create);
    const alter = node(stmt, 'AlterTableStmt');
    if (alter)
        return readAlterTable(context, alter);
    const index = node(stmt, 'IndexStmt');
    if (index)
        return readIndex(context, index);
    const createEnum = node(stmt, 'CreateEnumStmt');
    if (createEnum)
        return readEnum(context, createEnum);
    const alterEnum = node(stmt, 'AlterEnumStmt');
    if (alterEnum)
        return readAlterEnum(context, alterEnum);
    const rename = node(stmt, 'RenameStmt');
    if (rename)
        return readRename(context, rename);
}
/** The table a `RangeVar` names, created in the model on first sight. */
function tableOf(context, relation) {
    const name = typeof relation?.relname === 'string' ? relation.relname : undefined;
    if (!name || !relation)
        return undefined;
    let table = context.schema.tables.get(name);
    if (!table) {
        table = {
            name,
            schema: typeof relation.schemaname === 'string' ? relation.schemaname : undefined,
            place: identifierPlace(context, relation.location),
            alters: [],
            columns: [],
            dropped: [],
            indexes: [],
            uniques: []
        };
        context.schema.tables.set(name, table);
    }
    if (context.block.code?.language === 'sql')
        table.excerpt ??= context.block.code.excerpt;
    return table;
}
function findColumn(table, name) {
    return table.columns.find((column) => column.name === name);
}
function readCreateTable(context, create) {
    const relation = node(create, 'relation');
    const existing = typeof relation?.relname === 'string' ? context.schema.tables.get(relation.relname) : undefined;
    // A second CREATE of the same table is another rule's business; the first one stands.
    if (existing?.created)
        return;
    const table = tableOf(context, relation);
    if (!table)
        return;
    table.created = sourceOf(context);
    if (existing)
        table.place = identifierPlace(context, relation.location);
    const elements = list(create.tableElts);
    for (const element of elements) {
        const definition = node(element, 'ColumnDef');
        if (definition) {
            const column = readColumnDefinition(context, table, definition, 'create');
            if (column) {
                const old = findColumn(table, column.name);
                if (old)
                    table.columns.splice(table.columns.indexOf(old), 1, column);
                else
                    table.columns.push(column);
            }
        }
    }
    for (const element of elements) {
        const constraint = node(element, 'Constraint');
        if (constraint)
            applyTableConstraint(context, table, constraint);
    }
}
function newColumn(table, name, place, origin) {
    const full = origin !== 'alter';
    return {
        table,
        name,
        place,
        origin,
        known: { type: full, nullability: full, constraints: full },
        notNull: false,
        primaryKey: false
    };
}
function readColumnDefinition(context, table, definition, origin) {
    const name = typeof definition.colname === 'string' ? definition.colname : undefined;
    if (!name)
        return undefined;
    const column = newColumn(table, name, identifierPlace(context, definition.location), origin);
    column.type = readType(context, node(definition, 'typeName'), context.statement.end);
    for (const item of list(definition.constraints)) {
        const constraint = node(item, 'Constraint');
        if (constraint)
            applyColumnConstraint(context, column, constraint);
    }
    return column;
}
/** The place of a constraint's keyword(s) (`NOT NULL`, `PRIMARY KEY`, `REFERENCES`, `CHECK`). */
function constraintPlace(context, constraint) {
    const start = offsetOf(context, constraint.location);
    const text = context.block.value;
    const keyword = /^(?:CONSTRAINT\s+(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{N}_$]*)\s+)?(?:NOT\s+NULL|NULL|PRIMARY\s+KEY|DEFAULT|CHECK|UNIQUE|REFERENCES|FOREIGN\s+KEY)/iu.exec(text.slice(start));
    return context.block.map.placeAt(start, start + (keyword ? keyword[0].length : 0));
}
function applyColumnConstraint(context, column, constraint) {
    const place = constraintPlace(context, constraint);
    switch (constraint.contype) {
        case 'CONSTR_NOTNULL':
            column.notNull = true;
            column.nullabilityPlace = place;
            break;
        case 'CONSTR_NULL':
            column.notNull = false;
            column.nullabilityPlace = place;
            break;
        case 'CONSTR_PRIMARY':
            column.primaryKey = true;
            column.primaryKeyPlace = place;
            column.notNull = true;
            column.nullabilityPlace ??= place;
            break;
        case 'CONSTR_DEFAULT': {
            const start = offsetOf(context, constraint.location);
            const end = typeEnd(context.block.value, start + 'default'.length, context.statement.end);
            column.default = { text: context.block.value.slice(start, end).replace(/^default\s*/i, ''), place: context.block.map.placeAt(start, end) };
            break;
        }
        case 'CONSTR_FOREIGN':
            column.references = readReference(context, constraint, 0);
            break;
        case 'CONSTR_UNIQUE':
            column.table.uniques.push({ columns: [column.name], place });
            break;
        case 'CONSTR_CHECK': {
            const found = inLists(constraint.raw_expr).get(column.name);
            if (found)
                column.checkIn = { values: found, place };
            break;
        }
        default:
            break;
    }
}
function readReference(context, constraint, index) {
    const pktable = node(constraint, 'pktable');
    if (typeof pktable?.relname !== 'string')
        return undefined;
    const columns = strings(constraint.pk_attrs);
    return {
        table: pktable.relname,
        schema: typeof pktable.schemaname === 'string' ? pktable.schemaname : undefined,
        column: columns[index],
        place: constraintPlace(context, constraint)
    };
}
/** Table constraints: `PRIMARY KEY (a, b)`, `FOREIGN KEY (a) REFERENCES t(id)`, `CHECK (a IN (...))`. */
function applyTableConstraint(context, table, constraint) {
    const place = constraintPlace(context, constraint);
    // A constraint of a table the doc only alters touches the columns it names;
    // in a table the doc creates, a column it does not define is ignored.
    const touch = (name) => {
        let column = findColumn(table, name);
        if (!column && !table.created) {
            column = newColumn(table, name, place, 'alter');
            table.columns.push(column);
        }
        return column;
    };
    switch (constraint.contype) {
        case 'CONSTR_PRIMARY': {
            const keys = strings(constraint.keys);
            table.primaryKey = { columns: keys, place };
            for (const key of keys) {
                const column = touch(key);
                if (!column)
                    continue;
                column.primaryKey = true;
                column.primaryKeyPlace = place;
                column.notNull = true;
                column.nullabilityPlace ??= place;
            }
            break;
        }
        case 'CONSTR_FOREIGN': {
            strings(constraint.fk_attrs).forEach(function (name, index) {
                const column = touch(name);
                if (column)
                    column.references = readReference(context, constraint, index);
            });
            break;
        }
        case 'CONSTR_CHECK': {
            for (const [name, values] of inLists(constraint.raw_expr)) {
                const column = touch(name);
                if (column)
                    column.checkIn = { values, place };
            }
            break;
        }
        case 'CONSTR_UNIQUE': {
            const keys = strings(constraint.keys);
            if (keys.length > 0)
                table.uniques.push({ columns: keys, place });
            else
                table.otherUniqueness ??= place;
            break;
        }
        case 'CONSTR_EXCLUSION':
            table.otherUniqueness ??= place;
            break;
        default:
            break;
    }
}
/**
 * The `col IN ('a', 'b')` and `col = ANY (ARRAY['a', 'b'])` lists of a
 * CHECK expression, by column; a column with two lists has none.
 */
function inLists(expression) {
    const found = new Map();
    const visit = (value) => {
        const bool = node(value, 'BoolExpr');
        if (bool) {
            for (const argument of list(bool.args))
                visit(argument);
            return;
        }
        const expr = node(value, 'A_Expr');
        if (!expr)
            return;
        const column = columnRefName(expr.lexpr);
        if (!column)
            return;
        let items;
        if (expr.kind === 'AEXPR_IN')
            items = list(node(expr.rexpr, 'List')?.items ?? expr.rexpr);
        else if (expr.kind === 'AEXPR_OP_ANY' && strings(expr.name)[0] === '=') {
            let array = expr.rexpr;
            while (node(array, 'TypeCast'))
                array = node(array, 'TypeCast').arg;
            items = list(node(array, 'A_ArrayExpr')?.elements);
        }
        if (!items)
            return;
        const values = items.map(constantText);
        if (values.length === 0 || values.some((text) => text === undefined))
            return;
        found.set(column, found.has(column) ? undefined : values);
    };
    visit(expression);
    const result = new Map();
    for (const [column, values] of found)
        if (values)
            result.set(column, values);
    return result;
}
/** Every column an expression reads (each `ColumnRef`'s last field), into `into`. */
function collectColumnRefs(value, into) {
    if (Array.isArray(value)) {
        for (const item of value)
            collectColumnRefs(item, into);
        return;
    }
    if (!value || typeof value !== 'object')
        return;
    const name = node(value, 'ColumnRef') ? columnRefName(value) : undefined;
    if (name !== undefined) {
        if (!into.includes(name))
            into.push(name);
        return;
    }
    for (const inner of Object.values(value))
        collectColumnRefs(inner, into);
}
/** The place of a column name after `keyword` in the statement (ALTER/DROP COLUMN carry no location). */
function namePlaceAfter(context, keyword, name) {
    const { block, statement } = context;
    const text = block.value.slice(statement.start, statement.end);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(keyword.source + '\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?("?)' + escaped + '\\1(?![\\p{L}\\p{N}_$])', 'giu');
    const match = pattern.exec(text);
    if (!match)
        return block.map.placeAt(statement.start, statement.start);
    const start = statement.start + match.index + match[0].length - name.length - match[1].length * 2;
    return block.map.placeAt(start, statement.start + match.index + match[0].length);
}
function readAlterTable(context, alter) {
    if (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')
        return;
    const table = tableOf(context, node(alter, 'relation'));
    if (!table)
        return;
    table.alters.push(sourceOf(context));
    const touch = (name, place) => {
        let column = findColumn(table, name);
        if (!column) {
            column = newColumn(table, name, place, 'alter');
            table.columns.push(column);
        }
        return column;
    };
    for (const item of list(alter.cmds)) {
        const command = node(item, 'AlterTableCmd');
        if (!command)
            continue;
        const name = typeof command.name === 'string' ? command.name : undefined;
        switch (command.subtype) {
            case 'AT_AddColumn': {
                const definition = node(command.def, 'ColumnDef');
                if (!definition)
                    break;
                const column = readColumnDefinition(context, table, definition, 'add');
                if (!column)
                    break;
                const old = findColumn(table, column.name);
                if (old)
                    table.columns.splice(table.columns.indexOf(old), 1, column);
                else
                    table.columns.push(column);
                table.dropped = table.dropped.filter((dropped) => dropped.name !== column.name);
                break;
            }
            case 'AT_DropColumn': {
                if (!name)
                    break;
                const place = namePlaceAfter(context, /\bDROP/, name);
                table.columns = table.columns.filter((column) => column.name !== name);
                table.dropped.push({ name, place });
                break;
            }
            case 'AT_SetNotNull':
            case 'AT_DropNotNull': {
                if (!name)
                    break;
                const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
                column.known.nullability = true;
                column.notNull = command.subtype === 'AT_SetNotNull';
                column.nullabilityPlace = namePlaceAfter(context, /\bALTER/, name);
                break;
            }
            case 'AT_AlterColumnType': {
                if (!name)
                    break;
                const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
                const definition = node(command.def, 'ColumnDef');
                const type = readType(context, node(definition, 'typeName'), context.statement.end);
                if (type) {
                    column.type = type;
                    column.known.type = true;
                }
                break;
            }
            case 'AT_ColumnDefault': {
                if (!name)
                    break;
                const column = touch(name, namePlaceAfter(context, /\bALTER/, name));
                if (command.def) {
                    const text = constantText(command.def);
                    column.default = { text: text ?? '', place: column.place };
                }
                else
                    column.default = undefined;
                break;
            }
            case 'AT_AddConstraint': {
                const constraint = node(command.def, 'Constraint');
                if (constraint)
                    applyTableConstraint(context, table, constraint);
                break;
            }
            default:
                break;
        }
    }
}
function readRename(context, rename) {
    if (rename.renameType !== 'OBJECT_COLUMN')
        return;
    const table = tableOf(context, node(rename, 'relation'));
    const from = typeof rename.subname === 'string' ? rename.subname : undefined;
    const to = typeof rename.newname === 'string' ? rename.newname : undefined;
    if (!table || !from || !to)
        return;
    table.alters.push(sourceOf(context));
    const place = namePlaceAfter(context, /\bTO/, to);
    const column = findColumn(table, from);
    if (column) {
        column.name = to;
        column.place = place;
    }
    else
        table.columns.push(newColumn(table, to, place, 'alter'));
    table.dropped = table.dropped.filter((dropped) => dropped.name !== to);
    table.dropped.push({ name: from, place: namePlaceAfter(context, /\bRENAME/, from), renamedTo: to });
}
function readIndex(context, index) {
    const relation = node(index, 'relation');
    const table = tableOf(context, relation);
    if (!table)
        return;
    const expressionColumns = [];
    const columns = list(index.indexParams).map(function (param) {
        const element = node(param, 'IndexElem');
        if (typeof element?.name === 'string')
            return element.name;
        collectColumnRefs(element?.expr, expressionColumns);
        return undefined;
    });
    const source = sourceOf(context);
    const entry = {
        name: typeof index.idxname === 'string' ? index.idxname : undefined,
        table: table.name,
        unique: index.unique === true,
        columns,
        expressionColumns,
        place: source.place
    };
    table.indexes.push(entry);
    context.schema.indexes.push(entry);
}
function readEnum(context, create) {
    const names = strings(create.typeName);
    const name = names[names.length - 1];
    if (!name || context.schema.enums.has(name))
        return;
    context.schema.enums.set(name, {
        name,
        schema: names.length > 1 ? names[names.length - 2] : undefined,
        labels: strings(create.vals),
        place: sourceOf(context).place
    });
}
function readAlterEnum(context, alter) {
    const names = strings(alter.typeName);
    const found = context.schema.enums.get(names[names.length - 1] ?? '');
    if (!found || typeof alter.newVal !== 'string')
        return;
    if (typeof alter.oldVal === 'string') {
        const index = found.labels.indexOf(alter.oldVal);
        if (index !== -1)
            found.labels[index] = alter.newVal;
        return;
    }
    if (found.labels.includes(alter.newVal))
        return;
    const neighbor = typeof alter.newValNeighbor === 'string' ? found.labels.indexOf(alter.newValNeighbor) : -1;
    if (neighbor === -1)
        found.labels.push(alter.newVal);
    else
        found.labels.splice(alter.newValIsAfter === true ? neighbor + 1 : neighbor, 0, alter.newVal);
}
