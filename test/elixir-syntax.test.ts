/**
 * elixir-syntax and the Elixir stage under it (src/code/elixir.ts).
 *
 * Accuracy: every fixtures/elixir/valid/*.ex (Ash resources, domains, plain
 * contexts, LiveViews, a 42 KB resource) embedded in a ```elixir block gives
 * zero messages; every fixtures/elixir/invalid/*.ex (a broken twin of one of
 * them) gives exactly the one message asserted here, at its Markdown place.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {VFile} from 'vfile'
import {Language, Parser} from 'web-tree-sitter'
import {beforeAll, describe, expect, it} from 'vitest'
import elixirSyntax from '../rules/elixir-syntax.js'
import {load, maxNesting, maxParseOperations, type ElixirParser} from '../src/code/elixir.js'
import type {ElixirCode} from '../src/code/types.js'
import type {CodeBlock} from '../src/document/model.js'
import {describeMessages, lint, root} from './helpers.js'

const require = createRequire(import.meta.url)
const validDir = path.join(root, 'fixtures', 'elixir', 'valid')
const invalidDir = path.join(root, 'fixtures', 'elixir', 'invalid')

let elixir: ElixirParser
beforeAll(async function () {
  elixir = await load()
})

function fixture(dir: string, name: string): string {
  return readFileSync(path.join(dir, name), 'utf8')
}

/** A doc with one ```elixir block holding `code` (which ends with a newline); its first content line is line 4. */
function doc(code: string): string {
  return '# Architecture Design Changes\n\n```elixir\n' + code + '```\n'
}

async function lintElixir(markdown: string): Promise<VFile> {
  return lint(markdown, {plugins: [elixirSyntax]})
}

async function messages(markdown: string): Promise<string[]> {
  return describeMessages(await lintElixir(markdown))
}

function elixirBlocks(file: VFile): Array<CodeBlock & {code: ElixirCode}> {
  return file.data.archdoc!.blocks.filter((block): block is CodeBlock & {code: ElixirCode} => block.code?.language === 'elixir')
}

describe('the grammar', function () {
  it('is tree-sitter-elixir from @cursorless/tree-sitter-wasms, loaded by web-tree-sitter 0.25', async function () {
    const webTreeSitter = JSON.parse(readFileSync(path.join(root, 'node_modules', 'web-tree-sitter', 'package.json'), 'utf8'))
    expect(webTreeSitter.version).toMatch(/^0\.25\./)
    await Parser.init()
    const language = await Language.load(require.resolve('@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm'))
    expect(language.abiVersion).toBe(14)
    const tree = elixir.parser.parse('attribute :name, :string, allow_nil?: false\n')!
    expect(tree.rootNode.toString()).toBe(
      '(source (call target: (identifier) (arguments (atom) (atom) (keywords (pair key: (keyword) value: (boolean))))))'
    )
    tree.delete()
  })
})

describe('valid fixtures', function () {
  const names = readdirSync(validDir).filter((name) => name.endsWith('.ex')).sort()

  it('are at least 15 files covering the Elixir the template asks for', function () {
    expect(names.length).toBeGreaterThanOrEqual(15)
    const all = names.map((name) => fixture(validDir, name)).join('\n')
    for (const construct of [
      'use Ash.Resource',
      'use Ash.Domain',
      'use MyAppWeb, :live_view',
      'import Ecto.Query',
      '~H"""',
      '~r/',
      '~w(',
      '|>',
      '&(&1',
      '&DateTime.utc_now/0',
      '@impl true',
      'with {:ok,',
      'case ',
      'cond do',
      'fn ',
      'defstruct',
      '%__MODULE__{',
      '%{',
      ' when ',
      '@moduledoc """',
      '# ',
      'for ',
      'calculations do',
      'aggregates do',
      'identities do',
      'policies do',
      'code_interface do',
      'json_api do',
      'graphql do',
      'attributes do',
      'relationships do',
      'actions do'
    ]) {
      expect(all, construct).toContain(construct)
    }
  })

  for (const name of names) {
    it(`${name} has no elixir-syntax message`, async function () {
      const file = await lintElixir(doc(fixture(validDir, name)))
      expect(describeMessages(file)).toEqual([])
      const [block] = elixirBlocks(file)
      expect(block!.code.errors).toEqual([])
      expect(block!.code.root.hasError).toBe(false)
    })
  }

  it('include a 40+ KB Ash resource that parses without an error', async function () {
    const code = fixture(validDir, 'large_ticket_resource.ex')
    expect(Buffer.byteLength(code)).toBeGreaterThan(40 * 1024)
    const file = await lintElixir(doc(code))
    const [block] = elixirBlocks(file)
    expect(block!.code.incomplete).toBeUndefined()
    expect(block!.code.root.hasError).toBe(false)
    expect(block!.code.root.namedChildren.map((child) => child?.type)).toEqual(['call'])
    expect(describeMessages(file)).toEqual([])
  })
})

