/**
 * The mutations AshGraphql (v1.10.1) makes from the doc's resources and
 * domains, and the `Mutation` fields of the doc's GraphQL blocks resolved
 * against them.
 *
 * A mutation is an entry of a `graphql do mutations do ... end end` block:
 * `create :create_invoice, :create` (also `update`, `destroy`, `action`) in
 * a resource, `create MyApp.Billing.Invoice, :create_invoice, :create` in a
 * domain. Its first atom is the field's name, which Absinthe's default
 * adapter (`Absinthe.Adapter.LanguageConventions`) camelizes
 * (`createInvoice`); a `group :billing do ... end` (or `group: :billing`)
 * puts its entries under one field named after the group. A query with
 * `as_mutation?: true` is a mutation too.
 *
 * Where the doc declares no `mutations` block at all, a field is compared
 * with the names the convention would give: each action and code interface
 * name camelized, alone and joined with the resource's type name (`:void`
 * on `Invoice` → `void`, `voidInvoice`).
 */
import {lastSegment, resolveModule} from '../elixir/aliases.js'
import {entityOptions, findOption, readCall, type DslCall} from '../elixir/dsl.js'
import type {AshResource} from '../ash/model.js'
import type {DocumentModel} from '../document/model.js'
import type {GraphqlField} from '../graphql/types.js'
import {editDistance} from '../text/suggest.js'
import {camelCase, pluralize} from '../text/words.js'
import type {Join} from './join.js'
import {singularPlural} from './near-misses.js'
import type {Definition, SymbolTable} from './symbols.js'

/** The entry kinds of a `mutations` block (AshGraphql v1.10.1, `AshGraphql.Resource.mutations/0`). */
const mutationKinds = new Set(['create', 'update', 'destroy', 'action'])
/** The entry kinds of a `queries` block; one with `as_mutation?: true` is a mutation. */
const queryKinds = new Set(['get', 'read_one', 'list', 'action'])

/** A name that becomes a field of `Mutation`: an entry of a `mutations` block, a group, or a conventional name. */
export interface MutationName {
  /** The GraphQL field name (`createInvoice`). */
  field: string
  /** What defines it: the entry's name atom, the group's name, the action or the code interface `define`. */
  definition: Definition
  /** `mutation \`void_invoice\``, `action \`void\``: what the definition is, for messages. */
  label: string
  /** The resource it belongs to, when known. */
  resource?: string
  /** True when it comes from a block the doc shows whole: only those are offered as "did you mean". */
  whole: boolean
}

export interface GraphqlMutations {
  /** True when the doc has a `mutations` block (in a resource's or a domain's `graphql` block). */
  declared: boolean
  /** The names the `mutations` blocks (and `as_mutation?` queries) give. */
  declaredNames: MutationName[]
  /** The names the convention gives (actions and code interfaces of the AshGraphql resources). */
  conventionalNames: MutationName[]
  /** The resources of the doc with the `AshGraphql.Resource` extension, by module. */
  resources: Map<string, AshResource>
  /**
   * The resources whose mutations the doc shows every place of: the resource
   * whole with its `graphql` block, its domain whole, and every resource the
   * domain registers shown (whole, if it uses AshGraphql); by module, with
   * the block to point at.
   */
  wholeResources: Map<string, {place: Definition['place']; label: string}>
  /**
   * True when the doc shows an Absinthe schema module whose `mutation do`
   * block imports fields (`import_fields`): mutations may come from there.
   */
  schemaImports: boolean
}

/** The resource's `graphql do ... end` section. */
function graphqlSection(resource: AshResource): DslCall | undefined {
  return resource.sections.find((call) => call.name === 'graphql')
}

function shownWhole(call: DslCall | undefined): boolean {
  return call === undefined || (call.body !== undefined && !call.elision && !call.bodyHasOther)
}

function atomArg(call: DslCall, index: number): Definition | undefined {
  const value = call.args[index]
  return value?.kind === 'atom' ? {name: value.value, place: value.place} : undefined
}

/** Absinthe's default adapter: `create_invoice` → `createInvoice`. */
export function mutationFieldName(name: string): string {
  return camelCase(name)
}

