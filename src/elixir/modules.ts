/**
 * Elixir modules and functions of a subsection's code blocks, for the
 * Phoenix models (`contexts.ts`, `liveviews.ts`).
 *
 * DSL calls and values are read with the generic reader of `dsl.ts`;
 * this file adds what a DSL reader does not need: `defmodule`s as modules,
 * their `use`s and `alias`es, and the function definitions (`def`, `defp`,
 * `defdelegate`) with their arity, clauses and `@impl`.
 */
import type {Node} from 'web-tree-sitter'
import {isElision, placeOfNode as placeOf, readBody, readValue, type AliasValue, type DslCall, type ElixirValue, type KeywordPair} from './dsl.js'
import {readAliases, resolveModule, type ModuleRef} from './aliases.js'
import type {CodeBlock, Subsection} from '../document/model.js'
import type {Place} from '../document/positions.js'
import type {RelatedPlace} from '../document/related.js'
import {templatePlaceholders} from '../document/placeholders.js'

export type FunctionKind = 'def' | 'defp' | 'defmacro' | 'defmacrop' | 'defdelegate'

/** One clause (or body-less head) of a function. */
export interface FunctionClause {
  kind: FunctionKind
  name: string
  /** The function name's place. */
  place: Place
  /** The whole `def ... end`. */
  declarationPlace: Place
  /** The parameters as written (patterns, `\\` defaults included). */
  params: Node[]
  /** How many parameters have a default (`b \\ 1`). */
  defaults: number
  /** True when the head has a `when` guard. */
  guard: boolean
  /** True for a head without body (`def f(a, b \\ 1)`), which only declares defaults. */
  headOnly: boolean
  /** The `@impl` written right before this clause, if any (`true`, `Phoenix.LiveView`). */
  impl?: {value: string; place: Place}
  node: Node
  /** The code block the clause is written in (a subsection's loose functions have their own). */
  block: CodeBlock
}

/** A function: the clauses of one kind, name and arity, in order. */
export interface ElixirFunction {
  kind: FunctionKind
  name: string
  /** The number of parameters. */
  arity: number
  /** The lowest arity it can be called with (parameters with defaults left out). */
  minArity: number
  clauses: FunctionClause[]
  /** The first clause's name place. */
  place: Place
  /** True when a clause of it has `@impl` (other than `@impl false`). */
  impl: boolean
}

/** `use X, args...` of a module. */
export interface ModuleUse {
  module: ModuleRef
  /** Arguments after the module (`:live_view` in `use MyAppWeb, :live_view`), keywords excluded. */
  args: ElixirValue[]
  options: KeywordPair[]
  call: DslCall
}

/** Why the doc does not show the whole module. */
export type IncompleteReason = 'syntax' | 'placeholder' | 'elided' | 'dynamic'

export interface ElixirModule {
  /** The full module name (a nested module's name includes its parent's). */
  name: string
  /** The name as written after `defmodule`. */
  written: string
  /** The name's place. */
  place: Place
  /** The whole `defmodule ... end`. */
  definitionPlace: Place
  /** The enclosing module's name, for a nested module. */
  parent?: string
  block: CodeBlock
  call: DslCall
  /** The body's calls (module attributes left out), from the DSL reader. */
  body: DslCall[]
  uses: ModuleUse[]
  /** `alias`es: short name → full name. */
  aliases: Map<string, string>
  /** Functions defined in the module (nested modules' excluded), in order of first clause. */
  functions: ElixirFunction[]
  /** Comments of the module body (nested functions' included), as written. */
  comments: Array<{text: string; place: Place}>
  /**
   * Whether the doc shows the whole module: false when its block has a
   * syntax error, when it holds a template placeholder comment, an elision
   * in its body (`...`, `# ...`, `# rest of the module unchanged`: see
   * `src/code/excerpts.ts`; not one inside a function body), or a function
   * with a computed name. Checks that report
   * something missing stand down when false.
   */
  complete: boolean
  incomplete?: IncompleteReason
}

