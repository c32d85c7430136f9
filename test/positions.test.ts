/**
 * Positions: `BlockMap` (src/document/positions.ts) maps a place in a code block
 * to the Markdown file for every rule. Each case asserts the `line:column`
 * of a GraphQL syntax error (graphql-js counts columns in UTF-16 units and a
 * tab as one, like remark), then checks that the point is the one remark
 * reports for that character: the file's character there is the one graphql
 * pointed at, and `source.pointAt(offset)` (checked against every node
 * position remark gave the same file) gives the same line and column.
 */
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import graphqlSyntax from '../rules/graphql-syntax.js'
import type {DocumentModel} from '../src/document/model.js'
import type {Point} from '../src/document/positions.js'
import {describeMessages, lint} from './helpers.js'

/** A GraphQL body whose syntax error is the `Int` of its line 3, column 5. */
const body = ['type A {', '  b: Int', '  c Int', '}']
const reason = 'Syntax Error: Expected ":", found Name "Int".'

interface Linted {
  messages: string[]
  model: DocumentModel
  /** The file's character at the first error's point. */
  character: string | undefined
}

async function lintGraphql(markdown: string): Promise<Linted> {
  const file = await lint(markdown, {plugins: [graphqlSyntax]})
  const model = file.data.archdoc!
  expectRemarkAgrees(model)
  expectEveryCharacterMapped(model)
  const issue = model.blocks.flatMap((block) => (block.code?.language === 'graphql' ? block.code.errors : []))[0]
  let character: string | undefined
  if (issue) {
    expectRemarkPoint(model, issue.place.start)
    character = model.source.text.charAt(issue.place.start.offset!)
  }
  return {messages: describeMessages(file, false), model, character}
}

/** `source.pointAt` gives every position remark gave this file's nodes. */
function expectRemarkAgrees(model: DocumentModel): void {
  visit(model.tree as Root, function (node) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (point) expect(model.source.pointAt(point.offset!)).toEqual(point)
    }
  })
}

/** The point is the one remark would give the character at its offset. */
function expectRemarkPoint(model: DocumentModel, point: Point): void {
  expect(point.offset).toBeTypeOf('number')
  expect(model.source.pointAt(point.offset!)).toEqual(point)
}

/**
 * Every character of every block maps to the same character in the file, at
 * remark's point for it; a space that the file does not have (what is left
 * of a tab the container's indentation used in part) maps to that tab.
 */
function expectEveryCharacterMapped(model: DocumentModel): void {
  for (const block of model.blocks) {
    block.map.lines.forEach(function (line, lineIndex) {
      for (let column = 0; column < line.length; column++) {
        const point = block.map.point(lineIndex, column)
        expectRemarkPoint(model, point)
        const found = model.source.text.charAt(point.offset!)
        if (found !== line[column]) {
          expect({line: lineIndex, column, expected: line[column], found}).toEqual({line: lineIndex, column, expected: ' ', found: '\t'})
        }
      }
    })
  }
}

function doc(lines: string[], eol = '\n'): string {
  return ['# Positions', '', ...lines, ''].join(eol)
}

