/**
 * Elixir: tree-sitter-elixir through web-tree-sitter (WASM: no native build
 * in users' installs).
 *
 * Which WASM: `@cursorless/tree-sitter-wasms` (0.7.0, grammar pinned at
 * elixir-lang/tree-sitter-elixir 02a6f7f, ABI 14, no install script). Checked
 * with web-tree-sitter 0.25.10 against the two other sources on every
 * fixtures/elixir file, valid and broken: the same S-expression trees as
 * `tree-sitter-elixir` 0.3.5's own `tree-sitter-elixir.wasm` (that package
 * also builds a native addon at install and weighs 23 MB) and as
 * `tree-sitter-wasms` 0.1.13 (built from the older tree-sitter-elixir 0.1.x,
 * one node type more). The elixir-lang package would be the upstream choice if
 * it ever ships the WASM alone.
 *
 * Syntax errors: every ERROR and MISSING node, merged where they overlap,
 * named by what is missing or by the first unexpected token. tree-sitter puts
 * a missing `end` at the end of the block and reads a stray `end` as a plain
 * identifier; both are traced back with the code's indentation to the `do`
 * that is never closed or the `end` that closes nothing.
 */
import {createRequire} from 'node:module'
import {Language, Parser, Query, type Node} from 'web-tree-sitter'
import type {CodeBlock} from '../model/document.js'
import type {ElixirCode, SyntaxIssue} from './types.js'

const require = createRequire(import.meta.url)

/**
 * The most parser operations (tokens read, parse actions, error recovery
 * steps) one block may take. Counting operations instead of time keeps the
 * result the same on every machine. A 42 KB Ash resource takes about 32,000;
 * 10,000 nested `do` blocks take 190,000 and 0.1-0.4 s.
 */
export const maxParseOperations = 100_000
/** tree-sitter calls the progress callback once every 100 operations. */
const operationsPerProgressCall = 100

export interface ElixirParser {
  parser: Parser
  /** Every `do … end` and `fn … end` block, in document order. */
  blocks: Query
}

let loading: Promise<ElixirParser> | undefined

/** Load web-tree-sitter and the Elixir grammar once per process. */
export function load(): Promise<ElixirParser> {
  loading ??= (async function () {
    await Parser.init()
    const language = await Language.load(require.resolve('@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm'))
    const parser = new Parser()
    parser.setLanguage(language)
    return {parser, blocks: new Query(language, '[(do_block) (anonymous_function)] @block')}
  })()
  return loading
}

export function parse(elixir: ElixirParser, block: CodeBlock): ElixirCode {
  const {parser} = elixir
  let progressCalls = 0
  const tree = parser.parse(block.value, null, {
    // Returning true cancels the parse (the typings say void; the runtime
    // reads the result).
    progressCallback: (() => ++progressCalls * operationsPerProgressCall > maxParseOperations) as () => void
  })
  if (!tree) {
    // A cancelled parse resumes on the next call unless the parser is reset.
    parser.reset()
    const empty = parser.parse('')
    if (!empty) throw new Error('tree-sitter returned no tree')
    const lastLine = Math.max(0, block.map.lines.length - 1)
    return {
      language: 'elixir',
      tree: empty,
      root: empty.rootNode,
      incomplete: true,
      errors: [
        {
          reason: `Elixir block too complex to parse (limit ${maxParseOperations.toLocaleString('en-US')} parser operations)`,
          place: block.map.place(0, 0, lastLine, block.map.lines[lastLine]?.length ?? 0)
        }
      ]
    }
  }
  return {language: 'elixir', tree, root: tree.rootNode, errors: syntaxIssues(elixir, tree.rootNode, block)}
}

/** A syntax problem while still in block offsets (UTF-16, like tree-sitter's indices). */
interface RawIssue {
  kind: 'missing-end' | 'missing-closer' | 'stray-end' | 'keyword-order' | 'unexpected' | 'missing'
  /** The node's range, to merge overlapping problems. */
  start: number
  end: number
  node: Node
  reason: string
  placeStart: number
  placeEnd: number
}

/** Which of two overlapping problems names it best. */
const strength: Record<RawIssue['kind'], number> = {
  'missing-end': 5,
  'missing-closer': 5,
  'stray-end': 4,
  'keyword-order': 4,
  unexpected: 3,
  missing: 2
}

