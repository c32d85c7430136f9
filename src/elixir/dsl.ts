/**
 * A small, generic reader of Elixir DSL calls (Spark DSLs: Ash, AshPostgres,
 * …) from the tree-sitter-elixir tree, with every value's place mapped to the
 * Markdown file.
 *
 * In the tree, a call's name is its `target` field; its `arguments` child
 * holds the positional values and, last, a `keywords` node (`key: value`
 * pairs); a `do_block` child holds the body's statements. The reader turns
 * that into `DslCall`s and `ElixirValue`s and never interprets what the DSL
 * means: that is the job of the Ash model (`resources.ts`).
 */
import type {Node} from 'web-tree-sitter'
import type {CodeBlock} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {isElisionComment, isElisionStatement} from '../code/excerpts.js'

/** `key: value` in a keyword list (`allow_nil?: false`). */
export interface KeywordPair {
  /** The key without its `:` (`allow_nil?`). */
  key: string
  /** The key as written, without the `: ` that follows it. */
  keyPlace: Place
  value: ElixirValue
  /** The whole pair. */
  place: Place
}

interface ValueBase {
  /** Where the value is, in the Markdown file. */
  place: Place
  /** The value's source text, as written. */
  text: string
}

/** `:name`, `:"quoted name"`: `value` is the name without the colon. */
export interface AtomValue extends ValueBase {
  kind: 'atom'
  value: string
}

/** `"text"`: `value` is the content between the quotes (escapes left as written). */
export interface StringValue extends ValueBase {
  kind: 'string'
  value: string
  /** True when the string has `#{...}`: `value` is then only indicative. */
  interpolated: boolean
}

export interface NumberValue extends ValueBase {
  kind: 'number'
  value: number
}

export interface BooleanValue extends ValueBase {
  kind: 'boolean'
  value: boolean
}

export interface NilValue extends ValueBase {
  kind: 'nil'
}

/** A module name as written (`MyApp.Teams.Team`, `Team`). */
export interface AliasValue extends ValueBase {
  kind: 'alias'
  name: string
}

/**
 * `[...]`. Elixir allows `key: value` pairs only at the end of a list
 * (`[:read, create: :*]`), so they are kept apart: `items` are the plain
 * elements, `pairs` the trailing keyword elements.
 */
export interface ListValue extends ValueBase {
  kind: 'list'
  items: ElixirValue[]
  pairs: KeywordPair[]
}

/** `{...}`. */
export interface TupleValue extends ValueBase {
  kind: 'tuple'
  items: ElixirValue[]
}

/** Bare trailing keywords, as in `f(:a, key: 1)` or `[key: 1]`'s content. */
export interface KeywordValue extends ValueBase {
  kind: 'keyword'
  pairs: KeywordPair[]
}

/** A call used as a value: `expr(...)`, `always()`, `Ash.Policy.Check.Builtins.actor_present()`. */
export interface CallValue extends ValueBase {
  kind: 'call'
  call: DslCall
}

/** Anything else (maps, sigils, captures, module attributes, variables, …), kept as text. */
export interface UnknownValue extends ValueBase {
  kind: 'unknown'
  /** The tree-sitter node type (`map`, `sigil`, `unary_operator`, `identifier`, …). */
  nodeType: string
}

export type ElixirValue =
  | AtomValue
  | StringValue
  | NumberValue
  | BooleanValue
  | NilValue
  | AliasValue
  | ListValue
  | TupleValue
  | KeywordValue
  | CallValue
  | UnknownValue

