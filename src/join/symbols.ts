/**
 * The symbol table of a doc: every name a block defines that another block
 * (or another part of the same block) may point to, built once per file by
 * the `understandSymbols` stage into `model.symbols` from the models the
 * earlier stages built. Checks of cross-references resolve names here and
 * name the definition's place as a related location.
 *
 * Each kind says whether the doc shows all of it (`complete`): a reference to
 * a name the doc does not show is a defect only where the list is whole.
 */
import {isResource, type AshResource} from '../ash/model.js'
import type {DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {entityOptions, findOption, type DslCall} from '../elixir/dsl.js'
import type {LiveViewComponent} from '../phoenix/liveviews.js'
import type {ElixirModule} from '../elixir/modules.js'
import type {SqlTable} from '../sql/tables.js'
import type {RelatedPlace} from '../document/related.js'
import type {Node} from 'web-tree-sitter'
import {graphqlMutations, type GraphqlMutations} from './graphql-mutations.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** What the doc defines, by kind and name (stage `understandSymbols`). */
    symbols?: SymbolTable
  }
}

/** A name the doc defines, and where. */
export interface Definition {
  name: string
  place: Place
}

export interface SymbolTable {
  /** The Ash resources the doc defines, by module. */
  resources: Map<string, ResourceSymbols>
  /** The Ash domains of the contexts section, by module. */
  domains: Map<string, DomainSymbols>
  /** The SQL tables, by name. */
  tables: Map<string, SqlTable>
  graphql: {
    types: Map<string, Definition>
    queries: Map<string, Definition>
    mutations: Map<string, Definition>
  }
  /** The mutations AshGraphql makes from the doc's resources and domains (`graphql do mutations ... end`), and the conventional names where there are none. */
  graphqlMutations: GraphqlMutations
  /** The LiveViews and LiveComponents, by module. */
  liveViews: Map<string, LiveViewSymbols>
  /** Remote calls (`MyApp.Billing.list_invoices!(...)`) in the LiveView and context modules, resolved through their aliases. */
  calls: RemoteCall[]
}

export interface RemoteCall {
  /** The called module, resolved (`MyApp.Billing`). */
  module: string
  /** As written (`Billing`). */
  written: string
  function: string
  /** The function name's place. */
  place: Place
  /** The module the call is in. */
  from: string
}

export interface ResourceSymbols {
  module: string
  resource: AshResource
  attributes: Map<string, Definition>
  relationships: Map<string, Definition>
  /** Actions, those `defaults` makes included. */
  actions: Map<string, Definition>
  /** Each action's arguments, by action name. */
  arguments: Map<string, Map<string, Definition>>
  calculations: Map<string, Definition>
  aggregates: Map<string, Definition>
  identities: Map<string, Definition>
  /** The functions of the resource's own `code_interface`, by function name. */
  interface: Map<string, Definition>
  /** The `define` entries of `code_interface` and of the domain, with the action each names. */
  defines: InterfaceDefine[]
  complete: AshResource['complete']
}

/** `define :name, action: :x` (in a resource's `code_interface` or a domain's `resource` block). */
export interface InterfaceDefine {
  name: Definition
  /** The action written with `action:`; undefined when the action is the function's name. */
  action?: Definition
  /** Where it is: the resource's `code_interface`, or a domain (its module). */
  in: 'resource' | string
}

export interface DomainSymbols {
  module: string
  /** The resources registered in `resources do ... end`, by module. */
  resources: Map<string, Definition>
  /** The functions the domain has: code interface functions, `def` and `defdelegate`. */
  functions: Map<string, Definition>
  /** True when the doc shows the whole domain module and resource list. */
  complete: boolean
  /** False for `use Ash.Domain, backwards_compatible_interface?: false`: the Ash 2 functions (`read!`, `get!`, …) do not exist. */
  backwardsCompatible: boolean
  /** `extensions:` of `use Ash.Domain`. */
  extensions: string[]
}

export interface SentEvent {
  name: string
  /** The event name's place inside the template. */
  place: Place
  /** The attribute (`phx-click`). */
  binding: string
}

