/**
 * The stylish formatter on messages no rule makes yet or only some make:
 * other places (`related`), a `note` that the reason ends with, a `note`
 * that it does not, reasons over several lines, other plugins' rule ids,
 * colour that leaves widths alone.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {stylish, wrap} from '../src/cli/formats/stylish.js'
import type {FormatContext} from '../src/cli/formats/types.js'

const context: FormatContext = {cwd: '/', quiet: false, silent: false, color: false, failures: [], version: '0.0.0', width: 80}

function report(build: (file: VFile) => void, options: Partial<FormatContext> = {}): string {
  const file = new VFile({path: 'doc.md'})
  build(file)
  return stylish([file], {...context, ...options})
}

describe('stylish', () => {
  it('prints each related place as an indented continuation line after its message', () => {
    const text = report(function (file) {
      const message = file.message('Column `teams.name` is nullable', {place: {line: 40, column: 3}, ruleId: 'consistency-ash-sql', source: 'archdoc-lint'})
      message.fatal = true
      Object.assign(message, {
        related: [{place: {start: {line: 12, column: 3}, end: {line: 12, column: 20}}, message: 'attribute `name` is `allow_nil?: false` here'}]
      })
    })
    expect(text).toBe(
      [
        'doc.md',
        '  40:3  error  Column `teams.name` is nullable  consistency-ash-sql',
        '               12:3  attribute `name` is `allow_nil?: false` here',
        '',
        '✖ 1 error in 1 file',
        ''
      ].join('\n')
    )
  })

  it('a rule’s note says where the first sentence ends; a note not in the reason is printed under it', () => {
    const text = report(function (file) {
      const split = file.message('Relationship `team` points at `MyApp.Teams.Team`, which has no GraphQL type here; expected `Team`', {
        place: {line: 3, column: 1},
        ruleId: 'consistency-ash-graphql'
      })
      split.note = 'expected `Team`'
      split.fatal = false
      const extra = file.message('Short reason', {place: {line: 4, column: 1}, ruleId: 'x'})
      extra.note = 'More said elsewhere'
      extra.fatal = false
    })
    expect(text).toBe(
      [
        'doc.md',
        // 80 columns leave 39 for the first sentence beside the longest rule id.
        '  3:1  warning  Relationship `team` points at  consistency-ash-graphql',
        '                `MyApp.Teams.Team`, which has no',
        '                GraphQL type here',
        '                expected `Team`',
        '  4:1  warning  Short reason                   x',
        '                More said elsewhere',
        '',
        '⚠ 2 warnings in 1 file',
        ''
      ].join('\n')
    )
  })

  it('names other plugins’ rules by source and id; a reason over several lines keeps them', () => {
    const text = report(function (file) {
      const message = file.message('Unexpected thing\nsecond line', {place: {line: 1, column: 1}, ruleId: 'final-newline', source: 'remark-lint'})
      message.fatal = false
    })
    expect(text).toBe('doc.md\n  1:1  warning  Unexpected thing  remark-lint:final-newline\n                second line\n\n⚠ 1 warning in 1 file\n')
  })

  it('colour does not change where things go', () => {
    const plain = report((file) => void (file.message('A `b` c', {place: {line: 1, column: 1}, ruleId: 'r'}).fatal = true))
    const coloured = report((file) => void (file.message('A `b` c', {place: {line: 1, column: 1}, ruleId: 'r'}).fatal = true), {color: true})
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001B\[\d+m/g, '')).toBe(plain)
    expect(coloured).toContain('\u001B[1m`b`\u001B[22m')
  })

  it('wraps at spaces, never inside a code span', () => {
    expect(wrap('see `a b c d e f` and more words here', 10)).toEqual(['see', '`a b c d e f`', 'and more', 'words here'])
    expect(wrap('``a ` b`` end', 5)).toEqual(['``a ` b``', 'end'])
  })
})
