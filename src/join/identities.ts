/**
 * Identities and the unique indexes that back them: AshPostgres (v2.12.0,
 * `lib/migration_generator/migration_generator.ex` and `operation.ex`)
 * creates one unique index per identity of a resource, on the identity's
 * keys (each attribute's `source:` or name), with the tenant attribute put
 * first under attribute multitenancy unless the identity is
 * `all_tenants?: true`, a `WHERE` for `where:` and `NULLS NOT DISTINCT` for
 * `nils_distinct?: false`, named `<table>_<identity>_index` unless
 * `identity_index_names` names it, and none for an identity in
 * `skip_unique_indexes`. `multitenancy`'s `global?` changes nothing there.
 *
 * `identitiesWithoutUniqueIndex` finds the identities of a resource whose
 * table, shown whole in the doc, has nothing that makes their keys unique.
 * Whatever the doc may not show draws nothing: a resource or table that is
 * an excerpt, a table only altered, a key that is not an attribute with a
 * column (a calculation with `calculations_to_sql`), SQL the model does not
 * read (a statement with a syntax error, `EXCLUDE`, a statement other than
 * CREATE TABLE, ALTER TABLE and CREATE INDEX that mentions UNIQUE), an Ecto
 * migration in an Elixir block, and the `postgres` block's unique
 * `custom_indexes` or `custom_statements` it cannot read.
 *
 * Anything unique on a subset of the keys (the tenant attribute included)
 * makes the keys unique too, so it counts: the primary key, a `UNIQUE`
 * constraint, a unique index, partial (`WHERE`) or on expressions (the
 * columns they read: `lower(email)` counts for `email`), and a unique
 * custom index of the `postgres` block.
 */
