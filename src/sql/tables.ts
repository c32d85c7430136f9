/**
 * The table model: what the SQL blocks of the doc say about tables, built
 * once per file from the statements libpg-query parsed (`block.code`) by the
 * `understandTables` stage and kept on `model.sql`.
 *
 * It reads `CREATE TABLE` (columns with type, NOT NULL, DEFAULT, PRIMARY
 * KEY, UNIQUE, REFERENCES, CHECK ... IN (...); table constraints), `ALTER TABLE`
 * (ADD / DROP / ALTER COLUMN, ADD CONSTRAINT, RENAME COLUMN), `CREATE INDEX`
 * and `CREATE TYPE ... AS ENUM` (and `ALTER TYPE ... ADD VALUE`).
 *
 * A table the doc only ALTERs is a change to a table that exists elsewhere:
 * its model holds only the columns the statements touch, and each column
 * says which of its facts are known (`SqlColumn.known`).
 *
 * Types are kept as PostgreSQL's catalog names (`INT` and `INTEGER` are
 * `int4`, `TIMESTAMP(0)` is `timestamp`, `TIMESTAMPTZ` is `timestamptz`), so
 * comparisons never depend on how the type was spelt; `text` keeps the
 * spelling for messages.
 */
import type {CodeBlock, DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {locationOffset} from '../code/sql.js'
import type {SqlStatement} from '../code/types.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** The tables, columns, indexes and enum types of the SQL blocks (stage `understandTables`). */
    sql?: SqlSchema
  }
}

export interface SqlSchema {
  /** Tables by name (unqualified, as PostgreSQL folds it), in the order the doc first names them. */
  tables: Map<string, SqlTable>
  /** `CREATE TYPE ... AS ENUM` types by name (unqualified). */
  enums: Map<string, SqlEnum>
  /** Every `CREATE INDEX`, in order. */
  indexes: SqlIndex[]
}

/** Where a statement of the doc is. */
export interface SqlSource {
  block: CodeBlock
  statement: SqlStatement
  /** The statement's place in the Markdown file. */
  place: Place
}

export interface SqlTable {
  name: string
  schema?: string
  /** The table name's place in the first statement that names it. */
  place: Place
  /** The `CREATE TABLE`, when the doc creates the table. */
  created?: SqlSource
  /** `ALTER TABLE` statements on it, in order. */
  alters: SqlSource[]
  /** Columns, in order: those created, added or touched by the doc. */
  columns: SqlColumn[]
  /** Columns dropped by `ALTER TABLE ... DROP COLUMN` or renamed by `RENAME COLUMN` (`renamedTo`). */
  dropped: Array<{name: string; place: Place; renamedTo?: string}>
  /** Table-level `PRIMARY KEY (...)`, if any. */
  primaryKey?: {columns: string[]; place: Place}
  indexes: SqlIndex[]
  /** `UNIQUE` constraints of a column or of the table (`UNIQUE (a, b)`, `ADD CONSTRAINT ... UNIQUE`): their columns. */
  uniques: Array<{columns: string[]; place: Place}>
  /** The first constraint that makes rows unique in a way not read here (`EXCLUDE`, `UNIQUE USING INDEX`). */
  otherUniqueness?: Place
  /** The first elision comment of a block that creates or changes the table (`src/code/excerpts.ts`): the doc shows part of it. */
  excerpt?: Place
}

/** A column type: the catalog name and how it was written. */
export interface SqlType {
  /** Catalog name, lower case (`int4`, `varchar`, `timestamptz`, `citext`, `invoice_status`). */
  name: string
  /** The schema when written (`pg_catalog` for the SQL-standard spellings). */
  schema?: string
  /** Array dimensions (`TEXT[]` → 1). */
  arrayDimensions: number
  /** Type modifiers (`VARCHAR(500)` → [500], `NUMERIC(12, 2)` → [12, 2]). */
  typmods: number[]
  /** As written (`TIMESTAMP WITHOUT TIME ZONE`, `VARCHAR(500)`, `TEXT[]`). */
  text: string
  place: Place
}