/** Words Elixir reserves that tree-sitter-elixir reads as identifiers when they are out of place. */
const reservedWords = new Set(['end', 'do', 'after', 'else', 'catch', 'rescue'])

const closers: Record<string, string> = {']': '[', ')': '(', '}': '{', '>>': '<<'}

export function syntaxIssues(elixir: ElixirParser, root: Node, block: CodeBlock): SyntaxIssue[] {
  const raw: RawIssue[] = []
  if (root.hasError) collectErrors(root, block, raw)
  const tokens = unmatchedTokens(root, block, raw)
  // Reserved words other than `end` out of place: tree-sitter-elixir reads them as identifiers.
  for (const child of root.isError ? [] : root.namedChildren) {
    if (child?.type === 'identifier' && child.text !== 'end' && reservedWords.has(child.text)) {
      raw.push(tokenIssue('unexpected', child, `unexpected ${quote(child.text)}`))
    }
  }
  if (raw.length === 0 && tokens.ends.length === 0) return []
  return merge(balanceEnds(elixir, root, block, raw, tokens))
    .sort((a, b) => a.placeStart - b.placeStart)
    .map((issue) => ({reason: issue.reason, place: block.map.placeAt(issue.placeStart, issue.placeEnd)}))
}

/**
 * The `do`s, `fn`s and `end`s that belong to no block, and the problems they
 * explain. An extra `end` closes the enclosing block early, so the last `end`
 * of the block is left over, at the top level, as an identifier; where
 * recovery failed, the unmatched `do`s and `end`s are bare tokens or
 * identifiers at any depth (in an ERROR, or read as a call's argument).
 */
function unmatchedTokens(root: Node, block: CodeBlock, raw: RawIssue[]): {opens: Node[]; ends: Node[]; errors: Set<RawIssue>} {
  const opens: Node[] = []
  const ends: Node[] = []
  const errors = new Set<RawIssue>()
  if (!root.hasError) {
    for (const child of root.namedChildren) {
      if (child?.type === 'identifier' && child.text === 'end') ends.push(child)
    }
    return {opens, ends, errors}
  }
  const word = /\b(?:do|fn|end)\b/g
  let match: RegExpExecArray | null
  while ((match = word.exec(block.value))) {
    const token = root.descendantForIndex(match.index, match.index + match[0].length)
    if (!token || token.startIndex !== match.index || token.endIndex !== match.index + match[0].length) continue
    const parent = token.parent?.type
    if (token.type === 'identifier' ? token.text === 'end' && parent !== 'dot' : token.type === 'end' && parent === 'ERROR') {
      ends.push(token)
    } else if ((token.type === 'do' && parent !== 'do_block') || (token.type === 'fn' && parent !== 'anonymous_function')) {
      opens.push(token)
    }
  }
  // An ERROR, or the construct a MISSING token was needed for, that holds one of them.
  const tokens = [...opens, ...ends]
  for (const issue of raw) {
    if (issue.kind === 'missing-end') continue
    const scope = issue.node.isMissing ? issue.node.parent : issue.node
    if (scope && tokens.some((token) => token.startIndex >= scope.startIndex && token.endIndex <= scope.endIndex)) errors.add(issue)
  }
  return {opens, ends, errors}
}

/** Walk only into subtrees with an error, collecting ERROR and MISSING nodes. */
function collectErrors(root: Node, block: CodeBlock, raw: RawIssue[]): void {
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.isMissing) raw.push(missingIssue(node, block))
    else if (node.isError) raw.push(errorIssue(node, block))
    else {
      for (let index = node.childCount - 1; index >= 0; index--) {
        const child = node.child(index)
        if (child && (child.hasError || child.isMissing)) stack.push(child)
      }
    }
  }
}

function tokenIssue(kind: RawIssue['kind'], node: Node, reason: string, token: Node = node): RawIssue {
  return {kind, start: node.startIndex, end: node.endIndex, node, reason, placeStart: token.startIndex, placeEnd: token.endIndex}
}

function unclosedIssue(opener: Node, block: CodeBlock): RawIssue {
  const name = opener.type === 'fn' ? 'fn' : headName(opener)
  return tokenIssue('missing-end', opener, `${quote(name)} on line ${lineOf(block, opener)} is never closed: missing "end"`)
}