/** One call of a DSL: `attribute :email, :string, allow_nil?: false do ... end`. */
export interface DslCall {
  /** `attribute`; for a remote call, the dotted name (`Ash.Resource.Builder.add`). */
  name: string
  namePlace: Place
  /** The whole call, its do block included. */
  place: Place
  /** Positional arguments, the trailing keywords excluded. */
  args: ElixirValue[]
  /** The trailing keyword arguments (`allow_nil?: false`), in order. */
  options: KeywordPair[]
  /** The statements of the `do ... end` block that are calls; undefined without a block. */
  body?: DslCall[]
  /** True when the do block also holds statements that are not calls (`x = 1`, `@attr`). */
  bodyHasOther?: boolean
  /**
   * The first elision of the do block's own statements (a bare `...` or a
   * comment that says code is left out, `src/code/excerpts.ts`): the block is
   * an excerpt. Elisions in nested blocks (a function body) are theirs.
   */
  elision?: Place
  /** The source text of the call's first line (for messages that quote it). */
  head: string
  node: Node
  block: CodeBlock
}

/**
 * The Markdown place of a tree-sitter node, from its offsets: tree-sitter's
 * rows do not count a lone CR as a line break, the block map does.
 */
export function placeOfNode(block: CodeBlock, node: Node): Place {
  return block.map.placeAt(node.startIndex, node.endIndex)
}

/** Named children, without punctuation and comments. */
function valueChildren(node: Node): Node[] {
  const children: Node[] = []
  for (const child of node.namedChildren) {
    if (child && child.type !== 'comment') children.push(child)
  }
  return children
}

function quotedContent(node: Node): string {
  let text = ''
  for (const child of node.namedChildren) {
    if (!child) continue
    if (child.type === 'quoted_content' || child.type === 'escape_sequence') text += child.text
  }
  return text
}

function readPair(block: CodeBlock, node: Node): KeywordPair | undefined {
  const keyNode = node.childForFieldName('key')
  const valueNode = node.childForFieldName('value')
  if (!keyNode || !valueNode) return undefined
  let key: string
  let keyPlace: Place
  if (keyNode.type === 'quoted_keyword') {
    key = quotedContent(keyNode)
    const end = keyNode.text.lastIndexOf(':')
    keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + Math.max(end, 0))
  } else {
    // The key node's text is `name: ` (the colon and the space included).
    key = keyNode.text.replace(/:\s*$/, '')
    keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + key.length)
  }
  return {key, keyPlace, value: readValue(block, valueNode), place: placeOfNode(block, node)}
}

function readPairs(block: CodeBlock, node: Node): KeywordPair[] {
  const pairs: KeywordPair[] = []
  for (const child of valueChildren(node)) {
    if (child.type !== 'pair') continue
    const pair = readPair(block, child)
    if (pair) pairs.push(pair)
  }
  return pairs
}

function parseNumber(text: string): number {
  const clean = text.replaceAll('_', '')
  if (/^0[xob]/i.test(clean)) return Number(clean)
  return Number.parseFloat(clean)
}

/** Convert one expression node to the value model. */
export function readValue(block: CodeBlock, node: Node): ElixirValue {
  const base = {place: placeOfNode(block, node), text: node.text}
  switch (node.type) {
    case 'atom':
      return {...base, kind: 'atom', value: node.text.slice(1)}
    case 'quoted_atom':
      return {...base, kind: 'atom', value: quotedContent(node)}
    case 'string':
      return {
        ...base,
        kind: 'string',
        value: quotedContent(node),
        interpolated: node.namedChildren.some((child) => child?.type === 'interpolation')
      }
    case 'integer':
    case 'float':
      return {...base, kind: 'number', value: parseNumber(node.text)}
    case 'boolean':
      return {...base, kind: 'boolean', value: node.text === 'true'}
    case 'nil':
      return {...base, kind: 'nil'}
    case 'alias':
      return {...base, kind: 'alias', name: node.text.replace(/\s+/g, '')}
    case 'list': {
      const items: ElixirValue[] = []
      let pairs: KeywordPair[] = []
      for (const child of valueChildren(node)) {
        if (child.type === 'keywords') pairs = readPairs(block, child)
        else items.push(readValue(block, child))
      }
      return {...base, kind: 'list', items, pairs}
    }
    case 'tuple':
      return {...base, kind: 'tuple', items: valueChildren(node).map((child) => readValue(block, child))}
    case 'keywords':
      return {...base, kind: 'keyword', pairs: readPairs(block, node)}
    case 'call':
      return {...base, kind: 'call', call: readCall(block, node)}
    case 'unary_operator': {
      // `-1`, `-2.5`: a negative number literal.
      const operator = node.childForFieldName('operator')
      const operand = node.childForFieldName('operand')
      if (operator?.type === '-' && operand && (operand.type === 'integer' || operand.type === 'float')) {
        return {...base, kind: 'number', value: -parseNumber(operand.text)}
      }
      return {...base, kind: 'unknown', nodeType: node.type}
    }
    default:
      return {...base, kind: 'unknown', nodeType: node.type}
  }
}