export interface SqlColumn {
  table: SqlTable
  name: string
  /** The column name's place in the statement that defines or touches it first. */
  place: Place
  /** How the doc knows it: defined by `CREATE TABLE`, added by `ADD COLUMN`, or only altered. */
  origin: 'create' | 'add' | 'alter'
  /** Which facts the doc states: all of them for a defined or added column, only the altered ones otherwise. */
  known: {type: boolean; nullability: boolean; constraints: boolean}
  type?: SqlType
  /** NOT NULL (a primary key column is not null); meaningful when `known.nullability`. */
  notNull: boolean
  /** The place of what makes it (not) null: `NOT NULL`, `PRIMARY KEY`, `SET NOT NULL`, `DROP NOT NULL`. */
  nullabilityPlace?: Place
  primaryKey: boolean
  /** Where it is made the primary key (`PRIMARY KEY` of the column or the table). */
  primaryKeyPlace?: Place
  default?: {text: string; place: Place}
  references?: SqlReference
  /** `CHECK (col IN ('a', 'b'))` (or `col = ANY (ARRAY[...])`): the allowed values. */
  checkIn?: {values: string[]; place: Place}
}

export interface SqlReference {
  table: string
  schema?: string
  /** The referenced column, when written. */
  column?: string
  place: Place
}

export interface SqlIndex {
  name?: string
  table: string
  unique: boolean
  /** Column names; undefined for an expression. */
  columns: Array<string | undefined>
  /** The columns the expressions read (`lower(email)` → `email`). */
  expressionColumns: string[]
  place: Place
}

export interface SqlEnum {
  name: string
  schema?: string
  labels: string[]
  place: Place
}

/** The model stage. */
export function understandTables(model: DocumentModel): void {
  const schema: SqlSchema = {tables: new Map(), enums: new Map(), indexes: []}
  for (const block of model.blocks) {
    if (block.code?.language !== 'sql') continue
    for (const statement of block.code.statements) {
      if (!statement.stmt) continue
      readStatement(schema, block, statement)
    }
  }
  model.sql = schema
}

// ---------------------------------------------------------------------------
// AST helpers (libpg-query's JSON: `{NodeType: {...}}` wrappers)

type Json = Record<string, unknown>

function node(value: unknown, type: string): Json | undefined {
  if (!value || typeof value !== 'object') return undefined
  const inner = (value as Json)[type]
  return inner && typeof inner === 'object' ? (inner as Json) : undefined
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function strings(value: unknown): string[] {
  return list(value)
    .map((item) => node(item, 'String')?.sval)
    .filter((item): item is string => typeof item === 'string')
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined
}

/** The string or number of an `A_Const`, unwrapping casts (`'a'::text`). */
function constantText(value: unknown): string | undefined {
  const cast = node(value, 'TypeCast')
  if (cast) return constantText(cast.arg)
  const constant = node(value, 'A_Const')
  if (!constant) return undefined
  const sval = node(constant, 'sval')
  if (sval && typeof sval.sval === 'string') return sval.sval
  const ival = node(constant, 'ival')
  if (ival) return String(ival.ival ?? 0)
  const fval = node(constant, 'fval')
  if (fval && typeof fval.fval === 'string') return fval.fval
  return undefined
}

/** The column a `ColumnRef` names (its last field), unwrapping casts. */
function columnRefName(value: unknown): string | undefined {
  const cast = node(value, 'TypeCast')
  if (cast) return columnRefName(cast.arg)
  const ref = node(value, 'ColumnRef')
  if (!ref) return undefined
  const fields = strings(ref.fields)
  return fields[fields.length - 1]
}

// ---------------------------------------------------------------------------
// Places

interface Context {
  schema: SqlSchema
  block: CodeBlock
  statement: SqlStatement
}

function sourceOf(context: Context): SqlSource {
  const {block, statement} = context
  return {block, statement, place: block.map.placeAt(statement.start, statement.end)}
}

/** The block offset of a `location` of the statement. */
function offsetOf(context: Context, location: unknown): number {
  const value = number(location)
  return value === undefined ? context.statement.start : locationOffset(context.block, context.statement, value)
}

/** End of an identifier (plain or `"quoted"`) starting at `start` of the block. */
function identifierEnd(text: string, start: number): number {
  if (text.charAt(start) === '"') {
    let index = start + 1
    while (index < text.length) {
      if (text.charAt(index) === '"') {
        if (text.charAt(index + 1) === '"') index += 2
        else return index + 1
      } else index++
    }
    return text.length
  }
  const match = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(text.slice(start))
  return start + (match ? match[0].length : 0)
}

/** End of a qualified name (`public.users`) at `start`. */
function qualifiedEnd(text: string, start: number): number {
  let end = identifierEnd(text, start)
  while (text.charAt(end) === '.' && end > start) end = identifierEnd(text, end + 1)
  return end
}

function identifierPlace(context: Context, location: unknown): Place {
  const start = offsetOf(context, location)
  const end = qualifiedEnd(context.block.value, start)
  return context.block.map.placeAt(start, end)
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
])

