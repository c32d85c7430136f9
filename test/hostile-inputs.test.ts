/**
 * Hostile and odd inputs through the CLI: each finishes, with a clear
 * one-line message where a limit was hit, never a stack trace or a hang.
 */
import {mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli} from './helpers.js'

const work = path.join(root, 'test', '.tmp-hostile')
const fence = '```'

beforeAll(function () {
  rmSync(work, {recursive: true, force: true})
  mkdirSync(work, {recursive: true})
  const files: Record<string, string> = {
    'blockquotes.md': '> '.repeat(10_000) + 'x\n',
    // Nested on one line: indenting 10,000 levels would make a 95 MB file.
    'lists.md': '- '.repeat(10_000) + 'item\n',
    'big.md': ('# Architecture Design Changes\n\n' + 'word '.repeat(200) + '\n\n').repeat(10_000),
    'long-line.md': '# Architecture Design Changes\n\n' + 'x'.repeat(1024 * 1024) + '\n',
    'graphql-deep.md': `# T\n\n${fence}graphql\ntype A { f: ${'['.repeat(10_000)}Int${']'.repeat(10_000)} }\n${fence}\n`,
    'sql-deep.md': `# T\n\n${fence}sql\nSELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\n${fence}\n`,
    'elixir-deep.md': `# T\n\n${fence}elixir\n${'if x do\n'.repeat(10_000)}${'end\n'.repeat(10_000)}${fence}\n`,
    'elixir-long.md': `# T\n\n${fence}elixir\ndefmodule A do\n${'  def f(x), do: x + 1\n'.repeat(5000)}end\n${fence}\n`,
    'many-blocks.md': `# T\n\n${`${fence}sql\nSELECT 1;\n${fence}\n\n`.repeat(1000)}`,
    'binary.md': 'PNG\0\0\0\x01\x02garbage',
    'empty.md': ''
  }
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(work, name), value)
  const broken = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8').replace('CREATE TABLE', 'CREATE TABEL')
  writeFileSync(path.join(work, 'lf.md'), broken)
  writeFileSync(path.join(work, 'bom.md'), '\uFEFF' + broken)
  writeFileSync(path.join(work, 'crlf.md'), broken.replaceAll('\n', '\r\n'))
  writeFileSync(path.join(work, 'front-matter-only.md'), '---\ntitle: x\n---\n')
  writeFileSync(path.join(work, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0xe8, 0xff, 0x0a]))
  symlinkSync('loop-b.md', path.join(work, 'loop-a.md'))
  symlinkSync('loop-a.md', path.join(work, 'loop-b.md'))
})

afterAll(function () {
  rmSync(work, {recursive: true, force: true})
})

function lintOne(name: string) {
  return runCli(['--no-config', '--format', 'json', name], {cwd: work})
}

function reasons(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{messages: Array<{reason: string; line?: number; column?: number}>}>)[0]!.messages.map(
    (message) => `${message.line ?? 0}:${message.column ?? 0} ${message.reason}`
  )
}

describe('hostile inputs', function () {
  it('10,000 nested blockquotes: refused before parsing, one line, exit 2', function () {
    const result = lintOne('blockquotes.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: blockquotes.md: Markdown nests 10,000 levels deep at line 1 (limit 100): not linted\n')
  })

  it('10,000 nested list items: refused before parsing', function () {
    const result = lintOne('lists.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^archdoc-lint: lists\.md: Markdown nests \d[\d,]* levels deep at line \d+ \(limit 100\): not linted\n$/)
  })

  it('a 20 MB doc: refused by size, one line', function () {
    const result = lintOne('big.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^archdoc-lint: big\.md: file is [\d.]+ MiB \(limit 4 MiB\): not linted\n$/)
  })

  it('a 1 MB single line is linted', function () {
    const result = lintOne('long-line.md')
    expect(result.code).toBe(1)
    expect(reasons(result.stdout)).toContain('4:1 Missing section `## Story Reference`, expected after the title')
  })

  it('GraphQL nested 10,000 deep: a clear limit message at the 501st bracket', function () {
    const result = lintOne('graphql-deep.md')
    expect(reasons(result.stdout)).toContain('4:512 GraphQL block nests too deeply (more than 500 levels of brackets); it is not parsed')
    expect(result.stderr).not.toMatch(/RangeError|\n\s+at /)
  })

  it('SQL with 10,000 nested parentheses: PostgreSQL’s own "memory exhausted"', function () {
    const result = lintOne('sql-deep.md')
    expect(reasons(result.stdout)).toContain('4:10004 memory exhausted at or near "("')
  })

  it('Elixir with 10,000 nested do blocks: one "too complex" message', function () {
    const result = lintOne('elixir-deep.md')
    expect(reasons(result.stdout)).toContain('4:1 Elixir block too complex to parse (limit 100 nested do/fn blocks)')
  })

  it('a 5,000-line Elixir block: parsed (about 340,000 of the 1,000,000 tree-sitter operations allowed), no syntax message', function () {
    const result = lintOne('elixir-long.md')
    expect(result.stdout).not.toContain('elixir-syntax')
    expect(result.stdout).toContain('document-title')
  })

  it('1,000 code blocks in one doc are all parsed', function () {
    const result = lintOne('many-blocks.md')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(reasons(result.stdout).filter((line) => line.includes('syntax error'))).toEqual([])
  })

  it('a binary file: one line, exit 2', function () {
    const result = lintOne('binary.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^archdoc-lint: binary\.md: .*not linted\n$/)
  })

  it('an empty file: the missing title and sections, no crash', function () {
    const result = lintOne('empty.md')
    expect(result.code).toBe(1)
    expect(reasons(result.stdout)[0]).toBe('1:1 Missing document title: expected `# Architecture Design Changes` as the first heading')
  })

  it('a symlink loop: one line naming the path, exit 2, other files still linted', function () {
    const result = runCli(['--no-config', 'loop-a.md', 'empty.md'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('archdoc-lint: loop-a.md: ')
    expect(result.stderr).toContain('empty.md')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a glob that matches nothing: one line, exit 2', function () {
    const result = runCli(['--no-config', 'nothing/*.md'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: nothing/*.md: no Markdown files found (looked for .md and .markdown files)\n')
  })

  it('a BOM and CRLF line endings keep positions right', function () {
    const sqlMessage = (name: string) => reasons(lintOne(name).stdout).filter((line) => line.includes('TABEL'))
    const expected = sqlMessage('lf.md')
    expect(expected).toHaveLength(1)
    expect(expected[0]).toMatch(/^\d+:8 syntax error at or near "TABEL"$/)
    expect(sqlMessage('bom.md')).toEqual(expected)
    expect(sqlMessage('crlf.md')).toEqual(expected)
  })

  it('a file with only front matter: lint results, no crash', function () {
    const result = lintOne('front-matter-only.md')
    expect(result.code).toBe(1)
    expect(reasons(result.stdout)[0]).toBe('1:1 Missing document title: expected `# Architecture Design Changes` as the first heading')
  })

  it('invalid UTF-8: one line naming the file, exit 2', function () {
    const result = lintOne('latin1.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^archdoc-lint: latin1\.md: .*UTF-8.*not linted\n$/)
  })
})