function strayEndIssue(end: Node): RawIssue {
  return tokenIssue('stray-end', end, 'unexpected "end": one "end" too many')
}

function missingIssue(node: Node, block: CodeBlock): RawIssue {
  const parent = node.parent
  if (node.type === 'end' && (parent?.type === 'do_block' || parent?.type === 'anonymous_function')) {
    // Placed at the block's opener for now; `balanceEnds` looks for the real one.
    const issue = unclosedIssue(parent.firstChild ?? parent, block)
    return {...issue, start: node.startIndex, end: node.endIndex, node}
  }
  const opener = parent ? openerOf(parent, node) : undefined
  if (opener) {
    return tokenIssue(
      'missing-closer',
      node,
      `${quote(opener.text)} on line ${lineOf(block, opener.node)} is never closed: missing ${quote(node.type)}`,
      opener.node
    )
  }
  if (node.type.startsWith('identifier') || node.type.startsWith('_')) {
    // An expression or a separator the grammar needed: name the tokens around it.
    const before = previousToken(node)
    const after = nextToken(node)
    if (node.type.startsWith('_terminator') && after) {
      return tokenIssue('missing', node, `unexpected ${quote(tokenText(after))}: expected "," or a new line before it`, after)
    }
    return tokenIssue('missing', node, before ? `missing expression after ${quote(tokenText(before))}` : 'missing expression')
  }
  return tokenIssue('missing', node, `missing ${quote(node.type)}`)
}

/** The token that opens the construct a missing closer belongs to (`[`, `(`, `"`, `~r/`). */
function openerOf(parent: Node, missing: Node): {node: Node; text: string} | undefined {
  const wanted = closers[missing.type] ?? missing.type
  if (parent.type === 'sigil') {
    // `~` sigil_name delimiter: name the whole opening, `~r/` or `~H"""`.
    const delimiter = parent.child(2)
    if (!delimiter || delimiter.equals(missing)) return undefined
    return {node: parent, text: parent.text.slice(0, delimiter.endIndex - parent.startIndex)}
  }
  for (let index = 0; index < parent.childCount; index++) {
    const child = parent.child(index)
    if (!child || child.startIndex >= missing.startIndex) break
    if (!child.isNamed && child.type === wanted) return {node: child, text: child.text}
  }
  return undefined
}

function errorIssue(node: Node, block: CodeBlock): RawIssue {
  const token = firstToken(node)
  return keywordOrderIssue(node, block) ?? tokenIssue('unexpected', node, `unexpected ${quote(tokenText(token))}`, token)
}

/**
 * Keywords (`allow_nil?: false`) must be the last arguments of a call or the
 * last items of a list or map; tree-sitter makes an ERROR of the keywords or
 * of what follows them.
 */
function keywordOrderIssue(node: Node, block: CodeBlock): RawIssue | undefined {
  const first = node.namedChild(0)
  let pair: Node | null | undefined
  if (first?.type === 'keywords' || first?.type === 'pair') {
    pair = first.type === 'pair' ? first : lastNamedChild(first)
  } else if (first?.type === 'keyword' && node.namedChildCount === 1) {
    // `[a: 1, b: ]`: a keyword with nothing after it.
    return tokenIssue('keyword-order', node, `missing value after keyword ${quote(first.text.trim())}`, first)
  } else {
    const before = node.previousSibling
    if (before?.type === 'keywords') pair = lastNamedChild(before)
  }
  if (!pair || pair.type !== 'pair') return undefined
  // The token after the pair and its comma is the one out of place.
  const text = block.value
  let offset = pair.endIndex
  while (offset < text.length && /[\s,]/.test(text[offset]!)) offset++
  const after = offset < text.length ? rootOf(node).descendantForIndex(offset) : null
  if (!after) return undefined
  const key = pair.childForFieldName('key') ?? pair.firstChild
  return tokenIssue(
    'keyword-order',
    node,
    `unexpected ${quote(tokenText(after))} after keyword ${quote((key?.text ?? '').trim())}: keywords must come last`,
    after
  )
}