/** The text of a type starting at `start` (up to a constraint, a `,` or `)` outside brackets, `;`). */
function typeEnd(text: string, start: number, limit: number): number {
  const token = /\s+|"(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}_][\p{L}\p{N}_$]*|\d+|./suy
  token.lastIndex = start
  let depth = 0
  let end = start
  while (token.lastIndex < limit) {
    const at = token.lastIndex
    const match = token.exec(text)
    if (!match) break
    const value = match[0]
    if (/^\s+$/.test(value)) continue
    if (depth === 0 && (value === ',' || value === ')' || value === ';')) break
    if (depth === 0 && /^[\p{L}_]/u.test(value) && typeStopWords.has(value.toLowerCase()) && at > start) break
    if (value === '(' || value === '[') depth++
    else if (value === ')' || value === ']') depth--
    end = at + value.length
  }
  return Math.min(end, limit)
}

/** Catalog names of the SQL-standard spellings libpg-query does not rewrite. */
const typeAliases: Record<string, string> = {
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
}

/**
 * The catalog name of a type as a person writes it (`INTEGER` → `int4`,
 * `character varying` → `varchar`, `timestamp with time zone` →
 * `timestamptz`): how mapping tables written by hand are compared with the
 * model.
 */
export function catalogTypeName(written: string): string {
  const spaced = written.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^pg_catalog\./, '')
  // Drop a final `(…)` (modifiers) and the space before it, in plain code: a regex for it is quadratic.
  const open = spaced.indexOf('(')
  const clean = open !== -1 && spaced.endsWith(')') && open < spaced.length - 1 ? spaced.slice(0, open).trimEnd() : spaced
  return typeAliases[clean] ?? clean
}

function readType(context: Context, typeName: Json | undefined, limit: number): SqlType | undefined {
  if (!typeName) return undefined
  const names = strings(typeName.names)
  if (names.length === 0) return undefined
  const start = offsetOf(context, typeName.location)
  const end = typeEnd(context.block.value, start, limit)
  const typmods: number[] = []
  for (const modifier of list(typeName.typmods)) {
    const text = constantText(modifier)
    if (text !== undefined && /^-?\d+$/.test(text)) typmods.push(Number(text))
  }
  const name = names[names.length - 1]!.toLowerCase()
  const schema = names.length > 1 ? names[names.length - 2] : undefined
  return {
    name: schema === 'pg_catalog' ? name : (typeAliases[name] ?? name),
    schema,
    arrayDimensions: list(typeName.arrayBounds).length,
    typmods,
    text: context.block.value.slice(start, end),
    place: context.block.map.placeAt(start, end)
  }
}

// ---------------------------------------------------------------------------
// Statements

function readStatement(schema: SqlSchema, block: CodeBlock, statement: SqlStatement): void {
  const context: Context = {schema, block, statement}
  const stmt = statement.stmt!
  const create = node(stmt, 'CreateStmt')
  if (create) return readCreateTable(context, create)
  const alter = node(stmt, 'AlterTableStmt')
  if (alter) return readAlterTable(context, alter)
  const index = node(stmt, 'IndexStmt')
  if (index) return readIndex(context, index)
  const createEnum = node(stmt, 'CreateEnumStmt')
  if (createEnum) return readEnum(context, createEnum)
  const alterEnum = node(stmt, 'AlterEnumStmt')
  if (alterEnum) return readAlterEnum(context, alterEnum)
  const rename = node(stmt, 'RenameStmt')
  if (rename) return readRename(context, rename)
}

/** The table a `RangeVar` names, created in the model on first sight. */
function tableOf(context: Context, relation: Json | undefined): SqlTable | undefined {
  const name = typeof relation?.relname === 'string' ? relation.relname : undefined
  if (!name || !relation) return undefined
  let table = context.schema.tables.get(name)
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
    }
    context.schema.tables.set(name, table)
  }
  if (context.block.code?.language === 'sql') table.excerpt ??= context.block.code.excerpt
  return table
}

function findColumn(table: SqlTable, name: string): SqlColumn | undefined {
  return table.columns.find((column) => column.name === name)
}