const functionKinds = new Set<string>(['def', 'defp', 'defmacro', 'defmacrop', 'defdelegate'])

/** The placeholder comments of the template's Elixir blocks (`# LiveView implementation`). */
const placeholderComments = new Set(templatePlaceholders.comments.elixir ?? [])


/** Every module (nested ones included) of the subsection's parsed Elixir blocks, in order. */
export function subsectionModules(subsection: Subsection): ElixirModule[] {
  const modules: ElixirModule[] = []
  for (const block of subsection.blocks) {
    if (block.code?.language !== 'elixir') continue
    for (const call of readBody(block, block.code.root).calls) {
      if (call.name === 'defmodule') collect(block, call, undefined, modules)
    }
  }
  return modules
}

/** The subsection's parsed Elixir blocks. */
export function elixirBlocks(subsection: Subsection): CodeBlock[] {
  return subsection.blocks.filter((block) => block.code?.language === 'elixir')
}

function collect(block: CodeBlock, call: DslCall, parent: string | undefined, modules: ElixirModule[]): void {
  const nameValue = call.args[0]
  if (nameValue?.kind !== 'alias') return
  const name = parent ? parent + '.' + nameValue.name : nameValue.name
  const module = readModule(block, call, name, nameValue, parent)
  modules.push(module)
  for (const inner of module.body) {
    if (inner.name === 'defmodule') collect(block, inner, name, modules)
  }
}

function readModule(block: CodeBlock, call: DslCall, name: string, nameValue: AliasValue, parent: string | undefined): ElixirModule {
  const body = call.body ?? []
  const aliases = readAliases(body, name)
  const module: ElixirModule = {
    name,
    written: nameValue.name,
    place: nameValue.place,
    definitionPlace: call.place,
    parent,
    block,
    call,
    body,
    uses: [],
    aliases,
    functions: [],
    comments: [],
    complete: true
  }
  const code = block.code
  if (code?.language === 'elixir' && code.errors.length > 0) markIncomplete(module, 'syntax')

  for (const statement of body) {
    if (statement.name !== 'use') continue
    const target = statement.args[0]
    if (target?.kind !== 'alias') continue
    module.uses.push({
      module: resolveModule(target, aliases, name),
      args: statement.args.slice(1),
      options: statement.options,
      call: statement
    })
  }

  const doBlock = call.node.namedChildren.find((child) => child?.type === 'do_block') ?? undefined
  if (doBlock) {
    const read = readFunctions(block, doBlock)
    module.functions = read.functions
    if (read.elided) markIncomplete(module, 'elided')
    else if (read.dynamic) markIncomplete(module, 'dynamic')
  }
  collectComments(module, doBlock)
  return module
}

function markIncomplete(module: ElixirModule, reason: IncompleteReason): void {
  if (!module.complete) return
  module.complete = false
  module.incomplete = reason
}

/**
 * The functions defined by the statements of a module body (or of a block's
 * top level): their clauses with the `@impl` written before each, and
 * whether an elision (`...`, `# ...`: `isElision`) or a function with a computed name is there.
 */
