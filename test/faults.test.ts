/**
 * Hostile input and unlucky faults through the CLI (issue 18): files that are
 * not regular files, names that are not UTF-8, control characters and
 * workflow commands in docs, names and configs, a cache that cannot be
 * written, an output file replaced atomically, presets that list each other.
 * Runs that used to hang are killed after a bound (a hang fails, it does not
 * stall the suite); nothing here asserts a time.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, linkSync, lstatSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readStdin} from '../src/cli/stdin.js'
import {root, runCli, workspaces} from './helpers.js'

const {workspace} = workspaces('faults')
const hang = 60_000

const titleOnly = JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
const good = '# Architecture Design Changes\n'
const badTitle = '# Design\n'

function canMakeFifo(): boolean {
  if (process.platform === 'win32') return false
  return spawnSync('mkfifo', ['--version']).status === 0
}

/** Every control character but the newlines that end lines (tab and colour codes included). */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/

describe('files that are not regular files', () => {
  it.skipIf(!canMakeFifo())('a FIFO named x.md: one line, exit 2, the other files still linted (it used to hang)', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'docs/bad.md': badTitle})
    expect(spawnSync('mkfifo', [path.join(cwd, 'docs', 'x.md')]).status).toBe(0)
    for (const args of [['docs'], ['docs/x.md', 'docs/bad.md']]) {
      const result = runCli(args, {cwd, timeout: hang})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'docs/bad.md\n  1:1  error  Unexpected document title `Design`  document-title\n              expected `Architecture Design Changes`\narchdoc-lint: docs/x.md: not a regular file\n\n✖ 1 error in 1 file\n'
      )
    }
  })

  it.skipIf(!existsSync('/dev/zero'))('a link to /dev/zero: one line, exit 2, nothing read', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'good.md': good})
    symlinkSync('/dev/zero', path.join(cwd, 'zero.md'))
    const result = runCli(['-f', 'json', '.'], {cwd, timeout: hang})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: zero.md: not a regular file\n')
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; fatal: boolean; ruleId: string | null}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.reason, message.fatal, message.ruleId])])).toEqual([
      ['good.md', []],
      ['zero.md', [['not a regular file', true, undefined]]]
    ])
  })

  it('a sparse 600 MiB file is refused by its size without being read', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'good.md': good, 'huge.md': ''})
    truncateSync(path.join(cwd, 'huge.md'), 600 * 1024 * 1024)
    const result = runCli(['.'], {cwd, timeout: hang})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('good.md: no issues found\narchdoc-lint: huge.md: file is 600 MiB (limit 4 MiB): not linted\n')
  })

  it('a file name that is not UTF-8: one line saying so, its name escaped; the other files linted', (context) => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'good.md': good})
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.md')])
    try {
      writeFileSync(Buffer.concat([Buffer.from(cwd + path.sep), name]), badTitle)
    } catch {
      context.skip('this file system does not take a file name that is not UTF-8')
    }
    if (!readdirSync(cwd, {encoding: 'buffer'}).some((entry) => entry.equals(name))) context.skip('this file system changed the name')
    const line = 'archdoc-lint: caf\uFFFD.md: file name is not UTF-8 (byte 0xE9 in `caf\\xE9.md`): not linted, rename it to lint it\n'
    const walked = runCli(['.'], {cwd})
    expect(walked.code).toBe(2)
    expect(walked.stderr).toBe('good.md: no issues found\n' + line)
    const named = spawnSync(process.execPath, [path.join(root, 'bin', 'archdoc-lint.js'), name, Buffer.from('good.md')] as unknown as string[], {
      cwd,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(named.status).toBe(2)
    expect(named.stderr).toBe('good.md: no issues found\n' + line)
  })
})

describe('stdin: the same bounded read (readStdin)', () => {
  it('reads a stream within the limit whole, and stops one byte past it', async () => {
    expect(await readStdin(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 5)).toBe('abcd')
    let pulled = 0
    const endless = new Readable({
      read() {
        pulled++
        this.push(Buffer.alloc(1024, 0x61))
      }
    })
    // The guard's limit plus one byte: enough for the guard to say the input is too large.
    const result = await readStdin(endless, 4097)
    expect(result).toBe('a'.repeat(4097))
    expect(pulled).toBeLessThan(10)
    expect(endless.destroyed).toBe(true)
  })
})