function readCreateTable(context: Context, create: Json): void {
  const relation = node(create, 'relation')
  const existing = typeof relation?.relname === 'string' ? context.schema.tables.get(relation.relname) : undefined
  // A second CREATE of the same table is another rule's business; the first one stands.
  if (existing?.created) return
  const table = tableOf(context, relation)
  if (!table) return
  table.created = sourceOf(context)
  if (existing) table.place = identifierPlace(context, relation!.location)
  const elements = list(create.tableElts)
  for (const element of elements) {
    const definition = node(element, 'ColumnDef')
    if (definition) {
      const column = readColumnDefinition(context, table, definition, 'create')
      if (column) {
        const old = findColumn(table, column.name)
        if (old) table.columns.splice(table.columns.indexOf(old), 1, column)
        else table.columns.push(column)
      }
    }
  }
  for (const element of elements) {
    const constraint = node(element, 'Constraint')
    if (constraint) applyTableConstraint(context, table, constraint)
  }
}

function newColumn(table: SqlTable, name: string, place: Place, origin: SqlColumn['origin']): SqlColumn {
  const full = origin !== 'alter'
  return {
    table,
    name,
    place,
    origin,
    known: {type: full, nullability: full, constraints: full},
    notNull: false,
    primaryKey: false
  }
}

function readColumnDefinition(context: Context, table: SqlTable, definition: Json, origin: SqlColumn['origin']): SqlColumn | undefined {
  const name = typeof definition.colname === 'string' ? definition.colname : undefined
  if (!name) return undefined
  const column = newColumn(table, name, identifierPlace(context, definition.location), origin)
  column.type = readType(context, node(definition, 'typeName'), context.statement.end)
  for (const item of list(definition.constraints)) {
    const constraint = node(item, 'Constraint')
    if (constraint) applyColumnConstraint(context, column, constraint)
  }
  return column
}

/** The place of a constraint's keyword(s) (`NOT NULL`, `PRIMARY KEY`, `REFERENCES`, `CHECK`). */
function constraintPlace(context: Context, constraint: Json): Place {
  const start = offsetOf(context, constraint.location)
  const text = context.block.value
  const keyword = /^(?:CONSTRAINT\s+(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{N}_$]*)\s+)?(?:NOT\s+NULL|NULL|PRIMARY\s+KEY|DEFAULT|CHECK|UNIQUE|REFERENCES|FOREIGN\s+KEY)/iu.exec(text.slice(start))
  return context.block.map.placeAt(start, start + (keyword ? keyword[0].length : 0))
}

function applyColumnConstraint(context: Context, column: SqlColumn, constraint: Json): void {
  const place = constraintPlace(context, constraint)
  switch (constraint.contype) {
    case 'CONSTR_NOTNULL':
      column.notNull = true
      column.nullabilityPlace = place
      break
    case 'CONSTR_NULL':
      column.notNull = false
      column.nullabilityPlace = place
      break
    case 'CONSTR_PRIMARY':
      column.primaryKey = true
      column.primaryKeyPlace = place
      column.notNull = true
      column.nullabilityPlace ??= place
      break
    case 'CONSTR_DEFAULT': {
      const start = offsetOf(context, constraint.location)
      const end = typeEnd(context.block.value, start + 'default'.length, context.statement.end)
      column.default = {text: context.block.value.slice(start, end).replace(/^default\s*/i, ''), place: context.block.map.placeAt(start, end)}
      break
    }
    case 'CONSTR_FOREIGN':
      column.references = readReference(context, constraint, 0)
      break
    case 'CONSTR_UNIQUE':
      column.table.uniques.push({columns: [column.name], place})
      break
    case 'CONSTR_CHECK': {
      const found = inLists(constraint.raw_expr).get(column.name)
      if (found) column.checkIn = {values: found, place}
      break
    }
    default:
      break
  }
}

function readReference(context: Context, constraint: Json, index: number): SqlReference | undefined {
  const pktable = node(constraint, 'pktable')
  if (typeof pktable?.relname !== 'string') return undefined
  const columns = strings(constraint.pk_attrs)
  return {
    table: pktable.relname,
    schema: typeof pktable.schemaname === 'string' ? pktable.schemaname : undefined,
    column: columns[index],
    place: constraintPlace(context, constraint)
  }
}