export function readFunctions(block: CodeBlock, body: Node): {functions: ElixirFunction[]; elided: boolean; dynamic: boolean} {
  const functions: ElixirFunction[] = []
  let elided = false
  let dynamic = false
  const byKey = new Map<string, ElixirFunction>()
  let impl: FunctionClause['impl']
  for (const child of body.namedChildren) {
    if (!child) continue
    if (isElision(block, child)) {
      elided = true
      continue
    }
    if (child.type === 'comment') continue
    if (child.type === 'unary_operator' && child.childForFieldName('operator')?.type === '@') {
      const operand = child.childForFieldName('operand')
      if (operand?.type === 'call' && operand.childForFieldName('target')?.text === 'impl') {
        const argument = operand.namedChildren.find((node) => node?.type === 'arguments')?.namedChildren[0]
        impl = {value: argument?.text ?? '', place: placeOf(block, child)}
      }
      continue
    }
    if (child.type !== 'call') continue
    const target = child.childForFieldName('target')
    if (!target || target.type !== 'identifier' || !functionKinds.has(target.text)) continue
    const clause = readClause(block, child, target.text as FunctionKind, impl)
    impl = undefined
    if (!clause) {
      dynamic = true
      continue
    }
    const arity = clause.params.length
    const key = clause.kind + ' ' + clause.name + '/' + arity
    let fn = byKey.get(key)
    if (!fn) {
      fn = {
        kind: clause.kind,
        name: clause.name,
        arity,
        minArity: arity - clause.defaults,
        clauses: [],
        place: clause.place,
        impl: false
      }
      byKey.set(key, fn)
      functions.push(fn)
    }
    fn.clauses.push(clause)
    fn.minArity = Math.min(fn.minArity, arity - clause.defaults)
    if (clause.impl && clause.impl.value !== 'false') fn.impl = true
  }
  return {functions, elided, dynamic}
}

/** One `def` call: `def name(params) when guard, do: ...` / `do ... end` / a head. */
function readClause(block: CodeBlock, node: Node, kind: FunctionKind, impl: FunctionClause['impl']): FunctionClause | undefined {
  const args = node.namedChildren.find((child) => child?.type === 'arguments')
  let head = args?.namedChildren.find((child) => child && child.type !== 'comment') ?? undefined
  if (!head) return undefined
  let guard = false
  if (head.type === 'binary_operator' && head.childForFieldName('operator')?.type === 'when') {
    guard = true
    head = head.childForFieldName('left') ?? undefined
    if (!head) return undefined
  }
  let nameNode: Node
  let params: Node[] = []
  if (head.type === 'identifier') {
    nameNode = head
  } else if (head.type === 'call') {
    const target = head.childForFieldName('target')
    // `def unquote(name)(x)`, `def unquote(:"#{name}")`: a computed name.
    if (!target || target.type !== 'identifier' || target.text === 'unquote') return undefined
    nameNode = target
    const paramList = head.namedChildren.find((child) => child?.type === 'arguments')
    params = paramList ? paramList.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment') : []
  } else {
    return undefined
  }
  const defaults = params.filter((param) => param.type === 'binary_operator' && param.childForFieldName('operator')?.type === '\\\\').length
  const hasKeywordBody = args?.namedChildren.some((child) => child?.type === 'keywords') ?? false
  const hasDoBlock = node.namedChildren.some((child) => child?.type === 'do_block')
  return {
    kind,
    name: nameNode.text,
    place: placeOf(block, nameNode),
    declarationPlace: placeOf(block, node),
    params,
    defaults,
    guard,
    // `defdelegate f(a), to: X` has keywords but no `do`; it is a definition all the same.
    headOnly: kind !== 'defdelegate' && !hasKeywordBody && !hasDoBlock,
    impl,
    node,
    block
  }
}

/** Comments in the module body; placeholder comments make the module incomplete. */
function collectComments(module: ElixirModule, doBlock: Node | undefined): void {
  if (!doBlock) return
  const stack: Node[] = [doBlock]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (let index = node.namedChildCount - 1; index >= 0; index--) {
      const child = node.namedChild(index)
      if (!child) continue
      if (child.type === 'comment') {
        module.comments.push({text: child.text, place: placeOf(module.block, child)})
        // A template placeholder anywhere stands for code not written yet;
        // an elision counts only in the module body (`readBody`), not in a
        // function body (`# reuse the existing record` explains that code).
        if (placeholderComments.has(child.text.trim())) markIncomplete(module, 'placeholder')
      } else if (child.type === 'call' && child.childForFieldName('target')?.text === 'defmodule') {
        // A nested module's comments are its own.
        continue
      } else if (child.namedChildCount > 0) {
        stack.push(child)
      }
    }
  }
  module.comments.sort((a, b) => a.place.start.line - b.place.start.line || a.place.start.column - b.place.start.column)
}