import type {AshIdentity, AshResource} from '../ash/model.js'
import type {DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {atomList, entityOptions, findOption, keywordPairs, type DslCall} from '../elixir/dsl.js'
import type {SqlIndex, SqlTable} from '../sql/tables.js'
import type {JoinedResource} from './join.js'

export interface UncoveredIdentity {
  identity: AshIdentity
  /** The place of the identity's keys (the list as written). */
  keysPlace: Place
  table: SqlTable
  /** The columns of the index AshPostgres would create, in its order (the tenant's first). */
  columns: string[]
  /** The tenant attribute's column, when attribute multitenancy adds it. */
  tenant?: string
  /** The index name AshPostgres would give it. */
  indexName: string
  /** An index on exactly those columns that is not UNIQUE, if the doc has one. */
  nonUnique?: SqlIndex
}

const dataLayer = 'AshPostgres.DataLayer'

/** The sections whose elision may hide what decides an identity's index. */
const decidingSections = new Set(['identities', 'postgres', 'multitenancy'])

/** The statements the table model reads; any other that mentions UNIQUE may make something unique. */
const readStatements = new Set(['CreateStmt', 'AlterTableStmt', 'IndexStmt'])

/** A plain column name in a custom index's string field (`"email"`); anything else is an expression. */
const plainColumn = /^[a-z_][a-z0-9_]*$/

export function identitiesWithoutUniqueIndex(model: DocumentModel, joined: JoinedResource): UncoveredIdentity[] {
  const resource = joined.resource
  const table = joined.table
  if (!resource || !table || resource.identities.length === 0) return []
  if (!resourceShownWhole(resource) || !tableShownWhole(table) || !schemaReadWhole(model)) return []
  const postgres = readPostgresOptions(resource)
  if (!postgres) return []
  const tenantAttribute = tenantOf(resource)
  if (tenantAttribute === null) return []
  const columnOf = (attribute: string): string | undefined => {
    const entry = joined.columns.find((candidate) => candidate.attribute.name === attribute)
    return entry?.column ? entry.name : undefined
  }
  const tenant = tenantAttribute === undefined ? undefined : (columnOf(tenantAttribute) ?? tenantAttribute)
  const uniqueSets = [...tableUniqueSets(table), ...postgres.customUniqueSets.map((fields) => fields.map((field) => columnOf(field) ?? field))]

  const uncovered: UncoveredIdentity[] = []
  for (const identity of resource.identities) {
    const keysValue = identity.call.args[1]
    if (!keysValue || !atomList(keysValue) || identity.keys.length === 0) continue
    if (postgres.skipped.has(identity.name)) continue
    const keys = identity.keys.map((key) => columnOf(key.name))
    // A key that is no attribute with a column (a calculation, or an attribute the doc does not show).
    if (keys.some((key) => key === undefined)) continue
    const allTenants = findOption(identity.options, 'all_tenants?')?.value
    if (allTenants && allTenants.kind !== 'boolean') continue
    const withTenant = tenant !== undefined && !(allTenants?.kind === 'boolean' && allTenants.value)
    const columns = unique(withTenant ? [tenant!, ...(keys as string[])] : (keys as string[]))
    const allowed = new Set(columns)
    if (uniqueSets.some((set) => set.every((column) => allowed.has(column)))) continue
    uncovered.push({
      identity,
      keysPlace: keysValue.place,
      table,
      columns,
      tenant: withTenant ? tenant : undefined,
      indexName: postgres.indexNames.get(identity.name) ?? `${table.name}_${identity.name}_index`,
      nonUnique: table.indexes.find((index) => !index.unique && sameSet(indexColumns(index), columns))
    })
  }
  return uncovered
}

/** A direct `use Ash.Resource` with `data_layer: AshPostgres.DataLayer`, no fragments, not an excerpt where it matters. */
function resourceShownWhole(resource: AshResource): boolean {
  if (resource.syntaxError || !resource.use?.ash || resource.fragments.length > 0) return false
  if (resource.dataLayer?.module?.name !== dataLayer) return false
  if (resource.postgres?.polymorphic) return false
  if (resource.call.elision) return false
  return !resource.sections.some((section) => decidingSections.has(section.name) && section.elision)
}

function tableShownWhole(table: SqlTable): boolean {
  return Boolean(table.created) && !table.excerpt && !table.otherUniqueness
}

const readWhole = new WeakMap<DocumentModel, boolean>()

/** False when some SQL or migration of the doc may make columns unique without the table model knowing (once per model). */
function schemaReadWhole(model: DocumentModel): boolean {
  let whole = readWhole.get(model)
  if (whole === undefined) {
    whole = readsWhole(model)
    readWhole.set(model, whole)
  }
  return whole
}

function readsWhole(model: DocumentModel): boolean {
  for (const block of model.blocks) {
    const code = block.code
    if (code?.language === 'sql') {
      if (code.errors.length > 0) return false
      for (const statement of code.statements) {
        const kind = statement.stmt ? Object.keys(statement.stmt)[0] : undefined
        if (kind && readStatements.has(kind)) continue
        if (/\bunique\b/i.test(block.value.slice(statement.start, statement.end))) return false
      }
    } else if (code?.language === 'elixir' && /unique_index|unique\s+index/i.test(block.value)) {
      return false
    }
  }
  return true
}

/**
 * The tenant attribute under attribute multitenancy; undefined without it;
 * null when the `multitenancy` section says something not readable.
 */
function tenantOf(resource: AshResource): string | undefined | null {
  const multitenancy = resource.multitenancy
  if (!multitenancy) return undefined
  if (multitenancy.strategy === 'context') return undefined
  if (multitenancy.strategy !== 'attribute' || !multitenancy.attribute) return null
  return multitenancy.attribute.name
}

interface PostgresOptions {
  /** `skip_unique_indexes`. */
  skipped: Set<string>
  /** `identity_index_names`. */
  indexNames: Map<string, string>
  /** The fields of each unique `custom_indexes` entry. */
  customUniqueSets: string[][]
}

/** The `postgres` block's options about unique indexes; undefined when one of them cannot be read. */
function readPostgresOptions(resource: AshResource): PostgresOptions | undefined {
  const result: PostgresOptions = {skipped: new Set(), indexNames: new Map(), customUniqueSets: []}
  const postgres = resource.postgres
  if (!postgres) return result
  const skip = findOption(postgres.options, 'skip_unique_indexes')?.value
  if (skip) {
    const atoms = atomList(skip)
    if (!atoms) return undefined
    for (const atom of atoms) result.skipped.add(atom.value)
  }
  const names = findOption(postgres.options, 'identity_index_names')?.value
  for (const pair of keywordPairs(names) ?? []) {
    if (pair.value.kind === 'string' && !pair.value.interpolated) result.indexNames.set(pair.key, pair.value.value)
  }
  for (const section of postgres.call.body ?? []) {
    if (section.name === 'custom_statements') {
      if (/\bunique\b/i.test(section.node.text)) return undefined
    } else if (section.name === 'custom_indexes') {
      if (section.elision) return undefined
      for (const call of section.body ?? []) {
        const fields = customUniqueIndex(call)
        if (fields === null) return undefined
        if (fields) result.customUniqueSets.push(fields)
      }
    }
  }
  return result
}

/** The fields of a unique custom index; undefined for one not unique; null when unreadable (an expression, a value not literal). */
function customUniqueIndex(call: DslCall): string[] | undefined | null {
  if (call.name !== 'index') return undefined
  const unique = findOption(entityOptions(call), 'unique')?.value
  if (!unique) return undefined
  if (unique.kind !== 'boolean') return null
  if (!unique.value) return undefined
  const value = call.args[0] ?? findOption(entityOptions(call), 'fields')?.value
  const items = value?.kind === 'list' && value.pairs.length === 0 ? value.items : value ? [value] : []
  const fields: string[] = []
  for (const item of items) {
    // `{:desc, :field}`: the field is the second element.
    const field = item.kind === 'tuple' && item.items.length === 2 ? item.items[1]! : item
    if (field.kind === 'atom') fields.push(field.value)
    else if (field.kind === 'string' && !field.interpolated && plainColumn.test(field.value)) fields.push(field.value)
    else return null
  }
  return fields.length > 0 ? fields : null
}

/** The column sets the table keeps unique: its primary key, UNIQUE constraints and unique indexes. */
function tableUniqueSets(table: SqlTable): string[][] {
  const sets: string[][] = []
  const primaryKey = table.columns.filter((column) => column.primaryKey).map((column) => column.name)
  if (primaryKey.length > 0) sets.push(primaryKey)
  for (const constraint of table.uniques) sets.push(constraint.columns)
  for (const index of table.indexes) if (index.unique) sets.push(indexColumns(index))
  return sets
}

/** The columns an index reads: its plain columns and those its expressions read. */
function indexColumns(index: SqlIndex): string[] {
  return unique([...index.columns.filter((column): column is string => column !== undefined), ...index.expressionColumns])
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  return left.size === new Set(b).size && b.every((value) => left.has(value))
}
