/**
 * The GraphQL type model: the object, interface, enum and scalar types the
 * GraphQL blocks of the doc declare (extensions merged in), built once per
 * file from the graphql-js documents the code stage parsed
 * (`block.code.document`) by the `understandGraphqlTypes` stage and kept on
 * `model.graphql`. Every type, field and value keeps its Markdown place.
 */
import type {FieldDefinitionNode, Location, NameNode, TypeNode} from 'graphql'
import type {CodeBlock, DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** The object, enum and scalar types of the GraphQL blocks (stage `understandGraphqlTypes`). */
    graphql?: GraphqlTypes
  }
}

export interface GraphqlTypes {
  /** Object and interface types by name, in the order the doc declares them. */
  objects: Map<string, GraphqlObjectType>
  enums: Map<string, GraphqlEnumType>
  scalars: Map<string, GraphqlScalarType>
}

/** A type reference: `Invitation`, `[Invitation!]!`. */
export type GraphqlTypeRef =
  | {kind: 'named'; name: string}
  | {kind: 'list'; of: GraphqlTypeRef}
  | {kind: 'nonNull'; of: GraphqlTypeRef}

export interface GraphqlField {
  name: string
  /** The field name's place. */
  place: Place
  type: GraphqlTypeRef
  /** The type reference's place. */
  typePlace: Place
  /** The type that declares it. */
  parent: GraphqlObjectType
  block: CodeBlock
}

export interface GraphqlObjectType {
  name: string
  kind: 'object' | 'interface'
  /** The name's place in its first declaration (a definition wins over an extension). */
  place: Place
  /** True when the doc has a `type X` definition (not only `extend type X`). */
  defined: boolean
  fields: GraphqlField[]
  block: CodeBlock
}

export interface GraphqlEnumType {
  name: string
  place: Place
  values: Array<{name: string; place: Place}>
  block: CodeBlock
}

export interface GraphqlScalarType {
  name: string
  place: Place
  block: CodeBlock
}

/** The model stage. */
export function understandGraphqlTypes(model: DocumentModel): void {
  const types: GraphqlTypes = {objects: new Map(), enums: new Map(), scalars: new Map()}
  for (const block of model.blocks) {
    if (block.code?.language !== 'graphql' || !block.code.document) continue
    for (const definition of block.code.document.definitions) {
      switch (definition.kind) {
        case 'ObjectTypeDefinition':
        case 'ObjectTypeExtension':
        case 'InterfaceTypeDefinition':
        case 'InterfaceTypeExtension': {
          const kind = definition.kind.startsWith('Object') ? 'object' : 'interface'
          const isDefinition = definition.kind.endsWith('Definition')
          let type = types.objects.get(definition.name.value)
          if (!type) {
            type = {name: definition.name.value, kind, place: namePlace(block, definition.name), defined: isDefinition, fields: [], block}
            types.objects.set(type.name, type)
          } else if (isDefinition && !type.defined) {
            type.defined = true
            type.place = namePlace(block, definition.name)
            type.block = block
          }
          for (const field of definition.fields ?? []) {
            // A field declared twice is graphql-schema's business; the first stands.
            if (type.fields.some((known) => known.name === field.name.value)) continue
            type.fields.push(readField(block, type, field))
          }
          break
        }
        case 'EnumTypeDefinition':
        case 'EnumTypeExtension': {
          let type = types.enums.get(definition.name.value)
          if (!type) {
            type = {name: definition.name.value, place: namePlace(block, definition.name), values: [], block}
            types.enums.set(type.name, type)
          }
          for (const value of definition.values ?? []) {
            if (type.values.some((known) => known.name === value.name.value)) continue
            type.values.push({name: value.name.value, place: namePlace(block, value.name)})
          }
          break
        }
        case 'ScalarTypeDefinition':
          if (!types.scalars.has(definition.name.value)) {
            types.scalars.set(definition.name.value, {name: definition.name.value, place: namePlace(block, definition.name), block})
          }
          break
        default:
          break
      }
    }
  }
  model.graphql = types
}

function locPlace(block: CodeBlock, loc: Location | undefined): Place {
  if (!loc) return block.map.placeAt(0, 0)
  return block.map.placeAt(loc.start, loc.end)
}

function namePlace(block: CodeBlock, name: NameNode): Place {
  return locPlace(block, name.loc)
}

function readField(block: CodeBlock, parent: GraphqlObjectType, field: FieldDefinitionNode): GraphqlField {
  return {
    name: field.name.value,
    place: namePlace(block, field.name),
    type: readTypeRef(field.type),
    typePlace: locPlace(block, field.type.loc),
    parent,
    block
  }
}

function readTypeRef(type: TypeNode): GraphqlTypeRef {
  if (type.kind === 'NonNullType') return {kind: 'nonNull', of: readTypeRef(type.type)}
  if (type.kind === 'ListType') return {kind: 'list', of: readTypeRef(type.type)}
  return {kind: 'named', name: type.name.value}
}

/** The type as written in SDL: `[Invitation!]!`. */
export function typeRefText(type: GraphqlTypeRef): string {
  if (type.kind === 'nonNull') return typeRefText(type.of) + '!'
  if (type.kind === 'list') return '[' + typeRefText(type.of) + ']'
  return type.name
}

/** The named type at the bottom: `[Invitation!]!` → `Invitation`. */
export function namedType(type: GraphqlTypeRef): string {
  return type.kind === 'named' ? type.name : namedType(type.of)
}

export function isNonNull(type: GraphqlTypeRef): boolean {
  return type.kind === 'nonNull'
}

/** The type without its outer `!`. */
export function nullableType(type: GraphqlTypeRef): GraphqlTypeRef {
  return type.kind === 'nonNull' ? type.of : type
}

/** True when the type (its outer `!` aside) is a list. */
export function isList(type: GraphqlTypeRef): boolean {
  return nullableType(type).kind === 'list'
}
