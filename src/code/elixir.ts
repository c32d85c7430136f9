/**
 * Elixir: tree-sitter-elixir through web-tree-sitter (WASM: no native build
 * in users' installs). The grammar's WASM comes from
 * `@cursorless/tree-sitter-wasms`.
 */
import {createRequire} from 'node:module'
import {Language, Parser} from 'web-tree-sitter'
import type {CodeBlock} from '../model/document.js'
import type {ElixirCode, SyntaxIssue} from './types.js'

const require = createRequire(import.meta.url)
let loading: Promise<Parser> | undefined

/** Load web-tree-sitter and the Elixir grammar once per process. */
export function load(): Promise<Parser> {
  loading ??= (async function () {
    await Parser.init()
    const language = await Language.load(require.resolve('@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm'))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  return loading
}

export function parse(parser: Parser, block: CodeBlock): ElixirCode {
  const tree = parser.parse(block.value)
  if (!tree) throw new Error('tree-sitter returned no tree')
  const errors: SyntaxIssue[] = []
  if (tree.rootNode.hasError) {
    // Descend only into subtrees that contain an error.
    const stack = [tree.rootNode]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.isError || node.isMissing) {
        errors.push({
          reason: node.isMissing ? `missing "${node.type}"` : `unexpected "${node.text.split('\n')[0]!.slice(0, 40)}"`,
          place: block.map.place(node.startPosition.row, node.startPosition.column, node.endPosition.row, node.endPosition.column)
        })
        continue
      }
      for (let index = node.childCount - 1; index >= 0; index--) {
        const child = node.child(index)
        if (child && (child.hasError || child.isMissing)) stack.push(child)
      }
    }
  }
  return {language: 'elixir', tree, root: tree.rootNode, errors}
}
