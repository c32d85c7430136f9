/**
 * `ash-relationship`: relationships point at a resource module and use the
 * options of their kind; many_to_many has a join resource; belongs_to keys
 * and attributes are consistent; a destination or a join resource (`through`)
 * that is a slip of a resource the doc defines or registers is reported.
 * Docs: docs/rules/ash-relationship.md
 */
import type {VFile} from 'vfile'
import {findOption, shortText} from '../src/elixir/dsl.js'
import {relationshipOptions, type RelationshipKind} from '../src/ash/knowledge.js'
import {suggestion} from '../src/ash/messages.js'
import {listCode} from '../src/text/words.js'
import {checkedResources, type AshRelationship, type AshResource} from '../src/ash/model.js'
import type {ModuleRef} from '../src/elixir/aliases.js'
import {defineRule} from '../src/rule.js'
import type {DocumentModel} from '../src/document/model.js'
import {moduleNearMiss} from '../src/join/near-misses.js'
import {definedHere, type Definition} from '../src/join/symbols.js'
import {relate} from '../src/document/related.js'

const kinds = Object.keys(relationshipOptions) as RelationshipKind[]

export default defineRule(
  {
    id: 'ash-relationship',
    description: 'Relationships point at a resource module, use the options of their kind, and many_to_many has `through`',
    severity: 'error'
  },
  {},
  function (model, file) {
    for (const resource of checkedResources(model.ash)) {
      if (!resource.use) continue
      const known = knownResources(model)
      for (const relationship of resource.relationships) {
        checkDestination(file, relationship)
        checkModuleName(file, relationship, relationship.destination, (name) => `Destination \`${name}\``, known)
        checkOptions(file, relationship)
        if (relationship.kind === 'many_to_many') {
          checkThrough(file, resource, relationship)
          checkModuleName(file, relationship, relationship.through, (name) => `Join resource \`${name}\` (\`through\`)`, known)
        }
        if (relationship.kind === 'belongs_to') checkBelongsTo(file, resource, relationship)
      }
    }
  }
)

function label(relationship: AshRelationship): string {
  return `${relationship.kind} \`${relationship.name}\``
}

function checkDestination(file: VFile, relationship: AshRelationship): void {
  const value = relationship.destinationValue
  if (!value) {
    file.message(`${label(relationship)} has no destination: add the destination resource module after the name`, {
      place: relationship.place
    })
    return
  }
  // Modules, `__MODULE__`, and expressions we cannot evaluate are fine.
  if (['atom', 'string', 'number', 'boolean', 'nil', 'list', 'keyword', 'tuple'].includes(value.kind)) {
    file.message(`Destination of ${label(relationship)} must be a resource module, found \`${shortText(value.text)}\``, {
      place: value.place
    })
  }
}

function checkOptions(file: VFile, relationship: AshRelationship): void {
  const known = relationshipOptions[relationship.kind]
  for (const option of relationship.options) {
    if (known.includes(option.key)) continue
    const owners = kinds.filter((kind) => relationshipOptions[kind].includes(option.key))
    const reason =
      owners.length > 0
        ? `Option \`${option.key}\` does not apply to ${label(relationship)}: only ${listCode(owners, 'and')} take${owners.length === 1 ? 's' : ''} it`
        : `Unknown option \`${option.key}\` on ${label(relationship)}` + suggestion(option.key, known)
    file.message(reason, {place: option.keyPlace})
  }
}

/** Ash needs `through`, or a `join_relationship` naming a relationship of the resource. */
function checkThrough(file: VFile, resource: AshResource, relationship: AshRelationship): void {
  if (findOption(relationship.options, 'through')) return
  const join = findOption(relationship.options, 'join_relationship')
  if (join) {
    if (!resource.complete.relationships || join.value.kind !== 'atom') return
    const name = join.value.value
    if (resource.relationships.some((other) => other.name === name)) return
    file.message(
      `many_to_many \`${relationship.name}\` has no \`through\` and its \`join_relationship\` \`:${name}\` is not a relationship of \`${resource.module}\`: add \`through\` (the join resource)`,
      {place: join.value.place}
    )
    return
  }
  file.message(
    `many_to_many \`${relationship.name}\` has no \`through\`: add the join resource (\`through: ...\`), or a \`join_relationship\` naming a has_many of this resource`,
    {place: relationship.place}
  )
}

function checkBelongsTo(file: VFile, resource: AshResource, relationship: AshRelationship): void {
  const primaryKey = findOption(relationship.options, 'primary_key?')
  if (relationship.primaryKey && relationship.allowNil && primaryKey) {
    file.message(`belongs_to \`${relationship.name}\` is part of the primary key but allows nil: add \`allow_nil?: false\``, {
      place: primaryKey.keyPlace
    })
  }
  const define = findOption(relationship.options, 'define_attribute?')
  if (define && !relationship.defineAttribute && resource.complete.attributes) {
    if (resource.attributes.some((attribute) => attribute.name === relationship.sourceAttribute)) return
    file.message(
      `belongs_to \`${relationship.name}\` has \`define_attribute?: false\` but \`${resource.module}\` has no attribute \`${relationship.sourceAttribute}\`: declare it in \`attributes\``,
      {place: define.keyPlace}
    )
  }
}

/** The resources the doc defines or a domain of the doc registers, by module. */
function knownResources(model: DocumentModel): Map<string, Definition> {
  const known = new Map<string, Definition>()
  for (const [module, symbols] of model.symbols?.resources ?? []) known.set(module, {name: module, place: symbols.resource.place})
  for (const domain of model.symbols?.domains.values() ?? []) {
    for (const [module, definition] of domain.resources) if (!known.has(module)) known.set(module, definition)
  }
  return known
}

/**
 * A module the relationship names, its destination or a many_to_many's join
 * resource (`through`), that the doc neither defines nor registers, one slip
 * away from one it does (the same notion of a slip for both).
 */
function checkModuleName(
  file: VFile,
  relationship: AshRelationship,
  written: ModuleRef | undefined,
  describe: (name: string) => string,
  known: Map<string, Definition>
): void {
  if (!written || known.has(written.name)) return
  const near = moduleNearMiss(written.name, known.keys())
  if (!near) return
  const message = file.message(`${describe(written.name)} of ${label(relationship)} is no resource of the doc: did you mean \`${near}\`?`, {place: written.place})
  relate(message, definedHere(known.get(near)!, `resource \`${near}\` defined here`))
}
