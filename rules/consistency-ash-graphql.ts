/**
 * `consistency-ash-graphql`: the fields of a resource's GraphQL object type
 * agree with the attributes, relationships and calculations they map to, in
 * nullability and type; the fields of `Mutation` match the mutations the
 * doc's `graphql do mutations ... end` blocks declare.
 * Docs: docs/rules/consistency-ash-graphql.md
 */
import type {VFile} from 'vfile'
import {booleanOption} from '../src/elixir/dsl.js'
import type {AshAttribute, AshCalculation, AshRelationship, AshResource, AshType} from '../src/ash/model.js'
import {namedType, nullableType, typeRefText, isNonNull, type GraphqlField, type GraphqlTypeRef, type GraphqlTypes} from '../src/graphql/types.js'
import {joinFor, oneOf, resolveType, type GraphqlResourceOptions, type Join, type ResolvedType} from '../src/join/join.js'
import {anyEnum, anyScalar, ashToGraphql, mappingSchema, mergeMapping} from '../src/join/mappings.js'
import {attributeLabel, attributeNonNull, attributeRelated, attributeWhere, inParentheses, nonNullClaim, nullableClaim} from '../src/join/messages.js'
import type {DslOption} from '../src/elixir/dsl.js'
import {defineRule, reportWithRelated, type RelatedPlace} from '../src/rule.js'
import {joinWords, listCode, pascalCase} from '../src/text/words.js'
import {excerptHint} from '../src/code/excerpts.js'
import {unresolvedMutations} from '../src/join/graphql-mutations.js'

export interface Options {
  /** Ash type (or type module) → GraphQL types, merged over the default table (`src/join/mappings.ts`). */
  types: Record<string, string[]>
  /** Resource module → its GraphQL type name, over `graphql do type :x end` and the last module segment. */
  typeNames: Record<string, string>
}

const specifiedScalars = new Set(['String', 'Int', 'Float', 'Boolean', 'ID'])

/** What a field is checked against: one side of the mismatch, named and placed. */
interface Source {
  /** `Attribute \`email\` of \`MyApp.Teams.Invitation\``. */
  label: string
  /** What declares it, when that is not plain (`from \`timestamps()\``, `\`belongs_to\``), without parentheses; '' if plain. */
  where: string
  nonNull: boolean
  /** `is \`allow_nil?: false\`` / `allows nil (from \`belongs_to :team\`)`. */
  nullability: string
  /** Its declaration, the message's other place. */
  related: RelatedPlace
}

export default defineRule<Options>(
  {
    id: 'consistency-ash-graphql',
    description:
      'The fields of a resource\'s GraphQL type agree with its attributes, relationships and calculations in nullability and type; Mutation fields match the declared mutations',
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        types: mappingSchema,
        typeNames: {type: 'object', additionalProperties: {type: 'string', pattern: '^[_A-Za-z][_0-9A-Za-z]*$'}}
      },
      additionalProperties: false
    }
  },
  {types: {}, typeNames: {}},
  function (model, file, options) {
    const graphql = model.graphql
    if (!graphql) return
    const join = joinFor(model, {graphqlTypeNames: options.typeNames})
    const mapping = mergeMapping(ashToGraphql, options.types)
    const context: Context = {file, join, graphql, mapping}
    for (const joined of join.resources) {
      const resource = joined.resource
      if (!resource || !joined.graphqlType) continue
      for (const {field, target} of joined.fields) {
        if (target?.kind === 'attribute') checkAttribute(context, resource, target.attribute, field, joined.graphqlOptions)
        else if (target?.kind === 'relationship') checkRelationship(context, resource, target.relationship, field)
        else if (target?.kind === 'calculation') checkCalculation(context, resource, target.calculation, field)
      }
    }
    checkMutations(context, model)
  }
)

/**
 * `Mutation` fields against the doc's `mutations` blocks (where it has none,
 * `consistency-unmapped-field` compares them with the conventional names).
 */