/** The name of a call's target: `attribute`, or `Mod.fun` for a remote call. */
function targetName(target: Node | null): string {
  if (!target) return ''
  if (target.type === 'identifier') return target.text
  if (target.type === 'dot') {
    const left = target.childForFieldName('left')
    const right = target.childForFieldName('right')
    return (left?.text ?? '') + '.' + (right?.text ?? '')
  }
  return target.text
}

/** The first line of a node's text, trimmed. */
function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  // ` do` at the end goes (plain code: `/\s+do$/` is quadratic on a long run of spaces).
  const body = line.endsWith('do') ? line.slice(0, -2) : undefined
  return (body !== undefined && body !== body.trimEnd() ? body : line).trim()
}

/** Read a `call` node (or a bare identifier statement, a call without arguments). */
export function readCall(block: CodeBlock, node: Node): DslCall {
  if (node.type === 'identifier') {
    const place = placeOfNode(block, node)
    return {name: node.text, namePlace: place, place, args: [], options: [], head: node.text, node, block}
  }
  const target = node.childForFieldName('target')
  const call: DslCall = {
    name: targetName(target),
    namePlace: target ? placeOfNode(block, target) : placeOfNode(block, node),
    place: placeOfNode(block, node),
    args: [],
    options: [],
    head: firstLine(node.text),
    node,
    block
  }
  for (const child of node.namedChildren) {
    if (!child) continue
    if (child.type === 'arguments') {
      for (const argument of valueChildren(child)) {
        if (argument.type === 'keywords') call.options = readPairs(block, argument)
        else call.args.push(readValue(block, argument))
      }
    } else if (child.type === 'do_block') {
      const body = readBody(block, child)
      call.body = body.calls
      call.bodyHasOther = body.other
      if (body.elision) call.elision = body.elision
    }
  }
  return call
}

/**
 * The calls of a `do_block` (or of the source root), in order, and the first
 * elision among its own statements (bare `...` statements are also calls, named `...`).
 */
export function readBody(block: CodeBlock, node: Node): {calls: DslCall[]; other: boolean; elision?: Place} {
  const calls: DslCall[] = []
  let other = false
  let elision: Place | undefined
  for (const child of node.namedChildren) {
    if (!child) continue
    if (!elision && isElision(block, child)) elision = placeOfNode(block, child)
    if (child.type === 'comment') continue
    if (child.type === 'call' || child.type === 'identifier') calls.push(readCall(block, child))
    // `@moduledoc`, `@attr value`: module attributes say nothing about the DSL.
    else if (child.type === 'unary_operator' && child.childForFieldName('operator')?.type === '@') continue
    else other = true
  }
  return {calls, other, elision}
}

/** A statement of a body that is an elision: a bare `...`, or a comment on its own line that says code is left out. */
export function isElision(block: CodeBlock, node: Node): boolean {
  if (node.type === 'comment') return ownLine(node) && isElisionComment(node.text)
  // A lone `…` is parsed as `_` (src/code/elixir.ts): the block's text tells them apart.
  return node.type === 'identifier' && isElisionStatement(block.value.slice(node.startIndex, node.endIndex))
}

/**
 * A comment on its own line, or right after the `do` that opens its block
 * (`attributes do # ...`); not one after a statement on the same line.
 */