describe('output that a doc, a file name or a config controls', () => {
  // An OSC 8 hyperlink, a screen clear, BEL and a C1 CSI in the doc's title.
  const hostileTitle = '# \u001B]8;;https://evil.example\u0007Design\u001B]8;;\u0007 \u001B[2J \u009B31m\n'
  const hostileName = 'clear\u001B[2J.md'

  it('stylish: control characters in doc text and file names are escaped, colours kept', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, [hostileName]: hostileTitle})
    const plain = runCli(['.'], {cwd})
    expect(plain.code).toBe(1)
    expect(plain.stderr).toBe(
      'clear\\x1B[2J.md\n  1:1  error  Unexpected document title  document-title\n              `\\x1B]8;;https://evil.example\\x07Design\\x1B]8;;\\x07 \\x1B[2J \\x9B31m`\n              expected `Architecture Design Changes`\n\n✖ 1 error in 1 file\n'
    )
    const coloured = runCli(['--color', '.'], {cwd})
    // The tool's own colours (SGR sequences) stay; nothing else reaches the terminal raw.
    expect(coloured.stderr).toContain('\u001B[')
    expect(coloured.stderr.replace(/\u001B\[[\d;]*m/g, '')).not.toMatch(control)
    expect(coloured.stderr).toContain('clear\\x1B[2J.md')
  })

  it('bidirectional controls and line separators are shown as code points, in stylish and github', () => {
    // A right-to-left override, an isolate and a line separator in the title, a left-to-right mark in the file name.
    const cwd = workspace({'.remarkrc.json': titleOnly, 'a\u200Eb.md': '# Design \u202Eevil\u202C \u2066x\u2069 line\u2028two\n'})
    const plain = runCli(['.'], {cwd})
    expect(plain.code).toBe(1)
    expect(plain.stderr.split('\n').slice(0, 3)).toEqual([
      'a\\u{200E}b.md',
      '  1:1  error  Unexpected document title  document-title',
      '              `Design \\u{202E}evil\\u{202C} \\u{2066}x\\u{2069} line\\u{2028}two`'
    ])
    expect(plain.stderr).not.toMatch(/[\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/)
    const github = runCli(['--format', 'github', '.'], {cwd})
    expect(github.stdout).toContain('file=a\\u{200E}b.md,')
    expect(github.stdout).toContain('`Design \\u{202E}evil\\u{202C} \\u{2066}x\\u{2069} line\\u{2028}two`')
  })

  it('a file name that starts like a workflow command does not start a line', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, '::warning::x.md': badTitle})
    const result = runCli(['.'], {cwd})
    expect(result.stderr.split('\n')[0]).toBe('./::warning::x.md')
  })

  it('a rule id with a newline in a config: escaped in the failure line, in every format', () => {
    const config = JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document\n::error::forged\u001B[2J']})
    const cwd = workspace({'.remarkrc.json': config, 'doc.md': good})
    const reason = "unknown rule `document\\x0A::error::forged\\x1B[2J`"
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const result = runCli(['-f', format, '.'], {cwd})
      expect(result.code).toBe(2)
      const stderrLines = result.stderr.trimEnd().split('\n')
      expect(stderrLines.at(-1)).toBe(`archdoc-lint: .remarkrc.json: ${reason}`)
      for (const line of [...stderrLines, ...result.stdout.trimEnd().split('\n')]) {
        expect(line).not.toMatch(/^\s*::(?!(?:error|warning|notice) file=)/)
        expect(line).not.toMatch(control)
      }
    }
    const github = runCli(['-f', 'github', '.'], {cwd})
    expect(github.stdout).toBe('::error file=.remarkrc.json,title=archdoc-lint::unknown rule `document%0A::error::forged\\x1B[2J`\n')
  })

  it('github: `%`, ESC and BEL in doc text and `,` `:` in a file name is escaped as the runner expects', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'a,b:c.md': '# 100%\u0007 \u001B[2J\n'})
    const result = runCli(['-f', 'github', '.'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      '::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=13,title=document-title::Unexpected document title `100%25\\x07 \\x1B[2J`, expected `Architecture Design Changes`\n'
    )
  })
})

