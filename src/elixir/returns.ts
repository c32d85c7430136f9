/**
 * What a function clause returns, as far as the code shows it for certain:
 * the last expression of its body, and through `case`, `cond`, `if`,
 * `unless`, `with` (its `do` and its `else` clauses) and a `def`'s own
 * `rescue`/`catch`, each branch's last expression. Anything else (a pipe, a
 * call, a variable, a `try`, `receive`) ends the search: the value is not
 * known, and nothing is returned for it.
 *
 * An elision (`# ...`, `...`) after an expression means more code may
 * follow it, so an expression with an elision after it in the clause is not
 * a last expression for certain, and is left out.
 */
import type {Node} from 'web-tree-sitter'
import type {CodeBlock} from '../document/model.js'
import {isElision} from './dsl.js'
import type {FunctionClause} from './modules.js'

/** The blocks that follow the `do` part of a `do ... end`. */
const trailingBlocks: ReadonlySet<string> = new Set(['else_block', 'rescue_block', 'catch_block', 'after_block'])

/** The expressions the clause returns for certain, in text order. */
export function returnedExpressions(clause: FunctionClause): Node[] {
  if (clause.headOnly) return []
  const block = clause.block
  const found: Node[] = []
  const doBlock = childOfType(clause.node, 'do_block')
  if (doBlock) {
    const parts = splitDoBlock(doBlock)
    // `def f do ... else ... end` passes the `do` part's value to the `else`
    // clauses (as `try` does): it is no return value then.
    if (!parts.blocks.some((node) => node.type === 'else_block')) lastOf(parts.statements, found)
    for (const trailing of parts.blocks) {
      if (trailing.type === 'rescue_block' || trailing.type === 'catch_block') clausesOf(namedChildren(trailing), found)
    }
  } else {
    const value = keywordValue(clause.node, 'do')
    if (value) expand(value, found)
  }
  if (found.length === 0) return found
  const elisions: number[] = []
  collectElisions(block, clause.node, elisions)
  return found.filter((node) => !elisions.some((start) => start >= node.endIndex))
}

/** The last statement of a body, expanded. */
function lastOf(statements: Node[], found: Node[]): void {
  const last = statements.filter((node) => node.type !== 'comment').at(-1)
  if (last) expand(last, found)
}

/** The `->` clauses of `case`, `cond`, `else`, `rescue`: each body's last statement. */
function clausesOf(nodes: Node[], found: Node[]): void {
  for (const node of nodes) {
    if (node.type !== 'stab_clause') continue
    const body = node.childForFieldName('right')
    if (body) lastOf(namedChildren(body), found)
  }
}

function expand(node: Node, found: Node[]): void {
  if (node.type === 'tuple') {
    found.push(node)
    return
  }
  if (node.type === 'block') {
    lastOf(namedChildren(node), found)
    return
  }
  if (node.type !== 'call') return
  const target = node.childForFieldName('target')
  if (target?.type !== 'identifier') return
  const doBlock = childOfType(node, 'do_block')
  switch (target.text) {
    case 'case':
    case 'cond': {
      if (doBlock) clausesOf(namedChildren(doBlock), found)
      return
    }
    case 'if':
    case 'unless':
    case 'with': {
      if (doBlock) {
        const parts = splitDoBlock(doBlock)
        lastOf(parts.statements, found)
        const elseBlock = parts.blocks.find((child) => child.type === 'else_block')
        if (!elseBlock) return
        // `if`'s `else` holds statements, `with`'s holds `->` clauses.
        if (target.text === 'with') clausesOf(namedChildren(elseBlock), found)
        else lastOf(namedChildren(elseBlock), found)
        return
      }
      const value = keywordValue(node, 'do')
      if (value) expand(value, found)
      // `with ..., else: (pattern -> value)` is rare; only `if`/`unless` take a plain `else:` value.
      const otherwise = target.text === 'with' ? undefined : keywordValue(node, 'else')
      if (otherwise) expand(otherwise, found)
      return
    }
    default:
      return
  }
}

function splitDoBlock(doBlock: Node): {statements: Node[]; blocks: Node[]} {
  const statements: Node[] = []
  const blocks: Node[] = []
  for (const child of namedChildren(doBlock)) (trailingBlocks.has(child.type) ? blocks : statements).push(child)
  return {statements, blocks}
}

/** The value of `key:` among a call's trailing keywords (`do: value`). */
function keywordValue(call: Node, key: string): Node | undefined {
  const args = childOfType(call, 'arguments')
  const keywords = args ? childOfType(args, 'keywords') : undefined
  if (!keywords) return undefined
  for (const pair of namedChildren(keywords)) {
    if (pair.type !== 'pair') continue
    const written = pair.childForFieldName('key')?.text.trim()
    if (written === key + ':') return pair.childForFieldName('value') ?? undefined
  }
  return undefined
}

/** Where each elision inside `node` starts. */
function collectElisions(block: CodeBlock, node: Node, starts: number[]): void {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of namedChildren(current)) {
      if (isElision(block, child)) starts.push(child.startIndex)
      else if (child.namedChildCount > 0) stack.push(child)
    }
  }
}

function childOfType(node: Node, type: string): Node | undefined {
  return namedChildren(node).find((child) => child.type === type)
}

function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null)
}