export interface LiveViewSymbols {
  module: string
  component: LiveViewComponent
  /** The event names a `handle_event` clause matches literally. */
  handlers: Map<string, Definition>
  /** The prefixes of `"row:" <> id` clauses. */
  prefixes: Definition[]
  /** True when a clause matches any event (`handle_event(event, …)`). */
  catchAll: boolean
  /** True when the module attaches hooks (`attach_hook`): events may be handled there. */
  hooks: boolean
  /** Events the module's `~H` templates send to the module itself (elements without `phx-target`). */
  sent: SentEvent[]
  /** True when a `~H` template is shown. */
  templateShown: boolean
}

/** The model stage. */
export function understandSymbols(model: DocumentModel): void {
  model.symbols = buildSymbols(model)
}

export function buildSymbols(model: DocumentModel): SymbolTable {
  const table: SymbolTable = {
    resources: new Map(),
    domains: new Map(),
    tables: new Map(),
    graphql: {types: new Map(), queries: new Map(), mutations: new Map()},
    graphqlMutations: {declared: false, declaredNames: [], conventionalNames: [], resources: new Map(), wholeResources: new Map(), schemaImports: false},
    liveViews: new Map(),
    calls: []
  }
  for (const resource of model.ash?.resources ?? []) {
    if (!isResource(resource) || table.resources.has(resource.module)) continue
    table.resources.set(resource.module, resourceSymbols(resource))
  }
  for (const context of model.contexts ?? []) {
    const domain = context.domain
    const module = context.module
    if (!domain || !module || table.domains.has(module.name)) continue
    const compatible = domain.options.find((pair) => pair.key === 'backwards_compatible_interface?')?.value
    const symbols: DomainSymbols = {
      module: module.name,
      resources: new Map(),
      functions: new Map(),
      complete: domain.complete && module.complete,
      // `true` by default (ash v3.32.0, lib/ash/domain/domain.ex): only a literal `false` turns it off.
      backwardsCompatible: !(compatible?.kind === 'boolean' && !compatible.value),
      extensions: domain.extensions.map((extension) => extension.name)
    }
    for (const entry of domain.resources) {
      symbols.resources.set(entry.module.name, {name: entry.module.name, place: entry.place})
      const resource = table.resources.get(entry.module.name)
      for (const define of entry.interfaces) {
        for (const name of interfaceFunctions(define.name, define.kind)) add(symbols.functions, name, define.place)
        if (define.kind === 'define' && resource) {
          resource.defines.push({
            name: {name: define.name, place: define.place},
            action: define.action.defaulted ? undefined : {name: define.action.name, place: define.action.place},
            in: module.name
          })
        }
      }
    }
    for (const fn of module.functions) {
      if (fn.kind === 'def' || fn.kind === 'defdelegate' || fn.kind === 'defmacro') add(symbols.functions, fn.name, fn.place)
    }
    table.domains.set(module.name, symbols)
  }
  for (const sqlTable of model.sql?.tables.values() ?? []) table.tables.set(sqlTable.name, sqlTable)
  for (const [name, type] of model.graphql?.objects ?? []) {
    if (name === 'Query' || name === 'Mutation') {
      const target = name === 'Query' ? table.graphql.queries : table.graphql.mutations
      for (const field of type.fields) add(target, field.name, field.place)
    } else {
      add(table.graphql.types, name, type.place)
    }
  }
  for (const component of model.liveViews ?? []) {
    const module = component.module
    if (!module || table.liveViews.has(module.name)) continue
    table.liveViews.set(module.name, liveViewSymbols(component))
  }
  for (const entry of [...(model.contexts ?? []), ...(model.liveViews ?? [])]) {
    for (const module of entry.modules) table.calls.push(...remoteCalls(module))
  }
  table.graphqlMutations = graphqlMutations(model, table)
  return table
}

function add(map: Map<string, Definition>, name: string, place: Place): void {
  if (!map.has(name)) map.set(name, {name, place})
}

/**
 * The functions a code interface entry defines (ash v3.32.0,
 * lib/ash/code_interface.ex): `name` and `name!` (for `name?`: `name` and
 * `name?`), `can_name` and `can_name?`, and `query_to_name`,
 * `changeset_to_name` or `input_to_name` by the action's type (all three
 * here: the type may not be shown). `define_calculation` defines `name` only.
 */