/** Read the doc's AshGraphql mutations. */
export function graphqlMutations(model: DocumentModel, symbols: SymbolTable, join: Join | undefined = model.join): GraphqlMutations {
  const result: GraphqlMutations = {declared: false, declaredNames: [], conventionalNames: [], resources: new Map(), wholeResources: new Map(), schemaImports: false}
  for (const [module, resource] of symbols.resources) {
    if (resource.resource.extensions.some((extension) => extension.name === 'AshGraphql.Resource')) result.resources.set(module, resource.resource)
  }
  if (result.resources.size === 0) return result

  const ownMutations = new Map<string, DslCall>()
  const resourceWhole = new Map<string, boolean>()
  for (const [module, resource] of result.resources) {
    const section = graphqlSection(resource)
    const whole = shownWhole(section) && !resource.excerpt && !resource.syntaxError
    resourceWhole.set(module, whole && resource.complete.actions)
    for (const block of section?.body ?? []) {
      if (block.name === 'mutations') {
        result.declared = true
        ownMutations.set(module, block)
        if (!shownWhole(block)) resourceWhole.set(module, false)
      }
      if (block.name !== 'mutations' && block.name !== 'queries') continue
      readEntries(result, block, whole && shownWhole(block), (entry) => ({resource: module, name: atomArg(entry, 0), action: atomArg(entry, 1)}))
    }
  }
  // A domain shows every place its resources' mutations could be when it is
  // whole and so is each resource it registers.
  const wholeDomains = new Map<string, DslCall | undefined>()
  for (const context of model.contexts ?? []) {
    const module = context.module
    const domain = context.domain
    if (!domain || !module) continue
    const section = module.body.find((call) => call.name === 'graphql')
    const whole = domain.complete && module.complete && shownWhole(section)
    let mutationsBlock: DslCall | undefined
    let blocksWhole = true
    for (const block of section?.body ?? []) {
      if (block.name === 'mutations') {
        result.declared = true
        mutationsBlock ??= block
        if (!shownWhole(block)) blocksWhole = false
      }
      if (block.name !== 'mutations' && block.name !== 'queries') continue
      readEntries(result, block, whole && shownWhole(block), function (entry) {
        const target = entry.args[0]
        const resource = target?.kind === 'alias' ? resolveModule(target, module.aliases, module.name).name : undefined
        return {resource, name: atomArg(entry, 1), action: atomArg(entry, 2)}
      })
    }
    const registered = domain.resources.map((entry) => entry.module.name)
    const resourcesWhole = registered.every((name) => symbols.resources.has(name) && (!result.resources.has(name) || resourceWhole.get(name) === true))
    if (whole && blocksWhole && !domain.allowUnregistered && resourcesWhole) wholeDomains.set(module.name, mutationsBlock)
  }

  readSchemaMutations(model, result)

  for (const [module, resource] of result.resources) {
    const symbolsOf = symbols.resources.get(module)!
    const typeNames = new Set([typeNameOf(join, resource), lastSegment(module)])
    const whole = !resource.excerpt && !resource.syntaxError && resource.complete.actions
    const conventional = (name: string, definition: Definition, label: string) => {
      for (const field of [mutationFieldName(name), ...[...typeNames].map((type) => mutationFieldName(name) + type)]) {
        result.conventionalNames.push({field, definition, label, resource: module, whole})
      }
    }
    for (const action of symbolsOf.actions.values()) conventional(action.name, action, `action \`${action.name}\``)
    for (const define of symbolsOf.defines) conventional(define.name.name, define.name, `code interface \`${define.name.name}\``)

    const domain = resource.domain?.name
    if (domain === undefined || !wholeDomains.has(domain) || resourceWhole.get(module) !== true) continue
    const domainBlock = wholeDomains.get(domain)
    const own = ownMutations.get(module)
    const section = graphqlSection(resource)
    result.wholeResources.set(
      module,
      domainBlock
        ? {place: domainBlock.namePlace, label: `\`mutations\` of \`${domain}\``}
        : own
          ? {place: own.namePlace, label: `\`mutations\` of \`${module}\``}
          : section
            ? {place: section.namePlace, label: `\`graphql\` block of \`${module}\``}
            : {place: resource.place, label: `\`${module}\``}
    )
  }
  return result
}