function checkMutations(context: Context, model: Parameters<typeof unresolvedMutations>[0]): void {
  for (const missing of unresolvedMutations(model, context.join)) {
    if (missing.mode !== 'declared') continue
    const {field, nearest, owner} = missing
    if (nearest) {
      const of = nearest.resource ? ` of \`${nearest.resource}\`` : ''
      reportWithRelated(
        context.file,
        `Mutation \`${field.name}\` matches no mutation of the doc's \`graphql\` blocks: did you mean \`${nearest.field}\`?`,
        field.place,
        [{place: nearest.definition.place, message: `${nearest.label}${of} defined here`}]
      )
    } else if (owner) {
      const names =
        owner.names.length === 0
          ? 'the doc gives it none'
          : owner.names.length === 1
            ? `its one mutation is \`${owner.names[0]}\``
            : `its mutations are ${listCode(owner.names, 'and')}`
      reportWithRelated(context.file, `Mutation \`${field.name}\` matches no mutation or action of \`${owner.module}\`: ${names}`, field.place, [
        {place: owner.block.place, message: `${owner.block.label} here`}
      ]).note = excerptHint
    }
  }
}

interface Context {
  file: VFile
  join: Join
  graphql: GraphqlTypes
  mapping: Readonly<Record<string, readonly string[]>>
}

function fieldLabel(field: GraphqlField): string {
  return `field \`${field.parent.name}.${field.name}\``
}

/** `field \`Team.name\` is \`String\``. */
function fieldIs(field: GraphqlField): string {
  return `${fieldLabel(field)} is \`${typeRefText(field.type)}\``
}

/** Every message is at the field's type, with the Ash side as its other place. */
function report(context: Context, source: Source, field: GraphqlField, reason: string, more: RelatedPlace[] = []): void {
  reportWithRelated(context.file, reason, field.typePlace, [source.related, ...more])
}

function checkNullability(context: Context, source: Source, field: GraphqlField): void {
  const nonNull = isNonNull(field.type)
  if (nonNull === source.nonNull) return
  const state = nonNull ? 'non-null' : 'nullable'
  report(context, source, field, `${source.label} ${source.nullability} but ${fieldLabel(field)} is ${state} \`${typeRefText(field.type)}\``)
}

/** Absinthe's built-in scalars by their identifiers (`:string` → `String`); other identifiers are PascalCased. */
const absintheScalars: Readonly<Record<string, string>> = {string: 'String', integer: 'Int', float: 'Float', boolean: 'Boolean', id: 'ID'}

function checkAttribute(
  context: Context,
  resource: AshResource,
  attribute: AshAttribute,
  field: GraphqlField,
  graphqlOptions: GraphqlResourceOptions
): void {
  const nonNull = attributeNonNull(attribute)
  const source: Source = {
    label: attributeLabel(attribute, resource),
    where: attributeWhere(attribute),
    nonNull,
    nullability: nonNull ? nonNullClaim(attribute) : nullableClaim(attribute),
    related: attributeRelated(attribute)
  }
  // `nullable_fields`: AshGraphql makes the field nullable whatever the attribute says.
  if (!(graphqlOptions.nullableFields.has(attribute.name) && !isNonNull(field.type))) checkNullability(context, source, field)
  // `attribute_types`: the field has the Absinthe type given there.
  if (graphqlOptions.attributeTypes.has(attribute.name)) {
    const override = graphqlOptions.attributeTypes.get(attribute.name)
    if (override === undefined) return
    const expected = absintheScalars[override] ?? pascalCase(override)
    const element = nullableType(field.type)
    if (element.kind === 'named' && element.name === expected) return
    report(context, source, field, `${source.label} has \`attribute_types\` \`:${override}\` in its \`graphql\` block but ${fieldIs(field)}: expected \`${expected}\``)
    return
  }
  if (attribute.primaryKey) {
    const type = nullableType(field.type)
    if (type.kind === 'named' && type.name === 'ID') return
    report(context, source, field, `${source.label} is the primary key${inParentheses(source.where)} but ${fieldIs(field)}: expected \`ID\``)
    return
  }
  // A foreign key is an `ID` whatever its type, as a primary key is.
  const foreignKey = resource.relationships.some((relationship) => relationship.kind === 'belongs_to' && relationship.sourceAttribute === attribute.name)
  if (foreignKey && nullableType(field.type).kind === 'named' && namedType(field.type) === 'ID') return
  checkValueType(context, source, attribute.type, attribute.options, field)
}

function checkCalculation(context: Context, resource: AshResource, calculation: AshCalculation, field: GraphqlField): void {
  const nonNull = booleanOption(calculation.options, 'allow_nil?') === false
  const source: Source = {
    label: `Calculation \`${calculation.name}\` of \`${resource.module}\``,
    where: '',
    nonNull,
    nullability: nonNull ? 'is `allow_nil?: false`' : 'allows nil',
    related: {place: calculation.place, message: `calculation \`${calculation.name}\` defined here`}
  }
  checkNullability(context, source, field)
  checkValueType(context, source, calculation.type, calculation.options, field)
}

