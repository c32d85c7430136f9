/**
 * `--cache` (results of unchanged files reused, invalidated by a changed
 * file, config or version) and the worker pool (many files give the same
 * messages as linting each file alone).
 */
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli} from './helpers.js'

const work = path.join(root, 'test', '.tmp-cache-pool')
const cacheDir = path.join(work, '.cache')

interface JsonFile {
  path: string
  messages: Array<{ruleId?: string; reason: string; line?: number; column?: number}>
}

function messagesOf(stdout: string): Record<string, string[]> {
  const files = JSON.parse(stdout) as JsonFile[]
  return Object.fromEntries(
    files.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)])
  )
}

beforeAll(function () {
  rmSync(work, {recursive: true, force: true})
  mkdirSync(path.join(work, 'docs'), {recursive: true})
  const valid = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8')
  // 30 docs: enough for the pool; every third has a SQL typo.
  for (let index = 0; index < 30; index++) {
    const text = index % 3 === 0 ? valid.replace('CREATE TABLE', 'CREATE TABEL') : valid
    writeFileSync(path.join(work, 'docs', `doc-${String(index).padStart(2, '0')}.md`), text)
  }
  cpSync(path.join(root, 'fixtures', 'valid', '003150-ProjectArchiving.md'), path.join(work, 'single.md'))
})

afterAll(function () {
  rmSync(work, {recursive: true, force: true})
})

describe('worker pool', function () {
  it('lints many files with the same messages as one file alone', function () {
    const many = runCli(['--no-config', '--format', 'json', 'docs'], {cwd: work})
    expect(many.code).toBe(1)
    const byFile = messagesOf(many.stdout)
    expect(Object.keys(byFile)).toHaveLength(30)
    const alone = runCli(['--no-config', '--format', 'json', 'docs/doc-03.md'], {cwd: work})
    expect(byFile['docs/doc-03.md']).toEqual(messagesOf(alone.stdout)['docs/doc-03.md'])
    expect(byFile['docs/doc-03.md']!.some((line) => line.includes('sql-syntax syntax error at or near "TABEL"'))).toBe(true)
    expect(byFile['docs/doc-04.md']).toEqual([])
  })
})

describe('--cache', function () {
  it('reuses results of unchanged files and relints changed ones', function () {
    rmSync(cacheDir, {recursive: true, force: true})
    const args = ['--no-config', '--format', 'json', '--cache', '--cache-location', '.cache', 'docs', 'single.md']
    const cold = runCli(args, {cwd: work})
    expect(existsSync(path.join(cacheDir, 'results.json'))).toBe(true)
    const warm = runCli(args, {cwd: work})
    expect(warm.code).toBe(cold.code)
    expect(messagesOf(warm.stdout)).toEqual(messagesOf(cold.stdout))

    // A changed file is linted again.
    const single = path.join(work, 'single.md')
    const original = readFileSync(single, 'utf8')
    writeFileSync(single, original.replace('## Security Considerations', '## Security'))
    const changed = runCli(args, {cwd: work})
    expect(messagesOf(changed.stdout)['single.md']!.some((line) => line.includes('required-sections'))).toBe(true)
    writeFileSync(single, original)
    expect(messagesOf(runCli(args, {cwd: work}).stdout)['single.md']).toEqual([])
  })

  it('is invalidated by a changed config file', function () {
    const args = ['--format', 'json', '--cache', '--cache-location', '.cache', 'single.md']
    writeFileSync(path.join(work, '.remarkrc.json'), JSON.stringify({plugins: ['remark-gfm', 'archdoc-lint/document', ['archdoc-lint/rules/document-title', {title: 'Other'}]]}))
    // The work folder is inside this package, so `archdoc-lint/...` resolves to it (self-reference).
    const first = runCli(args, {cwd: work})
    expect(messagesOf(first.stdout)['single.md']).toEqual([
      '1:1 document-title Unexpected document title `Architecture Design Changes`, expected `Other`'
    ])
    writeFileSync(path.join(work, '.remarkrc.json'), JSON.stringify({plugins: ['remark-gfm', 'archdoc-lint/document', ['archdoc-lint/rules/document-title', {title: 'Architecture Design Changes'}]]}))
    expect(messagesOf(runCli(args, {cwd: work}).stdout)['single.md']).toEqual([])
    rmSync(path.join(work, '.remarkrc.json'))
  })

  it('--cache-location without --cache is a usage error', function () {
    const result = runCli(['--cache-location', 'x', 'single.md'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: Option `--cache-location` goes with `--cache` (see `archdoc-lint --help`)\n')
  })
})