describe('invalid fixtures', function () {
  // Each broken twin differs from its valid fixture by one edit; the
  // message is the one problem, at its place in the doc (code line + 3).
  const expected: Record<string, string> = {
    'dangling_pipe.ex': '79:5-79:7: missing expression after "|>"',
    'extra_bracket.ex': '52:43-52:44: unexpected "]"',
    'extra_paren.ex': '120:83-120:84: unexpected ")"',
    'keyword_missing_value.ex': '85:79-85:90: missing value after keyword "max_length:"',
    'keyword_not_last.ex': '94:42-94:47: unexpected "MyApp" after keyword "allow_nil?:": keywords must come last',
    'missing_comma.ex': '149:29-149:36: unexpected ":string"',
    'missing_end.ex': '27:16-27:18: "references do" is never closed: missing "end"',
    'missing_end_in_fn.ex': '74:80-74:82: "case do" is never closed: missing "end"',
    'stray_end.ex': '87:5-87:8: unexpected "end": one "end" too many',
    'unclosed_bracket.ex': '116:43-116:44: "[" is never closed: missing "]"',
    'unclosed_heex.ex': `75:5-75:10: '~H"""' is never closed: missing '"""'`,
    'unclosed_interpolation.ex': '55:48-55:50: "#{" is never closed: missing "}"',
    'unclosed_map.ex': '26:16-26:17: "{" is never closed: missing "}"',
    'unclosed_paren.ex': '42:20-42:21: "(" is never closed: missing ")"',
    'unclosed_regex.ex': '19:26-19:29: "~r/" is never closed: missing "/"',
    'unclosed_string.ex': `62:19-62:20: '"' is never closed: missing '"'`
  }

  it('are all asserted here', function () {
    expect(readdirSync(invalidDir).filter((name) => name.endsWith('.ex')).sort()).toEqual(Object.keys(expected).sort())
  })

  for (const [name, message] of Object.entries(expected)) {
    it(`${name}: ${message}`, async function () {
      const file = await lintElixir(doc(fixture(invalidDir, name)))
      expect(describeMessages(file)).toEqual([message + ' [elixir-syntax]'])
      expect(file.messages[0]!.fatal).toBe(true)
      expect(file.messages[0]!.source).toBe('archdoc-lint')
    })
  }
})