export function interfaceFunctions(name: string, kind: 'define' | 'define_calculation'): string[] {
  if (kind === 'define_calculation') return [name]
  const predicate = name.endsWith('?')
  const base = predicate ? name.slice(0, -1) : name
  const bang = predicate ? name : name + '!'
  return [base, bang, 'can_' + base, predicate ? 'can_' + name : 'can_' + name + '?', 'query_to_' + name, 'changeset_to_' + name, 'input_to_' + name]
}

function resourceSymbols(resource: AshResource): ResourceSymbols {
  const symbols: ResourceSymbols = {
    module: resource.module,
    resource,
    attributes: new Map(),
    relationships: new Map(),
    actions: new Map(),
    arguments: new Map(),
    calculations: new Map(),
    aggregates: new Map(),
    identities: new Map(),
    interface: new Map(),
    defines: [],
    complete: resource.complete
  }
  for (const attribute of resource.attributes) add(symbols.attributes, attribute.name, attribute.place)
  for (const relationship of resource.relationships) add(symbols.relationships, relationship.name, relationship.place)
  for (const action of resource.actions) {
    add(symbols.actions, action.name, action.place)
    const args = new Map<string, Definition>()
    for (const argument of action.arguments) add(args, argument.name, argument.place)
    if (!symbols.arguments.has(action.name)) symbols.arguments.set(action.name, args)
  }
  for (const calculation of resource.calculations) add(symbols.calculations, calculation.name, calculation.place)
  for (const aggregate of resource.aggregates) add(symbols.aggregates, aggregate.name, aggregate.place)
  for (const identity of resource.identities) add(symbols.identities, identity.name, identity.place)
  for (const section of resource.sections) {
    if (section.name !== 'code_interface') continue
    for (const call of section.body ?? []) readResourceDefine(symbols, call)
  }
  return symbols
}

function readResourceDefine(symbols: ResourceSymbols, call: DslCall): void {
  if (call.name !== 'define' && call.name !== 'define_calculation') return
  const nameValue = call.args[0]
  if (nameValue?.kind !== 'atom') return
  for (const name of interfaceFunctions(nameValue.value, call.name)) add(symbols.interface, name, nameValue.place)
  if (call.name !== 'define') return
  const action = findOption(entityOptions(call), 'action')?.value
  symbols.defines.push({
    name: {name: nameValue.value, place: nameValue.place},
    action: action?.kind === 'atom' ? {name: action.value, place: action.place} : undefined,
    in: 'resource'
  })
}

/**
 * The `defmodule` calls inside a module's call (itself left out). Walking
 * every call through web-tree-sitter is costly; most modules hold no other
 * `defmodule`, which their text shows.
 */
function nestedModules(root: Node, descendants?: Array<Node | null>): Node[] {
  if (root.text.indexOf('defmodule', 1) === -1) return []
  const found: Node[] = []
  for (const call of descendants ?? root.descendantsOfType('call')) {
    if (call !== null && call.startIndex !== root.startIndex && call.childForFieldName('target')?.text === 'defmodule') found.push(call)
  }
  return found
}

/** The remote calls of a module's own body (nested modules' left to them), resolved through its aliases. */
function remoteCalls(module: ElixirModule): RemoteCall[] {
  const calls: RemoteCall[] = []
  const root = module.call.node
  const descendants = root.descendantsOfType('call')
  const nested = nestedModules(root, descendants)
  for (const call of descendants) {
    const target = call?.childForFieldName('target')
    if (!call || target?.type !== 'dot') continue
    const left = target.childForFieldName('left')
    const right = target.childForFieldName('right')
    if (left?.type !== 'alias' || right?.type !== 'identifier') continue
    if (nested.some((inner) => inner.startIndex <= call.startIndex && call.endIndex <= inner.endIndex)) continue
    const written = left.text.replace(/\s+/g, '')
    const [first, ...rest] = written.split('.')
    const aliased = module.aliases.get(first!)
    calls.push({
      module: aliased ? [aliased, ...rest].join('.') : written,
      written,
      function: right.text,
      place: module.block.map.placeAt(right.startIndex, right.endIndex),
      from: module.name
    })
  }
  return calls
}