function readEntries(
  result: GraphqlMutations,
  block: DslCall,
  whole: boolean,
  read: (entry: DslCall) => {resource?: string; name?: Definition; action?: Definition},
  group?: Definition
): void {
  const mutations = block.name === 'mutations'
  for (const entry of block.body ?? []) {
    if (entry.name === 'group') {
      const name = atomArg(entry, 0)
      if (!name) continue
      // The group is one field of the root type; its entries are fields of the group's type.
      readEntries(result, {...entry, name: block.name}, whole && shownWhole(entry), read, name)
      continue
    }
    const kinds = mutations ? mutationKinds : queryKinds
    if (!kinds.has(entry.name)) continue
    const options = entityOptions(entry)
    if (!mutations) {
      const asMutation = findOption(options, 'as_mutation?')?.value
      if (!(asMutation?.kind === 'boolean' && asMutation.value)) continue
    }
    const {resource, name} = read(entry)
    if (!name) continue
    const groupValue = findOption(options, 'group')?.value
    const grouped = group ?? (groupValue?.kind === 'atom' ? {name: groupValue.value, place: groupValue.place} : undefined)
    const fieldOwner = grouped ?? name
    const label = grouped ? `group \`${grouped.name}\`` : `mutation \`${name.name}\``
    result.declaredNames.push({field: mutationFieldName(fieldOwner.name), definition: fieldOwner, label, resource, whole})
  }
}

/**
 * The fields of the `mutation do ... end` block of an Absinthe schema module
 * the doc shows (`use Absinthe.Schema`, `use AshGraphql`): hand-written
 * mutations, known names (never offered as "did you mean").
 */
function readSchemaMutations(model: DocumentModel, result: GraphqlMutations): void {
  for (const block of model.blocks) {
    const code = block.code
    if (code?.language !== 'elixir' || code.incomplete) continue
    if (!block.value.includes('Absinthe.Schema') && !block.value.includes('AshGraphql')) continue
    for (const node of code.root.descendantsOfType('call')) {
      if (!node || node.childForFieldName('target')?.text !== 'mutation') continue
      const call = readCall(block, node)
      for (const entry of call.body ?? []) {
        if (entry.name === 'import_fields') result.schemaImports = true
        const name = entry.name === 'field' ? atomArg(entry, 0) : undefined
        if (name) result.declaredNames.push({field: mutationFieldName(name.name), definition: name, label: `field \`${name.name}\` of the schema's \`mutation\``, whole: false})
      }
    }
  }
}

/** The GraphQL type name the join gives the resource (`graphql do type :line_item end` → `LineItem`). */
function typeNameOf(join: Join | undefined, resource: AshResource): string {
  return join?.byModule.get(resource.module)?.graphqlTypeName ?? lastSegment(resource.module)
}

/** A `Mutation` field that matches nothing the doc's resources and domains make. */
export interface UnresolvedMutation {
  field: GraphqlField
  /** `declared`: the doc has `mutations` blocks; `convention`: it has none, and the field is a slip of a conventional name. */
  mode: 'declared' | 'convention'
  /** The name it is a slip of. */
  nearest?: MutationName
  /** For a field of a resource whose every mutation the doc shows (`annulInvoice` → `MyApp.Billing.Invoice`): that resource. */
  owner?: {module: string; block: {place: Definition['place']; label: string}; names: string[]}
}

/**
 * The fields of the doc's `Mutation` type (in blocks that are not excerpts)
 * that resolve to no mutation of the doc. Silent without AshGraphql
 * resources. With `mutations` blocks, a field is reported when it is a slip
 * of a declared name, or when its name ends in the type name of a resource
 * whose every mutation the doc shows; without them, only when it is a close
 * slip of a conventional name.
 */