describe('positions in containers', function () {
  it('a block in a list item: lines and columns shift by the item', async function () {
    const indent = (code: string) => code.split('\n').map((line) => (line ? '  ' + line : line)).join('\n')
    const markdown = (code: string) => '# Architecture Design Changes\n\n- Resource:\n\n  ```elixir\n' + indent(code) + '  ```\n'
    expect(await messages(markdown(fixture(invalidDir, 'missing_end.ex')))).toEqual([
      '29:18-29:20: "references do" is never closed: missing "end" [elixir-syntax]'
    ])
    expect(await messages(markdown(fixture(invalidDir, 'unclosed_heex.ex')))).toEqual([
      `77:7-77:12: '~H"""' is never closed: missing '"""' [elixir-syntax]`
    ])
    expect(await messages(markdown(fixture(invalidDir, 'unclosed_paren.ex')))).toEqual([
      '44:22-44:23: "(" is never closed: missing ")" [elixir-syntax]'
    ])
  })

  it('a block in a blockquote: columns shift by "> "', async function () {
    const quoted = (code: string) => code.split('\n').map((line) => (line ? '> ' + line : '>')).join('\n')
    const markdown = (code: string) => '# Architecture Design Changes\n\n> ```elixir\n' + quoted(code) + '```\n'
    expect(await messages(markdown(fixture(invalidDir, 'stray_end.ex')))).toEqual([
      '87:7-87:10: unexpected "end": one "end" too many [elixir-syntax]'
    ])
    expect(await messages(markdown(fixture(invalidDir, 'keyword_not_last.ex')))).toEqual([
      '94:44-94:49: unexpected "MyApp" after keyword "allow_nil?:": keywords must come last [elixir-syntax]'
    ])
    expect(await messages(markdown(fixture(invalidDir, 'unclosed_string.ex')))).toEqual([
      `62:21-62:22: '"' is never closed: missing '"' [elixir-syntax]`
    ])
  })

  it('a ~~~ fence with an alias (`ex`)', async function () {
    const markdown = (code: string) => '# Architecture Design Changes\n\n~~~ex\n' + code + '~~~\n'
    expect(await messages(markdown(fixture(invalidDir, 'unclosed_bracket.ex')))).toEqual([
      '116:43-116:44: "[" is never closed: missing "]" [elixir-syntax]'
    ])
    expect(await messages(markdown(fixture(invalidDir, 'dangling_pipe.ex')))).toEqual([
      '79:5-79:7: missing expression after "|>" [elixir-syntax]'
    ])
  })

  it('a file with CRLF line endings', async function () {
    const code = 'defmodule A do\n  attributes do\n    attribute :a, :string\n\n  relationships do\n  end\nend\n'
    const markdown = doc(code).replaceAll('\n', '\r\n')
    expect(await messages(markdown)).toEqual([
      '5:14-5:16: "attributes do" is never closed: missing "end" [elixir-syntax]'
    ])
  })

  it('leaves blocks of other languages alone', async function () {
    expect(await messages('# Architecture Design Changes\n\n```ruby\ndef x(\n```\n\n```exs\nx = [1\n```\n')).toEqual([
      '8:5-8:6: "[" is never closed: missing "]" [elixir-syntax]'
    ])
  })
})

describe('messages', function () {
  const cases: Array<[string, string, string[]]> = [
    ['an operator without its right operand', 'x = 1 +\n', ['4:7-4:8: missing expression after "+"']],
    [
      'two expressions on one line',
      'attribute :name :string\n',
      ['4:17-4:24: unexpected ":string": expected "," or a new line before it']
    ],
    ['a reserved word out of place', 'x = 1\ndo\ny = 2\n', ['5:1-5:3: unexpected "do"']],
    ['a keyword without a value', 'x = [a: 1, b: ]\n', ['4:12-4:14: missing value after keyword "b:"']],
    ['a keyword before a positional item', 'x = [a: 1, :b]\n', ['4:12-4:14: unexpected ":b" after keyword "a:": keywords must come last']],
    ['a keyword before a map entry', 'x = %{a: 1, b => 2}\n', ['4:13-4:14: unexpected "b" after keyword "a:": keywords must come last']],
    ['an fn without its end', 'Enum.map(list, fn x ->\n  x * 2\n)\n', ['4:16-4:18: "fn" is never closed: missing "end"']],
    ['a string without its closing quote', 'x = "abc\ny = 1\n', [`4:5-4:6: '"' is never closed: missing '"'`]],
    [
      'two independent problems in separate blocks',
      'defmodule A do\n  attributes do\n    attribute :a, allow_nil?: false, :string\n  end\n\n  actions do\n    defaults [:read]]\n  end\nend\n',
      [
        '6:38-6:45: unexpected ":string" after keyword "allow_nil?:": keywords must come last',
        '10:21-10:22: unexpected "]"'
      ]
    ],
    [
      'two missing ends',
      'defmodule A do\n  def a do\n    :a\n\n  def b do\n    :b\n\n  def c do\n    :c\n  end\nend\n',
      [
        '5:9-5:11: "def a do" is never closed: missing "end"',
        '8:9-8:11: "def b do" is never closed: missing "end"'
      ]
    ],
    [
      'two stray ends',
      'defmodule A do\n  def a do\n    :a\n  end\n  end\n\n  def b do\n    :b\n  end\n  end\nend\n',
      ['8:3-8:6: unexpected "end": one "end" too many', '13:3-13:6: unexpected "end": one "end" too many']
    ],
    ['`end` as a field, a keyword and an atom', 'x = range.end\ny = [end: 1]\nz = :end\n', []]
  ]
  for (const [name, code, expected] of cases) {
    it(name, async function () {
      expect(await messages(doc(code))).toEqual(expected.map((message) => message + ' [elixir-syntax]'))
    })
  }
})

