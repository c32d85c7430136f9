/**
 * The Ash knowledge tables, pinned: each table's size and a few entries, as
 * read from the releases src/ash/knowledge.ts and src/join/mappings.ts name
 * (docs/ash-knowledge.md). A silent edit of a table fails here; a deliberate
 * one updates the pin, the release and the doc together.
 */
import {describe, expect, it} from 'vitest'
import {
  arrayConstraints,
  ash2Modules,
  attributeOptions,
  builtinTypes,
  defaultActionTypes,
  functionChangeArity,
  globalChangeDefaultOn,
  knownDataLayers,
  pinnedReleases,
  queryUpdateDataLayers,
  relationshipOptions,
  typeConstraints
} from '../src/ash/knowledge.js'
import {nearMiss} from '../src/text/suggest.js'
import {anyEnum, ashToGraphql, ashToSql} from '../src/join/mappings.js'

describe('Ash knowledge tables', function () {
  it('name the releases they follow', function () {
    expect(pinnedReleases).toEqual({
      ash: 'v3.32.0',
      ash_postgres: 'v2.12.0',
      ash_graphql: 'v1.10.1',
      ash_json_api: 'v1.7.0',
      ash_phoenix: 'v2.3.24'
    })
  })

  it('built-in short type names: the 31 of lib/ash/type/registry.ex, :range included', function () {
    expect(builtinTypes).toHaveLength(31)
    expect(new Set(builtinTypes).size).toBe(31)
    expect(builtinTypes.slice(0, 3)).toEqual(['map', 'keyword', 'term'])
    expect(builtinTypes.at(-1)).toBe('range')
    for (const name of ['string', 'ci_string', 'uuid_v7', 'duration_name', 'vector']) expect(builtinTypes).toContain(name)
    for (const name of ['text', 'naive_datetime_usec', 'strng']) expect(builtinTypes).not.toContain(name)
  })

  it('attribute options: the @schema of lib/ash/resource/attribute.ex but name and type', function () {
    expect(attributeOptions).toHaveLength(16)
    for (const name of ['allow_nil?', 'public?', 'match_other_defaults?', 'update_default']) expect(attributeOptions).toContain(name)
    expect(attributeOptions).not.toContain('private?')
  })

  it('relationship options: the @opt_schema of each lib/ash/resource/relationships/<kind>.ex', function () {
    expect(Object.fromEntries(Object.entries(relationshipOptions).map(([kind, options]) => [kind, options.length]))).toEqual({
      belongs_to: 26,
      has_one: 26,
      has_many: 25,
      many_to_many: 24
    })
    expect(relationshipOptions.has_many).toEqual(expect.arrayContaining(['through', 'limit', 'offset', 'read_action_arguments', 'default_sort']))
    expect(relationshipOptions.has_one).toEqual(expect.arrayContaining(['through', 'offset', 'from_many?', 'read_action_arguments']))
    for (const option of ['through', 'limit', 'offset', 'could_be_related_at_creation?']) expect(relationshipOptions.belongs_to).not.toContain(option)
    expect(relationshipOptions.has_one).not.toContain('limit')
    expect(relationshipOptions.belongs_to).toContain('attribute_always_select?')
    expect(relationshipOptions.many_to_many).toEqual(expect.arrayContaining(['through', 'join_relationship']))
  })

  it('types `defaults` takes, constraints, data layers', function () {
    expect(defaultActionTypes).toEqual(['create', 'read', 'update', 'destroy'])
    expect(Object.keys(typeConstraints)).toHaveLength(9)
    expect(typeConstraints.string).toEqual(['max_length', 'min_length', 'match', 'trim?', 'allow_empty?'])
    expect(typeConstraints.atom).toEqual(['one_of', 'unsafe_to_atom?'])
    expect(arrayConstraints).toHaveLength(6)
    expect(knownDataLayers).toEqual([
      'AshPostgres.DataLayer',
      'Ash.DataLayer.Ets',
      'Ash.DataLayer.Mnesia',
      'Ash.DataLayer.Simple',
      'AshSqlite.DataLayer'
    ])
  })

  it('Ash 2 modules, data layers that update by query, function changes (VerifyActionsAtomic)', function () {
    expect(ash2Modules).toEqual({'Ash.Api': 'Ash.Domain'})
    expect([...queryUpdateDataLayers]).toEqual(['AshPostgres.DataLayer', 'Ash.DataLayer.Ets'])
    for (const layer of ['Ash.DataLayer.Simple', 'Ash.DataLayer.Mnesia']) expect(queryUpdateDataLayers.has(layer)).toBe(false)
    expect(functionChangeArity).toBe(2)
    expect(globalChangeDefaultOn).toEqual(['create', 'update'])
  })

  it('mappings: AshGraphql v1.10.1 gives :atom and :term String, :map JsonString', function () {
    expect(Object.keys(ashToGraphql)).toHaveLength(22)
    expect(ashToGraphql.atom).toEqual(['String', anyEnum])
    expect(ashToGraphql.term).toEqual(['String'])
    expect(ashToGraphql.map?.[0]).toBe('JsonString')
    expect(ashToGraphql.uuid).toEqual(['ID'])
    expect(ashToGraphql.file).toEqual(['Upload'])
    expect(Object.keys(ashToSql)).toHaveLength(21)
    expect(ashToSql.ci_string).toEqual(['citext'])
    expect(ashToSql.string).toEqual(['text', 'character varying'])
  })
})

describe('nearMiss (open lists: modules)', function () {
  const known = [...knownDataLayers]
  it('is a slip only when equal but for case, or at most 2 edits over the whole name', function () {
    expect(nearMiss('Ash.DataLayer.ETS', known)).toBe('Ash.DataLayer.Ets')
    expect(nearMiss('AshPostgress.DataLayer', known)).toBe('AshPostgres.DataLayer')
    expect(nearMiss('AshPostgres.DataLayer', known)).toBeUndefined()
    expect(nearMiss('AshCubDB.DataLayer', known)).toBeUndefined()
    expect(nearMiss('AshBlog.DataLayer', known)).toBeUndefined()
    expect(nearMiss('MyApp.Rates.DataLayer', known)).toBeUndefined()
  })
})