/** Merge problems whose ranges overlap (a zero-width MISSING touching an ERROR included); keep the best-named one. */
function merge(raw: RawIssue[]): RawIssue[] {
  const sorted = [...raw].sort((a, b) => a.start - b.start || a.end - b.end)
  const groups: Array<{end: number; best: RawIssue}> = []
  for (const issue of sorted) {
    const last = groups.at(-1)
    if (last && issue.start <= last.end) {
      last.end = Math.max(last.end, issue.end)
      if (strength[issue.kind] > strength[last.best.kind]) last.best = issue
    } else {
      groups.push({end: issue.end, best: issue})
    }
  }
  return groups.map((group) => group.best)
}

/**
 * Missing and stray `end`s, traced by indentation.
 *
 * tree-sitter closes blocks with the nearest `end`, so one missing `end`
 * shifts every `end` after it one block outwards and leaves the outermost
 * block without one (a MISSING `end` at the end of the block); one stray
 * `end` shifts them inwards and leaves one over (an identifier `end`). When
 * recovery fails, an ERROR holds the unmatched `do`s and `end`s instead.
 *
 * Formatted code closes a block at the indentation of the line its call
 * starts on, so the blocks whose `end` sits elsewhere are the shifted ones.
 * With `end`s missing, the deepest blocks whose `end` is further left (or
 * missing) are the ones never closed; with `end`s over, the first `end`s
 * further right than their block are the extra ones.
 */
function balanceEnds(
  elixir: ElixirParser,
  root: Node,
  block: CodeBlock,
  raw: RawIssue[],
  tokens: {opens: Node[]; ends: Node[]; errors: Set<RawIssue>}
): RawIssue[] {
  const missing = raw.filter((issue) => issue.kind === 'missing-end')
  if (missing.length + tokens.opens.length + tokens.ends.length === 0) return raw

  const shifted = shiftedBlocks(elixir, root, block)
  const opened = missing.length + tokens.opens.length
  const closed = tokens.ends.length

  if (opened === closed) {
    // Balanced overall: place each MISSING and stray `end` on its own.
    missing.forEach(function (issue, index) {
      const opener = shifted.unclosed[index]
      if (opener) Object.assign(issue, {...unclosedIssue(opener, block), start: issue.start, end: issue.end, node: issue.node})
    })
    return [
      ...raw,
      ...tokens.ends.map((end, index) => {
        const culprit = shifted.overclosed[index] ?? end
        return {...strayEndIssue(culprit), start: end.startIndex, end: end.endIndex}
      })
    ]
  }

  const rest = raw.filter((issue) => !missing.includes(issue) && !tokens.errors.has(issue))
  if (opened > closed) {
    const fallback = [
      ...missing.map((issue) => issue.node.parent?.firstChild).filter((node): node is Node => Boolean(node)),
      ...[...tokens.opens].reverse()
    ]
    for (const opener of distinct([...shifted.unclosed, ...fallback]).slice(0, opened - closed)) {
      rest.push(unclosedIssue(opener, block))
    }
  } else {
    for (const end of distinct([...shifted.overclosed, ...tokens.ends]).slice(0, closed - opened)) {
      rest.push(strayEndIssue(end))
    }
  }
  return rest
}

/**
 * The `do … end` and `fn … end` blocks whose `end` is not where formatted
 * code puts it: `unclosed` (its `end` further left, or missing), deepest
 * first, as their opening `do`/`fn`; `overclosed` (further right), in order,
 * as their `end`.
 */