describe('a missing end is traced to its do', function () {
  // Delete each `end` that closes a `do` block on a line of its own: the one
  // message names that `do`, at its place.
  for (const name of ['order_resource.ex', 'ash_modules.ex', 'router.ex']) {
    it(`every do block of ${name}`, async function () {
      const code = fixture(validDir, name)
      const lines = code.split('\n')
      const tree = elixir.parser.parse(code)!
      const blocks = elixir.blocks
        .captures(tree.rootNode)
        .map((capture) => capture.node)
        .filter((node) => node.type === 'do_block' && lines[node.lastChild!.startPosition.row]!.trim() === 'end')
      expect(blocks.length).toBeGreaterThan(5)
      for (const block of blocks) {
        const endRow = block.lastChild!.startPosition.row
        const broken = lines.filter((_, index) => index !== endRow).join('\n')
        const line = block.startPosition.row + 4
        const column = block.startPosition.column + 1
        const found = await messages(doc(broken))
        expect(found, `end on line ${endRow + 1} deleted`).toHaveLength(1)
        expect(found[0]).toMatch(new RegExp(`^${line}:${column}-${line}:${column + 2}: (".*do"|'.*do') is never closed: missing "end" \\[elixir-syntax\\]$`))
      }
      tree.delete()
    })
  }
})

describe('the limits', function () {
  it(`stops 75,000 nested do blocks at ${maxParseOperations} parser operations, and the next block parses`, async function () {
    // About 16 operations a level: 75,000 levels (three a line, to stay
    // under the 100,000-line input limit) take about 1,200,000.
    const nested = 'a do a do a do\n'.repeat(25_000) + 'x\n' + 'end end end\n'.repeat(25_000)
    const markdown = doc(nested) + '\n```elixir\nx = [1\n```\n'
    const file = await lintElixir(markdown)
    expect(describeMessages(file)).toEqual([
      '4:1-50004:12: Elixir block too complex to parse (limit 1,000,000 parser operations) [elixir-syntax]',
      '50008:5-50008:6: "[" is never closed: missing "]" [elixir-syntax]'
    ])
    const [limited, next] = elixirBlocks(file)
    expect(limited!.code.incomplete).toBe(true)
    expect(limited!.code.root.childCount).toBe(0)
    expect(next!.code.incomplete).toBeUndefined()
  })

  it(`stops blocks nested deeper than ${maxNesting} levels, which parse but break recursive walkers`, async function () {
    const nested = (depth: number) => 'a do\n'.repeat(depth) + 'x\n' + 'end\n'.repeat(depth)
    expect(await messages(doc(nested(maxNesting)))).toEqual([])
    expect(await messages(doc(nested(maxNesting + 1)))).toEqual([
      '4:1-206:4: Elixir block too complex to parse (limit 100 nested do/fn blocks) [elixir-syntax]'
    ])
    const file = await lintElixir(doc(nested(4_000)))
    expect(describeMessages(file)).toEqual(['4:1-8004:4: Elixir block too complex to parse (limit 100 nested do/fn blocks) [elixir-syntax]'])
    expect(elixirBlocks(file)[0]!.code.incomplete).toBe(true)
  })

  it('counts fn blocks as nesting too', async function () {
    const nested = 'f = ' + 'fn ->\n'.repeat(maxNesting + 1) + 'x\n' + 'end\n'.repeat(maxNesting + 1)
    expect(await messages(doc(nested))).toEqual(['4:1-206:4: Elixir block too complex to parse (limit 100 nested do/fn blocks) [elixir-syntax]'])
  })
})