/** The functions of a name (any arity, any kind). */
export function functionsNamed(functions: readonly ElixirFunction[], name: string): ElixirFunction[] {
  return functions.filter((fn) => fn.name === name)
}

/** The public function `name/arity` (a function with defaults counts for each arity it accepts). */
export function publicFunction(functions: readonly ElixirFunction[], name: string, arity: number): ElixirFunction | undefined {
  return functions.find(
    (fn) => fn.name === name && fn.kind !== 'defp' && fn.kind !== 'defmacrop' && fn.minArity <= arity && arity <= fn.arity
  )
}

/** The value of a parameter node, read as a DSL value (`"save"`, `:save`, `%{...}`). */
export function paramValue(module: ElixirModule, node: Node): ElixirValue {
  return readValue(module.block, node)
}


// ---------------------------------------------------------------------------
// A subsection that documents one module (`Context Module: X`, `Component: X`).

export interface ModuleSubsection {
  subsection: Subsection
  /** The module the heading names (`MyApp.Teams`); undefined when the heading does not have the template's form. */
  name?: string
  /** The heading's place. */
  headingPlace: Place
  /** Every module of the subsection's parsed Elixir blocks, nested ones included. */
  modules: ElixirModule[]
  /**
   * The module the subsection documents: the one the heading names, else
   * (heading without a name, or naming a module no block defines) the first
   * top-level module.
   */
  module?: ElixirModule
  /**
   * Whether a block defines the module the heading names: undefined when the
   * heading names none; false when it names one that no `defmodule` defines.
   */
  headingAgrees?: boolean
  /** The subsection's parsed Elixir blocks. */
  blocks: CodeBlock[]
  /**
   * Functions defined at the top level of the subsection's blocks, outside
   * any module: snippets of the documented module (`def render(assigns)` in
   * a block of its own).
   */
  loose: ElixirFunction[]
  /** True when a block's top level holds an elision (`...`) or a function with a computed name. */
  looseIncomplete: boolean
}

export function readModuleSubsection(subsection: Subsection): ModuleSubsection {
  const modules = subsectionModules(subsection)
  const name = subsection.name
  const named = name === undefined ? undefined : modules.find((module) => module.name === name)
  const blocks = elixirBlocks(subsection)
  const loose: ElixirFunction[] = []
  let looseIncomplete = false
  for (const block of blocks) {
    if (block.code?.language !== 'elixir') continue
    const read = readFunctions(block, block.code.root)
    loose.push(...read.functions)
    if (read.elided || read.dynamic) looseIncomplete = true
  }
  return {
    subsection,
    name,
    headingPlace: subsection.heading.position,
    modules,
    module: named ?? modules.find((module) => module.parent === undefined),
    headingAgrees: name === undefined ? undefined : named !== undefined,
    blocks,
    loose,
    looseIncomplete
  }
}

/** A problem found by `moduleHeadingIssues`. */
export interface HeadingIssue {
  reason: string
  place: Place
  /** The heading, when the message is in the code. */
  related: RelatedPlace[]
}

/**
 * The heading and the code disagree: the subsection's blocks define no
 * module, or none of the name the heading gives. Nothing is said when the
 * heading has no name (`subsection-heading` reports it) or when a block
 * could not be parsed whole (the syntax rules report it).
 */
export function moduleHeadingIssues(entry: ModuleSubsection): HeadingIssue[] {
  const {name, subsection} = entry
  if (name === undefined || entry.headingAgrees !== false || entry.blocks.length === 0) return []
  const heading = `\`${subsection.heading.text}\``
  const related = [{place: subsection.heading.position, message: `heading ${heading}`}]
  const module = entry.module
  if (!module) {
    if (entry.blocks.some((block) => block.code?.language === 'elixir' && block.code.errors.length > 0)) return []
    return [{reason: `No \`defmodule ${name}\` in the Elixir block of ${heading}`, place: entry.blocks[0]!.position, related}]
  }
  return [{reason: `Module \`${module.name}\` does not match the heading ${heading}`, place: module.place, related}]
}