function shiftedBlocks(elixir: ElixirParser, root: Node, block: CodeBlock): {unclosed: Node[]; overclosed: Node[]} {
  const lines = new BlockLines(block)
  const unclosed: Array<{opener: Node; depth: number}> = []
  const overclosed: Node[] = []
  const open: number[] = []
  for (const {node} of elixir.blocks.captures(root)) {
    while (open.length > 0 && open.at(-1)! <= node.startIndex) open.pop()
    const depth = open.length
    open.push(node.endIndex)
    const opener = node.firstChild
    const end = node.lastChild
    if (!opener || !end || end.type !== 'end') continue
    if (end.isMissing) {
      unclosed.push({opener, depth})
      continue
    }
    // `do`: where the call starts (`def f(x)\n when … do` included); `fn`:
    // its own line, where the `end` may also line up with a call that holds
    // it (`change after_action(fn … ->` … `end)`).
    const head = node.type === 'do_block' && node.parent?.type === 'call' ? node.parent : node
    const headLine = lines.lineAt(head.startIndex)
    const endLine = lines.lineAt(end.startIndex)
    if (endLine === headLine) continue
    const indent = lines.indent(headLine)
    const allowed = [indent]
    if (node.type === 'anonymous_function') {
      for (let ancestor = node.parent; ancestor && ancestor.startIndex >= lines.offsets[headLine]!; ancestor = ancestor.parent) {
        allowed.push(ancestor.startIndex - lines.offsets[headLine]!)
      }
    }
    const column = end.startIndex - lines.offsets[endLine]!
    if (allowed.includes(column)) continue
    if (column < indent) unclosed.push({opener, depth})
    else overclosed.push(end)
  }
  // The deepest first; among equals, the later one.
  unclosed.sort((a, b) => b.depth - a.depth || b.opener.startIndex - a.opener.startIndex)
  overclosed.sort((a, b) => a.startIndex - b.startIndex)
  return {unclosed: unclosed.map((entry) => entry.opener), overclosed}
}

function distinct(nodes: Node[]): Node[] {
  const seen = new Set<number>()
  return nodes.filter(function (node) {
    if (seen.has(node.startIndex)) return false
    seen.add(node.startIndex)
    return true
  })
}

/** `attributes do`, `def do`, or just `do`: the call a `do` belongs to, named by its target. */
function headName(doNode: Node): string {
  const call = doNode.parent?.parent
  const target = call?.type === 'call' ? call.childForFieldName('target') : null
  if (target && (target.type === 'identifier' || target.type === 'dot') && target.text.length <= 40 && !target.text.includes('\n')) {
    return `${target.text} do`
  }
  return 'do'
}

/** Line lookups over the block's value, by UTF-16 offset (the way tree-sitter's indices count). */
class BlockLines {
  readonly offsets: number[]
  private readonly lines: string[]

  constructor(block: CodeBlock) {
    this.offsets = block.map.lineOffsets
    this.lines = block.map.lines
  }

  lineAt(offset: number): number {
    let low = 0
    let high = this.offsets.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.offsets[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  indent(line: number): number {
    return /^[ \t]*/.exec(this.lines[line] ?? '')![0].length
  }
}

function lineOf(block: CodeBlock, node: Node): number {
  return block.map.pointAt(node.startIndex).line
}

function rootOf(node: Node): Node {
  let current = node
  while (current.parent) current = current.parent
  return current
}

function lastNamedChild(node: Node): Node | null {
  return node.namedChildCount > 0 ? node.namedChild(node.namedChildCount - 1) : null
}

/** The first token (leaf) of a node. */
function firstToken(node: Node): Node {
  let current = node
  while (current.childCount > 0) {
    const child = current.child(0)
    if (!child) break
    current = child
  }
  return current
}

/** The last non-empty token before a node, in the whole tree. */
function previousToken(node: Node): Node | undefined {
  let current: Node | null = node
  while (current) {
    let sibling = current.previousSibling
    while (sibling && sibling.endIndex === sibling.startIndex) sibling = sibling.previousSibling
    if (sibling) {
      while (sibling.childCount > 0) sibling = sibling.child(sibling.childCount - 1)!
      return sibling
    }
    current = current.parent
  }
  return undefined
}

/** The first non-empty token after a node, in the whole tree. */
function nextToken(node: Node): Node | undefined {
  let current: Node | null = node
  while (current) {
    let sibling = current.nextSibling
    while (sibling && sibling.endIndex === sibling.startIndex) sibling = sibling.nextSibling
    if (sibling) return firstToken(sibling)
    current = current.parent
  }
  return undefined
}

/** A token's text for a message: its first line, trimmed, at most 30 characters. */
function tokenText(node: Node): string {
  const text = node.text.split(/\r\n|\r|\n/)[0]!.trim()
  return text.length > 30 ? text.slice(0, 29) + '…' : text
}

/** Quote code in a message: `"]"`, or `'"'` when the code holds a double quote. */
function quote(code: string): string {
  if (!code.includes('"')) return `"${code}"`
  if (!code.includes("'")) return `'${code}'`
  return '`' + code + '`'
}