describe('fences', function () {
  it('``` at the top level', async function () {
    const result = await lintGraphql(doc(['```graphql', ...body, '```']))
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('~~~ at the top level', async function () {
    const result = await lintGraphql(doc(['~~~graphql', ...body, '~~~']))
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a longer fence (````) holding a ``` line', async function () {
    const result = await lintGraphql(doc(['````graphql', 'type A {', '  """', '  ```', '  """', '  c Int', '}', '````']))
    expect(result.messages).toEqual([`8:5-8:5: ${reason}`])
    expect(result.character).toBe('I')
  })

  for (const indent of [1, 2, 3]) {
    it(`a fence indented ${indent} space(s): content lines lose up to ${indent} spaces`, async function () {
      const pad = ' '.repeat(indent)
      const result = await lintGraphql(doc([pad + '```graphql', pad + 'type A {', 'b: Int', pad + '  c Int', pad + '}', pad + '```']))
      expect(result.model.blocks[0]!.value).toBe('type A {\nb: Int\n  c Int\n}')
      expect(result.messages).toEqual([`6:${indent + 5}-6:${indent + 5}: ${reason}`])
      expect(result.character).toBe('I')
    })
  }

  it('a fence that is never closed runs to the end of the file', async function () {
    const result = await lintGraphql(doc(['```graphql', ...body]))
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    const end = await lintGraphql('# Positions\n\n```graphql\ntype A {')
    expect(end.messages).toEqual(['4:9-4:9: Syntax Error: Expected Name, found <EOF>.'])
  })
})

describe('containers: each line has its own prefix', function () {
  it('a list item', async function () {
    const result = await lintGraphql(doc(['- The schema:', '', '  ```graphql', ...body.map((line) => '  ' + line), '  ```']))
    expect(result.messages).toEqual([`8:7-8:7: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('an ordered list item with a wide marker (`10. `)', async function () {
    const result = await lintGraphql(doc(['10. The schema:', '', '    ```graphql', ...body.map((line) => '    ' + line), '    ```']))
    expect(result.messages).toEqual([`8:9-8:9: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a fence on the list marker\'s line', async function () {
    const result = await lintGraphql(doc(['- ```graphql', ...body.map((line) => '  ' + line), '  ```']))
    expect(result.messages).toEqual([`6:7-6:7: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a nested list item', async function () {
    const result = await lintGraphql(doc(['- Team', '  - Schema:', '', '    ```graphql', ...body.map((line) => '    ' + line), '    ```']))
    expect(result.messages).toEqual([`9:9-9:9: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a blockquote, with and without the space after `>`', async function () {
    const result = await lintGraphql(doc(['> ```graphql', '>type A {', '>   b: Int', '>   c Int', '> }', '> ```']))
    expect(result.model.blocks[0]!.value).toBe('type A {\n  b: Int\n  c Int\n}')
    expect(result.messages).toEqual([`6:7-6:7: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a blockquote whose markers are indented', async function () {
    const result = await lintGraphql(doc(['   > ```graphql', '   > type A {', '  >   c Int', ' > }', '> ```']))
    expect(result.messages).toEqual([`5:9-5:9: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a blockquote inside a list item', async function () {
    const result = await lintGraphql(doc(['- Schema:', '', '  > ```graphql', ...body.map((line) => '  > ' + line), '  > ```']))
    expect(result.messages).toEqual([`8:9-8:9: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a list item inside a blockquote', async function () {
    const result = await lintGraphql(doc(['> - ```graphql', ...body.map((line) => '>   ' + line), '>   ```']))
    expect(result.messages).toEqual([`6:9-6:9: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a lazy line ends a blockquote\'s block (CommonMark): the error is at the end of what the block holds', async function () {
    const result = await lintGraphql(doc(['> ```graphql', '> type A {', 'c Int', '> }', '> ```']))
    expect(result.model.blocks[0]!.value).toBe('type A {')
    expect(result.messages).toEqual(['4:11-4:11: Syntax Error: Expected Name, found <EOF>.'])
    expect(result.character).toBe('\n')
  })
})

describe('line endings', function () {
  it('CRLF at the top level', async function () {
    const result = await lintGraphql(doc(['```graphql', ...body, '```'], '\r\n'))
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('CRLF in a list item and in a blockquote with per-line prefixes', async function () {
    const list = await lintGraphql(doc(['- The schema:', '', '  ```graphql', ...body.map((line) => '  ' + line), '  ```'], '\r\n'))
    expect(list.messages).toEqual([`8:7-8:7: ${reason}`])
    expect(list.character).toBe('I')
    const quote = await lintGraphql(doc(['> ```graphql', '>type A {', '>   b: Int', '>   c Int', '> }', '> ```'], '\r\n'))
    expect(quote.messages).toEqual([`6:7-6:7: ${reason}`])
    expect(quote.character).toBe('I')
  })

  it('a lone CR ends a line for remark and for graphql-js alike', async function () {
    const result = await lintGraphql(doc(['> ```graphql', ...body.map((line) => '> ' + line), '> ```'], '\r'))
    expect(result.model.blocks[0]!.map.lines).toEqual(body)
    expect(result.messages).toEqual([`6:7-6:7: ${reason}`])
    expect(result.character).toBe('I')
  })
})

describe('tabs', function () {
  it('a tab after the list marker and tabs as indentation', async function () {
    const result = await lintGraphql(doc(['-\t```graphql', '\ttype A {', '\t\tb: Int', '\t\tc Int', '\t}', '\t```']))
    expect(result.model.blocks[0]!.value).toBe('type A {\n\tb: Int\n\tc Int\n}')
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a tab that the fence\'s indentation uses in part (its rest becomes spaces in the block)', async function () {
    const result = await lintGraphql(doc(['  ```graphql', '  type A {', '\tb: Int', '\t\tc Int', '  }', '  ```']))
    // Of the tab's 4 columns the fence's indentation takes 2; micromark
    // writes the other 2 as spaces.
    expect(result.model.blocks[0]!.value).toBe('type A {\n  b: Int\n  \tc Int\n}')
    expect(result.messages).toEqual([`6:5-6:5: ${reason}`])
    expect(result.character).toBe('I')
    const map = result.model.blocks[0]!.map
    // Both spaces are the tab (5:1); `b` is the next character.
    expect([map.point(1, 0), map.point(1, 1), map.point(1, 2)].map((point) => `${point.line}:${point.column}`)).toEqual(['5:1', '5:1', '5:2'])
  })

  it('tabs inside the code count as one column', async function () {
    const result = await lintGraphql(doc(['```graphql', 'type\tA {', '\tb:\tInt', '\tc\tInt', '}', '```']))
    expect(result.messages).toEqual([`6:4-6:4: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('a tab after `>`', async function () {
    const result = await lintGraphql(doc(['>\t```graphql', '>\ttype A {', '>\t\tc Int', '>\t}', '>\t```']))
    expect(result.model.blocks[0]!.value).toBe('type A {\n\tc Int\n}')
    expect(result.messages).toEqual([`5:6-5:6: ${reason}`])
    expect(result.character).toBe('I')
  })
})

describe('non-ASCII text before the error', function () {
  const line = 'type A { "é 😀 漢字" c Int }'

  it('é, an emoji (two UTF-16 units) and CJK on the same line, at the top level', async function () {
    const result = await lintGraphql(doc(['Prose: é 😀 漢字 *emphasis* after them.', '', '```graphql', '# café 😀 漢字', line, '```']))
    expect(line.indexOf('Int')).toBe(21)
    expect(result.messages).toEqual([`7:22-7:22: ${reason}`])
    expect(result.character).toBe('I')
  })

  it('the same in a blockquote inside a list item', async function () {
    const result = await lintGraphql(doc(['- 漢字:', '', '  > ```graphql', '  > # 😀', '  > ' + line, '  > ```']))
    expect(result.messages).toEqual([`7:26-7:26: ${reason}`])
    expect(result.character).toBe('I')
  })
})

describe('BlockMap, called directly', function () {
  async function modelOf(markdown: string): Promise<DocumentModel> {
    const file = await lint(markdown, {plugins: []})
    const model = file.data.archdoc!
    expectRemarkAgrees(model)
    expectEveryCharacterMapped(model)
    return model
  }

  it('an indented code block (spaces, then a tab) starts on its own first line', async function () {
    const model = await modelOf('Text\n\n    type A {\n\t  c Int\n')
    const map = model.blocks[0]!.map
    expect(map.firstLine).toBe(3)
    expect(map.lines).toEqual(['type A {', '  c Int'])
    expect(map.point(1, 4)).toEqual({line: 4, column: 6, offset: model.source.text.indexOf('Int')})
  })

  it('an indented code block in a list item, after a partly used tab', async function () {
    const model = await modelOf('- a\n\n\t\t```x\n')
    const map = model.blocks[0]!.map
    // The list takes 2 of the first tab's 4 columns, the code block 4 more:
    // 2 columns of the second tab are left, as spaces.
    expect(map.lines).toEqual(['  ```x'])
    expect([0, 1, 2, 5].map((column) => map.point(0, column).column)).toEqual([2, 2, 3, 6])
  })

  it('placeAt spans lines and counts each line ending once (CRLF)', async function () {
    const model = await modelOf('> ```graphql\r\n> type A {\r\n>  b: Int\r\n> }\r\n> ```\r\n')
    const block = model.blocks[0]!
    expect(block.map.lineOffsets).toEqual([0, 10, 19])
    const start = block.value.indexOf('A')
    const end = block.value.indexOf('Int') + 3
    expect(block.map.placeAt(start, end)).toEqual({
      start: {line: 2, column: 8, offset: model.source.text.indexOf('A {')},
      end: {line: 3, column: 10, offset: model.source.text.indexOf('Int') + 3}
    })
  })

  it('an empty fenced block maps to the line after its fence', async function () {
    const model = await modelOf('- ```graphql\n  ```\n')
    const map = model.blocks[0]!.map
    expect(map.lines).toEqual([])
    // Under the opening fence, on the closing fence's line.
    expect(map.pointAt(0)).toEqual({line: 2, column: 3, offset: 15})
  })
})