/** The type under the lists and `!`s, one list level at a time. */
function listElement(type: GraphqlTypeRef): GraphqlTypeRef | undefined {
  const inner = nullableType(type)
  return inner.kind === 'list' ? inner.of : undefined
}

/** `\`Float\`, \`Decimal\` or a scalar the doc declares`. */
function describeGraphqlTypes(expected: readonly string[]): string {
  const parts = expected.filter((name) => name !== anyEnum && name !== anyScalar).map((name) => '`' + name + '`')
  if (expected.includes(anyEnum)) parts.push('an enum')
  if (expected.includes(anyScalar)) parts.push('a scalar the doc declares')
  return joinWords(parts, 'or')
}

function checkValueType(context: Context, source: Source, type: AshType | undefined, options: DslOption[], field: GraphqlField): void {
  const resolved: ResolvedType | undefined = resolveType(context.join, type, context.mapping, 'graphql')
  if (!resolved || resolved.module) return
  const typeText = type?.text ?? '?'
  const claim = `${source.label} is \`${typeText}\`${inParentheses(source.where)}`
  const expected = context.mapping[resolved.name]
  const wanted = expected ? ' of ' + describeGraphqlTypes(expected) : ''
  // Lists: one level per `{:array, _}`.
  let element: GraphqlTypeRef = field.type
  for (let level = 0; level < resolved.arrays; level++) {
    const inner = listElement(element)
    if (!inner) {
      report(context, source, field, `${claim} but ${fieldIs(field)}: expected a list${wanted}`)
      return
    }
    element = inner
  }
  if (nullableType(element).kind === 'list') {
    const single = expected ? describeGraphqlTypes(expected) + ', not a list' : 'no list'
    report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${single}`)
    return
  }
  const named = namedType(element)
  const allowed = resolved.name === 'atom' && resolved.arrays === 0 ? oneOf(options) : undefined
  if (allowed) {
    const expected = allowed.values.map((value) => value.toUpperCase())
    const atoms = '[' + allowed.values.map((value) => ':' + value).join(', ') + ']'
    const enumType = context.graphql.enums.get(named)
    if (!enumType) {
      // AshGraphql itself makes an `:atom` a `String`, `one_of` or not.
      if (context.mapping.atom?.includes(named)) return
      report(
        context,
        source,
        field,
        `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldIs(field)}: expected \`String\` or an enum with the values ${listCode(expected, 'and')}`
      )
      return
    }
    const values = enumType.values.map((value) => value.name)
    const same = values.length === expected.length && expected.every((value) => values.includes(value))
    if (same) return
    report(
      context,
      source,
      field,
      `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldLabel(field)} is enum \`${named}\` with the values ${listCode(values, 'and')}: expected exactly ${listCode(expected, 'and')}`,
      [{place: enumType.place, message: `enum \`${named}\` defined here`}]
    )
    return
  }
  if (!expected) return
  const matches = expected.some(function (name) {
    if (name === anyEnum) return context.graphql.enums.has(named)
    if (name === anyScalar) return context.graphql.scalars.has(named) && !specifiedScalars.has(named)
    return name === named
  })
  if (matches) return
  report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${describeGraphqlTypes(expected)}`)
}

const toMany = new Set(['has_many', 'many_to_many'])

function checkRelationship(context: Context, resource: AshResource, relationship: AshRelationship, field: GraphqlField): void {
  const where = `\`${relationship.kind}\``
  const label = `Relationship \`${relationship.name}\` of \`${resource.module}\``
  const related = {place: relationship.place, message: `relationship \`${relationship.name}\` defined here`}
  const many = toMany.has(relationship.kind)
  if (!many) {
    const nonNull = !relationship.allowNil
    checkNullability(
      context,
      {label, where, nonNull, nullability: nonNull ? `is \`allow_nil?: false\` (${where})` : `allows nil (${where})`, related},
      field
    )
  }
  const destination = relationship.destination ? context.join.byModule.get(relationship.destination.name) : undefined
  // A destination known by name only has no GraphQL type to expect.
  if (!destination?.resource) return
  const name = destination.graphqlTypeName
  const element = many ? listElement(field.type) : nullableType(field.type)
  if (element && nullableType(element).kind === 'named' && namedType(element) === name) return
  const wanted = many ? `a list of \`${name}\`` : `\`${name}\``
  reportWithRelated(context.file, `${label} points at \`${destination.module}\` (${where}) but ${fieldIs(field)}: expected ${wanted}`, field.typePlace, [related])
}