export function unresolvedMutations(model: DocumentModel, join: Join | undefined = model.join): UnresolvedMutation[] {
  const mutation = model.graphql?.objects.get('Mutation')
  const symbols = model.symbols
  if (!mutation || !symbols) return []
  const mutations = join === model.join ? symbols.graphqlMutations : graphqlMutations(model, symbols, join)
  if (mutations.resources.size === 0) return []
  // The names as written count too: a schema may keep them (another Absinthe adapter).
  const known = new Set([...mutations.declaredNames, ...mutations.conventionalNames].flatMap((name) => [name.field, name.definition.name]))
  const found: UnresolvedMutation[] = []
  for (const field of mutation.fields) {
    // An excerpt of the app's schema (`extend type Mutation`, `# ...`): its fields may come from anywhere.
    const code = field.block.code
    if ((code?.language === 'graphql' && code.excerpt) || known.has(field.name)) continue
    if (mutations.declared) {
      const nearest = nearestName(field.name, mutations.declaredNames.filter((name) => name.whole))
      if (nearest) {
        found.push({field, mode: 'declared', nearest})
        continue
      }
      const owner = mutations.schemaImports ? undefined : ownerOf(join, field.name, mutations)
      if (owner) found.push({field, mode: 'declared', owner})
    } else {
      // By convention only: a slip, no more (the names may be the app's own).
      const nearest = nearestName(field.name, mutations.conventionalNames.filter((name) => name.whole))
      if (nearest) found.push({field, mode: 'convention', nearest})
    }
  }
  return found
}

/** The name `field` is a slip of, if any (see `isSlip`): the closest; ties go to the first. */
function nearestName(field: string, names: MutationName[]): MutationName | undefined {
  let best: MutationName | undefined
  let bestDistance = Infinity
  for (const name of names) {
    if (!isSlip(field, name.field)) continue
    const distance = editDistance(field.toLowerCase(), name.field.toLowerCase())
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best
}

/** The words of a camelCase name: `markInvoicePaid` → `mark`, `Invoice`, `Paid`. */
function camelWords(name: string): string[] {
  const words: string[] = []
  let start = 0
  for (let index = 1; index <= name.length; index++) {
    const character = name[index]
    if (index === name.length || (character !== undefined && character >= 'A' && character <= 'Z')) {
      words.push(name.slice(start, index))
      start = index
    }
  }
  return words
}

/**
 * True when `field` is a slip of the mutation name `known`. Mutation names
 * share their verbs and differ by a resource name, and short words are one
 * edit from other words (`createTag`, `createTab`), so a slip is strict: the
 * same name in another case (`voidinvoice`), or the same words but one, of
 * five letters or more, that is one edit away (two from seven letters:
 * `voidInvoce`, `finaliseInvoice`); never a plural (`createInvoices`).
 */
export function isSlip(field: string, known: string): boolean {
  if (field === known || singularPlural(field, known)) return false
  if (field.toLowerCase() === known.toLowerCase()) return true
  const mine = camelWords(field)
  const theirs = camelWords(known)
  if (mine.length !== theirs.length) return false
  const different = mine.flatMap((word, index) => (word === theirs[index] ? [] : [index]))
  if (different.length !== 1) return false
  const a = mine[different[0]!]!.toLowerCase()
  const b = theirs[different[0]!]!.toLowerCase()
  const shorter = Math.min(a.length, b.length)
  if (shorter < 5 || singularPlural(a, b)) return false
  return editDistance(a, b) <= (shorter >= 7 ? 2 : 1)
}

/** The resource shown whole whose type name ends the field's name (`annulInvoice`, `annulInvoices` → `Invoice`). */
function ownerOf(join: Join | undefined, field: string, mutations: GraphqlMutations): UnresolvedMutation['owner'] {
  for (const [module, block] of mutations.wholeResources) {
    const type = typeNameOf(join, mutations.resources.get(module)!)
    const ending = [type, pluralize(type)].find((name) => field.length > name.length && field.endsWith(name))
    // One lower-case verb before the type name (`annulInvoice`): `createCustomerNote` is not `Note`'s.
    if (!ending || !/^[a-z][a-z\d]*$/.test(field.slice(0, field.length - ending.length))) continue
    const names = mutations.declaredNames.filter((name) => name.resource === module && name.label.startsWith('mutation')).map((name) => name.field)
    return {module, block, names: [...new Set(names)]}
  }
  return undefined
}