// ---------------------------------------------------------------------------
// LiveViews

/** The bindings that send an event to the LiveView (Phoenix LiveView v1.x, "Bindings"). */
const eventBindings =
  /\bphx-(click|click-away|submit|change|blur|focus|keydown|keyup|window-blur|window-focus|window-keydown|window-keyup|capture-click)\s*=\s*"([^"{}\s]+)"/g

function liveViewSymbols(component: LiveViewComponent): LiveViewSymbols {
  const symbols: LiveViewSymbols = {
    module: component.module!.name,
    component,
    handlers: new Map(),
    prefixes: [],
    catchAll: false,
    hooks: false,
    sent: [],
    templateShown: false
  }
  for (const {event} of component.events) {
    if (!event) continue
    if ((event.kind === 'string' || event.kind === 'atom') && event.name !== undefined) add(symbols.handlers, event.name, event.place)
    else if (event.kind === 'prefix' && event.name !== undefined) symbols.prefixes.push({name: event.name, place: event.place})
    else if (event.kind === 'variable' || event.kind === 'other' || (event.kind === 'prefix' && event.name === undefined)) symbols.catchAll = true
  }
  // The module's own templates, and those of snippets shown outside any module;
  // not those of other modules in the subsection (a nested component).
  const module = component.module!
  const nested = nestedModules(module.call.node)
  for (const block of component.subsection.blocks) {
    if (block.code?.language !== 'elixir') continue
    const root = block.code.root
    const inModuleBlock = block === module.block
    const hasModule = block.value.includes('defmodule') && root.descendantsOfType('call').some((call) => call?.childForFieldName('target')?.text === 'defmodule')
    if (!inModuleBlock && hasModule) continue
    const scope = inModuleBlock ? module.call.node : root
    if (scope.text.includes('attach_hook')) symbols.hooks = true
    for (const sigil of scope.descendantsOfType('sigil')) {
      if (!sigil || sigil.namedChildren[0]?.text !== 'H') continue
      if (nested.some((inner) => inner.startIndex <= sigil.startIndex && sigil.endIndex <= inner.endIndex)) continue
      symbols.templateShown = true
      for (const content of sigil.namedChildren) {
        if (content?.type !== 'quoted_content') continue
        for (const event of templateEvents(content.text)) {
          const start = content.startIndex + event.start
          symbols.sent.push({name: event.name, binding: event.binding, place: block.map.placeAt(start, start + event.name.length)})
        }
      }
    }
  }
  return symbols
}

/**
 * The events a HEEx template sends to its own LiveView: each event binding
 * with a literal name on an element that has no `phx-target` (which sends
 * it elsewhere) and no `JS.push` (which may).
 */
export function templateEvents(text: string): Array<{name: string; binding: string; start: number}> {
  const events: Array<{name: string; binding: string; start: number}> = []
  eventBindings.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = eventBindings.exec(text))) {
    const tag = enclosingTag(text, match.index)
    if (tag === undefined || tag.includes('phx-target') || tag.includes('JS.')) continue
    const name = match[2]!
    events.push({name, binding: 'phx-' + match[1]!, start: match.index + match[0].length - name.length - 1})
  }
  return events
}

/** The text of the tag around `index`: from its `<` to its `>` (quotes and `{…}` skipped); undefined when unclear. */
function enclosingTag(text: string, index: number): string | undefined {
  const open = text.lastIndexOf('<', index)
  if (open < 0) return undefined
  let depth = 0
  let quote = ''
  for (let position = open + 1; position < text.length; position++) {
    const character = text[position]
    if (quote) {
      if (character === quote) quote = ''
    } else if (character === '"' || character === "'") {
      if (depth === 0) quote = character
    } else if (character === '{') depth++
    else if (character === '}') depth = Math.max(0, depth - 1)
    else if (character === '>' && depth === 0) return text.slice(open, position + 1)
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Messages

/** A definition as a related place (for `relate`, src/document/related.ts). */
export function definedHere(definition: Definition | undefined, message: string): RelatedPlace[] {
  return definition ? [{place: definition.place, message}] : []
}