describe('deep trees with empty nodes (prose pasted into an elixir block)', function () {
  /** Words in a row read as calls nested in calls: `w1 w2 w3` is `w1(w2(w3))`, two tree levels a word. */
  const words = (count: number, end: string) => Array.from({length: count}, (_, index) => `w${index}`).join(' ') + end + '\n'
  const sample = readFileSync(path.join(root, 'test', 'fuzz', 'elixir-trap.txt'), 'utf8') + '\n'

  /** What `children` lists (one WASM call for the list) against what `child(i)` gives, for every node. */
  function childListsAgree(code: ElixirCode): boolean {
    const stack = [code.root]
    while (stack.length > 0) {
      const node = stack.pop()!
      const one = Array.from({length: node.childCount}, (_, index) => node.child(index)!.id)
      if (node.children.map((child) => child!.id).join() !== one.join()) return false
      for (let index = 0; index < node.childCount; index++) stack.push(node.child(index)!)
    }
    return true
  }

  it('the fuzzer’s sample: one message, no internal error, the tree still reads the same both ways', async function () {
    const file = await lintElixir(doc(sample))
    expect(describeMessages(file)).toEqual(['4:1-4:4: unexpected "---" [elixir-syntax]'])
    expect(childListsAgree(elixirBlocks(file)[0]!.code)).toBe(true)
  })

  it('an empty node 800 levels deep is named by the token before it', async function () {
    const file = await lintElixir(doc(words(400, ' .')))
    expect(describeMessages(file)).toEqual(['4:1891-4:1892: missing expression after "." [elixir-syntax]'])
    expect(childListsAgree(elixirBlocks(file)[0]!.code)).toBe(true)
  })

  it('the next document in the process parses as before', async function () {
    await lintElixir(doc(sample))
    await lintElixir(doc(words(400, ' .')))
    const name = readdirSync(validDir).filter((entry) => entry.endsWith('.ex')).sort()[0]!
    const file = await lintElixir(doc(fixture(validDir, name)))
    expect(describeMessages(file)).toEqual([])
    expect(childListsAgree(elixirBlocks(file)[0]!.code)).toBe(true)
  })

  it('a parser that trapped is dropped: the next load is a new WASM instance that works', async function () {
    const {parse} = await import('../src/code/elixir.js')
    const first = await load()
    const trapping: ElixirParser = {
      ...first,
      parser: {
        parse() {
          throw new WebAssembly.RuntimeError('memory access out of bounds')
        }
      } as unknown as ElixirParser['parser']
    }
    const file = await lintElixir(doc('x = 1\n'))
    const block = elixirBlocks(file)[0]!
    expect(() => parse(trapping, block)).toThrow('memory access out of bounds')
    const second = await load()
    expect(second).not.toBe(first)
    expect(second.parser).not.toBe(first.parser)
    expect(second.parser.constructor).not.toBe(first.parser.constructor)
    const tree = second.parser.parse('x = [1\n')!
    expect(tree.rootNode.hasError).toBe(true)
    expect(parse(second, block).errors).toEqual([])
    tree.delete()
  })
})

describe('releasing a document model', function () {
  it('deletes every Elixir tree (WASM memory the garbage collector never frees) and drops the model', async function () {
    const {releaseDocumentModel} = await import('../src/pipeline/plugin.js')
    const file = await lintElixir(doc('x = 1\n') + '\n```elixir\ny = [1\n```\n')
    const trees = elixirBlocks(file).map((block) => block.code.tree)
    expect(trees).toHaveLength(2)
    const deleted: unknown[] = []
    for (const tree of trees) {
      const original = tree.delete.bind(tree)
      tree.delete = () => {
        deleted.push(tree)
        original()
      }
    }
    releaseDocumentModel(file)
    expect(deleted).toEqual(trees)
    expect(file.data.archdoc).toBeUndefined()
    // Messages stay: the reports need them.
    expect(describeMessages(file)).toEqual(['8:5-8:6: "[" is never closed: missing "]" [elixir-syntax]'])
    releaseDocumentModel(file) // twice is harmless
  })
})