/** Table constraints: `PRIMARY KEY (a, b)`, `FOREIGN KEY (a) REFERENCES t(id)`, `CHECK (a IN (...))`. */
function applyTableConstraint(context: Context, table: SqlTable, constraint: Json): void {
  const place = constraintPlace(context, constraint)
  // A constraint of a table the doc only alters touches the columns it names;
  // in a table the doc creates, a column it does not define is ignored.
  const touch = (name: string): SqlColumn | undefined => {
    let column = findColumn(table, name)
    if (!column && !table.created) {
      column = newColumn(table, name, place, 'alter')
      table.columns.push(column)
    }
    return column
  }
  switch (constraint.contype) {
    case 'CONSTR_PRIMARY': {
      const keys = strings(constraint.keys)
      table.primaryKey = {columns: keys, place}
      for (const key of keys) {
        const column = touch(key)
        if (!column) continue
        column.primaryKey = true
        column.primaryKeyPlace = place
        column.notNull = true
        column.nullabilityPlace ??= place
      }
      break
    }
    case 'CONSTR_FOREIGN': {
      strings(constraint.fk_attrs).forEach(function (name, index) {
        const column = touch(name)
        if (column) column.references = readReference(context, constraint, index)
      })
      break
    }
    case 'CONSTR_CHECK': {
      for (const [name, values] of inLists(constraint.raw_expr)) {
        const column = touch(name)
        if (column) column.checkIn = {values, place}
      }
      break
    }
    case 'CONSTR_UNIQUE': {
      const keys = strings(constraint.keys)
      if (keys.length > 0) table.uniques.push({columns: keys, place})
      else table.otherUniqueness ??= place
      break
    }
    case 'CONSTR_EXCLUSION':
      table.otherUniqueness ??= place
      break
    default:
      break
  }
}

/**
 * The `col IN ('a', 'b')` and `col = ANY (ARRAY['a', 'b'])` lists of a
 * CHECK expression, by column; a column with two lists has none.
 */
function inLists(expression: unknown): Map<string, string[]> {
  const found = new Map<string, string[] | undefined>()
  const visit = (value: unknown) => {
    const bool = node(value, 'BoolExpr')
    if (bool) {
      for (const argument of list(bool.args)) visit(argument)
      return
    }
    const expr = node(value, 'A_Expr')
    if (!expr) return
    const column = columnRefName(expr.lexpr)
    if (!column) return
    let items: unknown[] | undefined
    if (expr.kind === 'AEXPR_IN') items = list(node(expr.rexpr, 'List')?.items ?? expr.rexpr)
    else if (expr.kind === 'AEXPR_OP_ANY' && strings(expr.name)[0] === '=') {
      let array: unknown = expr.rexpr
      while (node(array, 'TypeCast')) array = node(array, 'TypeCast')!.arg
      items = list(node(array, 'A_ArrayExpr')?.elements)
    }
    if (!items) return
    const values = items.map(constantText)
    if (values.length === 0 || values.some((text) => text === undefined)) return
    found.set(column, found.has(column) ? undefined : (values as string[]))
  }
  visit(expression)
  const result = new Map<string, string[]>()
  for (const [column, values] of found) if (values) result.set(column, values)
  return result
}

/** Every column an expression reads (each `ColumnRef`'s last field), into `into`. */
function collectColumnRefs(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectColumnRefs(item, into)
    return
  }
  if (!value || typeof value !== 'object') return
  const name = node(value, 'ColumnRef') ? columnRefName(value) : undefined
  if (name !== undefined) {
    if (!into.includes(name)) into.push(name)
    return
  }
  for (const inner of Object.values(value as Json)) collectColumnRefs(inner, into)
}

/** The place of a column name after `keyword` in the statement (ALTER/DROP COLUMN carry no location). */
function namePlaceAfter(context: Context, keyword: RegExp, name: string): Place {
  const {block, statement} = context
  const text = block.value.slice(statement.start, statement.end)
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(keyword.source + '\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?("?)' + escaped + '\\1(?![\\p{L}\\p{N}_$])', 'giu')
  const match = pattern.exec(text)
  if (!match) return block.map.placeAt(statement.start, statement.start)
  const start = statement.start + match.index + match[0].length - name.length - match[1]!.length * 2
  return block.map.placeAt(start, statement.start + match.index + match[0].length)
}