describe('faults that must not lose the report', () => {
  it('--cache where the cache cannot be written (under a regular file): one warning, the report, the exit code as without it', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'bad.md': badTitle, 'taken': 'a file, not a folder'})
    const without = runCli(['-f', 'json', 'bad.md'], {cwd})
    const result = runCli(['-f', 'json', '--cache', '--cache-location', 'taken/cache', 'bad.md'], {cwd})
    expect(result.code).toBe(1)
    expect(without.code).toBe(1)
    expect(result.stdout).toBe(without.stdout)
    expect(result.stderr).toBe('archdoc-lint: warning: taken/cache: cannot write the cache (ENOTDIR): results not cached\n')
    expect(readFileSync(path.join(cwd, 'taken'), 'utf8')).toBe('a file, not a folder')
  })

  it('--output-file: the report replaces the old one (a new file, renamed over it), no temporary file left', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'bad.md': badTitle, 'report.json': 'the last good report'})
    // A second name for the old report's file: written in place, it would change too.
    linkSync(path.join(cwd, 'report.json'), path.join(cwd, 'old.json'))
    const result = runCli(['-f', 'json', '-o', 'report.json', 'bad.md'], {cwd})
    expect(result.code).toBe(1)
    expect(readFileSync(path.join(cwd, 'old.json'), 'utf8')).toBe('the last good report')
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8'))[0].messages[0].ruleId).toBe('document-title')
    expect(readdirSync(cwd).sort()).toEqual(['.remarkrc.json', 'bad.md', 'old.json', 'report.json'])
  })

  it('--output-file at a symbolic link: the link is replaced by the report, what it pointed at is untouched', () => {
    const cwd = workspace({'.remarkrc.json': titleOnly, 'bad.md': badTitle, 'victim.txt': 'precious'})
    symlinkSync('victim.txt', path.join(cwd, 'report.json'))
    const result = runCli(['-f', 'json', '-o', 'report.json', 'bad.md'], {cwd})
    expect(result.code).toBe(1)
    expect(readFileSync(path.join(cwd, 'victim.txt'), 'utf8')).toBe('precious')
    expect(lstatSync(path.join(cwd, 'report.json')).isFile()).toBe(true)
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8'))[0].path).toBe('bad.md')
  })

  it('two presets that list each other: one line naming the files, exit 2 (it used to load forever)', () => {
    const cwd = workspace({
      '.remarkrc.json': JSON.stringify({plugins: ['./presets/a.js']}),
      'presets/a.js': "export default {plugins: ['archdoc-lint/document', './b.js']}\n",
      'presets/b.js': "export default {plugins: [['archdoc-lint/rules/document-title', 'warn'], './a.js']}\n",
      'doc.md': badTitle
    })
    const result = runCli(['doc.md'], {cwd, timeout: hang})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: .remarkrc.json: presets list each other in a loop: presets/a.js → presets/b.js → presets/a.js\n')
  })

  it('a chain of presets without a loop still loads', () => {
    const cwd = workspace({
      '.remarkrc.json': JSON.stringify({plugins: ['./presets/a.js']}),
      'presets/a.js': "export default {plugins: ['archdoc-lint/document', './b.js', './c.js']}\n",
      'presets/b.js': "export default {plugins: ['./c.js']}\n",
      'presets/c.js': "export default {plugins: [['archdoc-lint/rules/document-title', 'warn']]}\n",
      'doc.md': badTitle
    })
    const result = runCli(['doc.md'], {cwd, timeout: hang})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'doc.md\n  1:1  warning  Unexpected document title `Design`  document-title\n                expected `Architecture Design Changes`\n\n⚠ 1 warning in 1 file\n'
    )
  })
})