function ownLine(comment: Node): boolean {
  const before = comment.previousSibling
  if (!before || before.endPosition.row < comment.startPosition.row) return true
  return before.type === 'do'
}

/** The pairs of a keyword list: a bare `keywords`, or a list made only of pairs (`[]` included). */
export function keywordPairs(value: ElixirValue | undefined): KeywordPair[] | undefined {
  if (!value) return undefined
  if (value.kind === 'keyword') return value.pairs
  if (value.kind === 'list' && value.items.length === 0) return value.pairs
  return undefined
}

/** The atoms of `:a` or `[:a, :b]`; undefined when the value holds anything else. */
export function atomList(value: ElixirValue | undefined): AtomValue[] | undefined {
  if (!value) return undefined
  if (value.kind === 'atom') return [value]
  if (value.kind === 'list' && value.pairs.length === 0 && value.items.every((item) => item.kind === 'atom')) {
    return value.items as AtomValue[]
  }
  return undefined
}

/** The modules of `Mod` or `[ModA, ModB]`; undefined when the value holds anything else. */
export function aliasList(value: ElixirValue | undefined): AliasValue[] | undefined {
  if (!value) return undefined
  if (value.kind === 'alias') return [value]
  if (value.kind === 'list' && value.pairs.length === 0 && value.items.every((item) => item.kind === 'alias')) {
    return value.items as AliasValue[]
  }
  return undefined
}

/**
 * One option of a DSL entity, whichever way it is written: a trailing
 * keyword (`allow_nil?: false`) or a call in the entity's do block
 * (`allow_nil? false`).
 */
export interface DslOption {
  key: string
  keyPlace: Place
  value: ElixirValue
  /** The pair, or the whole call of the block form. */
  place: Place
  form: 'keyword' | 'block'
  /** The block call, for the block form. */
  call?: DslCall
}

/**
 * The options of an entity call: its keyword arguments, then the calls of
 * its do block that have the shape of an option (one argument, or keywords
 * only: `constraints one_of: [...]`). `nested` names block calls that are
 * nested entities (`argument`, `filter`, …), not options.
 */
export function entityOptions(call: DslCall, nested: ReadonlySet<string> = new Set()): DslOption[] {
  const options: DslOption[] = []
  // `do: allow_nil?(false)` is the one-line form of a do block: its call is a block option.
  const inlineBody: DslCall[] = []
  for (const pair of call.options) {
    if (pair.key === 'do') {
      if (pair.value.kind === 'call') inlineBody.push(pair.value.call)
      continue
    }
    options.push({key: pair.key, keyPlace: pair.keyPlace, value: pair.value, place: pair.place, form: 'keyword'})
  }
  for (const inner of [...(call.body ?? []), ...inlineBody]) {
    if (nested.has(inner.name)) continue
    let value: ElixirValue
    if (inner.args.length === 1 && inner.options.length === 0) value = inner.args[0]!
    else if (inner.args.length === 0 && inner.options.length > 0) {
      const last = inner.options[inner.options.length - 1]!
      value = {
        kind: 'keyword',
        pairs: inner.options,
        place: {start: inner.options[0]!.place.start, end: last.place.end},
        text: inner.head.slice(inner.name.length).trim()
      }
    } else {
      value = {kind: 'unknown', nodeType: 'call', place: inner.place, text: inner.head}
    }
    options.push({key: inner.name, keyPlace: inner.namePlace, value, place: inner.place, form: 'block', call: inner})
  }
  return options
}

/** The last option of that key (Spark keeps the last one). */
export function findOption(options: readonly DslOption[], key: string): DslOption | undefined {
  for (let index = options.length - 1; index >= 0; index--) {
    if (options[index]!.key === key) return options[index]
  }
  return undefined
}

/** The boolean value of an option, when it is a literal. */
export function booleanOption(options: readonly DslOption[], key: string): boolean | undefined {
  const value = findOption(options, key)?.value
  return value?.kind === 'boolean' ? value.value : undefined
}

/** The source text of a value, on one line, shortened for messages. */
export function shortText(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine
}