function readAlterTable(context: Context, alter: Json): void {
  if (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE') return
  const table = tableOf(context, node(alter, 'relation'))
  if (!table) return
  table.alters.push(sourceOf(context))
  const touch = (name: string, place: Place): SqlColumn => {
    let column = findColumn(table, name)
    if (!column) {
      column = newColumn(table, name, place, 'alter')
      table.columns.push(column)
    }
    return column
  }
  for (const item of list(alter.cmds)) {
    const command = node(item, 'AlterTableCmd')
    if (!command) continue
    const name = typeof command.name === 'string' ? command.name : undefined
    switch (command.subtype) {
      case 'AT_AddColumn': {
        const definition = node(command.def, 'ColumnDef')
        if (!definition) break
        const column = readColumnDefinition(context, table, definition, 'add')
        if (!column) break
        const old = findColumn(table, column.name)
        if (old) table.columns.splice(table.columns.indexOf(old), 1, column)
        else table.columns.push(column)
        table.dropped = table.dropped.filter((dropped) => dropped.name !== column.name)
        break
      }
      case 'AT_DropColumn': {
        if (!name) break
        const place = namePlaceAfter(context, /\bDROP/, name)
        table.columns = table.columns.filter((column) => column.name !== name)
        table.dropped.push({name, place})
        break
      }
      case 'AT_SetNotNull':
      case 'AT_DropNotNull': {
        if (!name) break
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name))
        column.known.nullability = true
        column.notNull = command.subtype === 'AT_SetNotNull'
        column.nullabilityPlace = namePlaceAfter(context, /\bALTER/, name)
        break
      }
      case 'AT_AlterColumnType': {
        if (!name) break
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name))
        const definition = node(command.def, 'ColumnDef')
        const type = readType(context, node(definition, 'typeName'), context.statement.end)
        if (type) {
          column.type = type
          column.known.type = true
        }
        break
      }
      case 'AT_ColumnDefault': {
        if (!name) break
        const column = touch(name, namePlaceAfter(context, /\bALTER/, name))
        if (command.def) {
          const text = constantText(command.def)
          column.default = {text: text ?? '', place: column.place}
        } else column.default = undefined
        break
      }
      case 'AT_AddConstraint': {
        const constraint = node(command.def, 'Constraint')
        if (constraint) applyTableConstraint(context, table, constraint)
        break
      }
      default:
        break
    }
  }
}

function readRename(context: Context, rename: Json): void {
  if (rename.renameType !== 'OBJECT_COLUMN') return
  const table = tableOf(context, node(rename, 'relation'))
  const from = typeof rename.subname === 'string' ? rename.subname : undefined
  const to = typeof rename.newname === 'string' ? rename.newname : undefined
  if (!table || !from || !to) return
  table.alters.push(sourceOf(context))
  const place = namePlaceAfter(context, /\bTO/, to)
  const column = findColumn(table, from)
  if (column) {
    column.name = to
    column.place = place
  } else table.columns.push(newColumn(table, to, place, 'alter'))
  table.dropped = table.dropped.filter((dropped) => dropped.name !== to)
  table.dropped.push({name: from, place: namePlaceAfter(context, /\bRENAME/, from), renamedTo: to})
}

function readIndex(context: Context, index: Json): void {
  const relation = node(index, 'relation')
  const table = tableOf(context, relation)
  if (!table) return
  const expressionColumns: string[] = []
  const columns = list(index.indexParams).map(function (param) {
    const element = node(param, 'IndexElem')
    if (typeof element?.name === 'string') return element.name
    collectColumnRefs(element?.expr, expressionColumns)
    return undefined
  })
  const source = sourceOf(context)
  const entry: SqlIndex = {
    name: typeof index.idxname === 'string' ? index.idxname : undefined,
    table: table.name,
    unique: index.unique === true,
    columns,
    expressionColumns,
    place: source.place
  }
  table.indexes.push(entry)
  context.schema.indexes.push(entry)
}

function readEnum(context: Context, create: Json): void {
  const names = strings(create.typeName)
  const name = names[names.length - 1]
  if (!name || context.schema.enums.has(name)) return
  context.schema.enums.set(name, {
    name,
    schema: names.length > 1 ? names[names.length - 2] : undefined,
    labels: strings(create.vals),
    place: sourceOf(context).place
  })
}

function readAlterEnum(context: Context, alter: Json): void {
  const names = strings(alter.typeName)
  const found = context.schema.enums.get(names[names.length - 1] ?? '')
  if (!found || typeof alter.newVal !== 'string') return
  if (typeof alter.oldVal === 'string') {
    const index = found.labels.indexOf(alter.oldVal)
    if (index !== -1) found.labels[index] = alter.newVal
    return
  }
  if (found.labels.includes(alter.newVal)) return
  const neighbor = typeof alter.newValNeighbor === 'string' ? found.labels.indexOf(alter.newValNeighbor) : -1
  if (neighbor === -1) found.labels.push(alter.newVal)
  else found.labels.splice(alter.newValIsAfter === true ? neighbor + 1 : neighbor, 0, alter.newVal)
}
