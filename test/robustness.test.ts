/**
 * Robustness: no crash, no hang, no lost work, whatever the input.
 *
 * Each hostile or odd input has an asserted outcome: linted (and every
 * message placed inside the file), or refused with one message naming the
 * limit (`src/guard/`), or reported by the code parser that hit its own
 * limit. Time bounds are the tests' timeouts (generous: the machine that runs
 * them is shared), never timers.
 *
 * The CLI tests run the built CLI (`npm run build` first), in workspaces
 * under `test/.tmp-robust-*`.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import preset, {defineRule} from '../src/index.js'
import {maxBytes, maxLines, scanLimits} from '../src/guard/input.js'
import {reportProblems} from './fuzz/report.js'
import {cliPath, describeMessages, lint, root, runCli, workspaces} from './helpers.js'

const {base, workspace} = workspaces('robust')

const head = '# Architecture Design Changes\n\n## Story Reference\n\n004217-TeamInvitations\n\n'
const validFolder = path.join(root, 'fixtures', 'valid')
const validNames = readdirSync(validFolder).filter((name) => name.endsWith('.md')).sort()
const valid = readFileSync(path.join(validFolder, '004217-TeamInvitations.md'), 'utf8')

/** Every code block problem the parsing stage found, as messages (the parsers' own limits). */
const codeErrors = defineRule(
  {id: 'test-code-errors', description: 'Reports what the code stage found', severity: 'error'},
  {},
  function (model, file) {
    for (const block of model.blocks) {
      for (const issue of block.code?.errors ?? []) file.message(issue.reason, {place: issue.place})
    }
  }
)

/** The whole preset, and the report keeps its promises (no internal error, places inside the file). */
async function lintChecked(text: string) {
  const file = await lint(text)
  expect(reportProblems(text, file)).toEqual([])
  return file
}

/** Lint a file given as bytes or text with the whole preset, as unified-engine would. */
async function lintValue(value: string | Uint8Array, options: {path?: string; plugins?: Pluggable[]} = {}) {
  const file = new VFile({path: options.path ?? 'doc.md', value})
  const processor = unified().use(remarkParse).use(preset)
  if (options.plugins) processor.use(options.plugins)
  await processor.run(processor.parse(file), file)
  return file
}

/** The one message of a file the input guard refused. */
function refusal(file: VFile): string {
  expect(file.data.archdocNotLinted).toBeTruthy()
  expect(file.messages).toHaveLength(1)
  const [message] = file.messages
  expect(message!.fatal).toBe(true)
  expect(message!.ruleId).toBeUndefined()
  return message!.reason
}

function refusedAt(file: VFile): string {
  const reason = refusal(file)
  const place = file.messages[0]!.place
  const start = place && 'start' in place ? place.start : place
  return start ? `${start.line}:${start.column}: ${reason}` : reason
}

describe('hostile inputs: each finishes, with a clear message where a limit is hit', () => {
  it('a 10 MB doc is refused by its size, in one message', async () => {
    const text = valid.repeat(Math.ceil((10 * 1024 * 1024) / valid.length))
    const file = await lint(text)
    expect(refusal(file)).toMatch(/^File is 10\.\d MiB \(limit 4 MiB\): not linted$/)
    expect(maxBytes).toBe(4 * 1024 * 1024)
  }, 60_000)

  it('a 5,000-line Elixir block: linted, or one "too complex" message over the whole block', async () => {
    const lines = ['defmodule MyApp.Big do', ...Array.from({length: 4998}, (_, index) => `  def f${index}(x), do: x + ${index}`), 'end']
    const text = head + '## Ash Resources\n\n```elixir\n' + lines.join('\n') + '\n```\n'
    await lintChecked(text)
    const found = describeMessages(await lint(text, {plugins: [codeErrors]}), false)
    // Lines 10 to 5009 are the block's content.
    expect(found.length).toBeLessThanOrEqual(1)
    for (const message of found) expect(message).toMatch(/^10:1-5009:4: Elixir block too complex to parse \(limit [\d,]+ [a-z /]+\)$/)
  }, 60_000)

  it('a 1 MB single line is linted (one paragraph)', async () => {
    const text = head + 'word '.repeat(200_000) + '\n'
    const file = await lintChecked(text)
    expect(file.data.archdocNotLinted).toBeUndefined()
  }, 60_000)

  it('1,000 code blocks: each reported at its own line', async () => {
    const text = head + Array.from({length: 1000}, (_, index) => '```elixir\ndefmodule M' + index + ' do\n```\n').join('\n')
    await lintChecked(text)
    const found = describeMessages(await lint(text, {plugins: [codeErrors]}), false)
    expect(found).toHaveLength(1000)
    expect(found[0]).toBe('8:14-8:16: "do" is never closed: missing "end"')
    expect(found[999]).toBe(`${8 + 4 * 999}:16-${8 + 4 * 999}:18: "do" is never closed: missing "end"`)
  }, 60_000)

  it('10,000 nested blockquotes: refused before parsing, naming the depth and the line', async () => {
    const file = await lint(head + '>'.repeat(10_000) + ' deep\n')
    expect(refusedAt(file)).toBe('7:1: Markdown nests 10,000 levels deep at line 7 (limit 100): not linted')
  }, 60_000)

  it('10,000 nested list items: refused before parsing', async () => {
    expect(refusedAt(await lint(head + '- '.repeat(10_000) + 'deep\n'))).toBe('7:1: Markdown nests 10,000 levels deep at line 7 (limit 100): not linted')
    // Indented, one level a line: the first line past the limit is named.
    const indented = head + Array.from({length: 1000}, (_, index) => '  '.repeat(index) + '- item').join('\n') + '\n'
    expect(refusedAt(await lint(indented))).toBe('107:1: Markdown nests 101 levels deep at line 107 (limit 100): not linted')
    expect(refusedAt(await lint(head + '> - '.repeat(60) + 'x\n'))).toBe('7:1: Markdown nests 120 levels deep at line 7 (limit 100): not linted')
  }, 60_000)

  it('100 levels, the limit, are linted', async () => {
    const lists = head + Array.from({length: 100}, (_, index) => '  '.repeat(index) + '- item').join('\n') + '\n'
    expect((await lintChecked(lists)).data.archdocNotLinted).toBeUndefined()
    expect((await lintChecked(head + '>'.repeat(100) + ' deep\n')).data.archdocNotLinted).toBeUndefined()
  }, 60_000)

  it('GraphQL nested 10,000 deep: one message at the bracket past the limit', async () => {
    const text = head + '```graphql\ntype Query {\n  f: ' + '['.repeat(10_000) + 'Int' + ']'.repeat(10_000) + '\n}\n```\n'
    await lintChecked(text)
    expect(describeMessages(await lint(text, {plugins: [codeErrors]}), false)).toEqual([
      '9:505-9:506: GraphQL block nests too deeply (more than 500 levels of brackets); it is not parsed'
    ])
  }, 60_000)

  it('SQL with 10,000 nested parentheses: the parser says where its memory ran out', async () => {
    const text = head + '```sql\nSELECT ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000) + ';\n```\n'
    await lintChecked(text)
    expect(describeMessages(await lint(text, {plugins: [codeErrors]}), false)).toEqual(['8:10004-8:10005: memory exhausted at or near "("'])
  }, 60_000)

  it('Elixir with 10,000 nested do blocks: one "too complex" message over the block', async () => {
    const text = head + '```elixir\n' + 'if x do\n'.repeat(10_000) + 'end\n'.repeat(10_000) + '```\n'
    await lintChecked(text)
    const found = describeMessages(await lint(text, {plugins: [codeErrors]}), false)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^8:1-20007:4: Elixir block too complex to parse \(limit [\d,]+ [a-z /]+\)$/)
  }, 60_000)

  it('Elixir with 10,000 nested brackets, parentheses or maps: tree-sitter copes, no message', async () => {
    for (const code of ['x = ' + '['.repeat(10_000) + ']'.repeat(10_000), 'x = ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000), 'x = ' + '%{a: '.repeat(5000) + '1' + '}'.repeat(5000)]) {
      const text = head + '```elixir\n' + code + '\n```\n'
      await lintChecked(text)
      expect(describeMessages(await lint(text, {plugins: [codeErrors]}), false)).toEqual([])
    }
  }, 60_000)

  it('the other shapes micromark is slow on are refused, each naming its limit', async () => {
    expect(scanLimits).toMatchObject({emphasisPerBlock: 500, emphasis: 10_000, setextHeadings: 200, paragraphLines: 5000})
    expect(refusedAt(await lint(head + '*a _b '.repeat(300) + 'c* d_ '.repeat(300) + '\n'))).toBe(
      '7:1: Paragraph or heading at line 7 has more than 500 emphasis markers (`*`, `_`) (limit 500): not linted'
    )
    expect(refusedAt(await lint(head + 'a\n=\n'.repeat(201)))).toBe(
      '408:1: Markdown has more than 200 setext headings (text underlined with `===` or `---`) (limit 200, passed at line 408): not linted'
    )
    expect(refusedAt(await lint(head + 'word word\n'.repeat(5001)))).toBe('7:1: Paragraph at line 7 has more than 5,000 lines (limit 5,000): not linted')
    expect(refusal(await lint(head + '> x\n\n'.repeat(4000)))).toMatch(
      /^Markdown ends [\d,]+ blockquotes or lists before line \d+: too many for a file this long \(remark-parse re-reads what comes before each one; limit 10,000,000 characters\): not linted$/
    )
    expect(refusal(await lint('\n'.repeat(maxLines)))).toBe('File has 100,001 lines (limit 100,000): not linted')
  }, 60_000)
})

/** A doc with a wrong title, a missing section and an Elixir block whose `attributes do` is never closed. */
const known = [
  '# Design',
  '',
  '## Story Reference',
  '',
  '004217-TeamInvitations',
  '',
  '## Ash Resources',
  '',
  '```elixir',
  'defmodule MyApp.Teams.Team do',
  '  use Ash.Resource,',
  '    domain: MyApp.Teams',
  '',
  '  attributes do',
  '    uuid_primary_key :id',
  '',
  'end',
  '```',
  ''
]
const knownMessages = [
  '1:1-1:9: Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]',
  '14:14-14:16: "attributes do" is never closed: missing "end" [test-code-errors]'
]

async function knownLint(text: string) {
  const file = await lintValue(text, {plugins: [codeErrors]})
  expect(reportProblems(text, file)).toEqual([])
  return describeMessages(file).filter((message) => !message.endsWith('[required-sections]') && !message.endsWith('[elixir-syntax]'))
}

describe('odd files: a clear message or correct results, positions right', () => {
  it('a binary file is refused, naming the first NUL byte', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(refusedAt(await lintValue(png))).toBe('3:1: Binary file (NUL byte at line 3, column 1): not linted')
  })

  it('a file that is not UTF-8 is refused, naming the first bad byte', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('# Architecture Design Changes\n\nCaf'), 0xe9, ...Buffer.from(' cr'), 0xe8, ...Buffer.from('me\n')])
    expect(refusedAt(await lintValue(latin1))).toBe('3:4: File is not UTF-8 (byte 0xE9 at line 3, column 4): not linted')
  })

  it('a UTF-8 BOM: no message on a valid doc, positions as without it', async () => {
    for (const name of validNames) {
      expect(describeMessages(await lintValue('\uFEFF' + readFileSync(path.join(validFolder, name), 'utf8'))), name).toEqual([])
    }
    expect(await knownLint('\uFEFF' + known.join('\n'))).toEqual(knownMessages)
    expect(await knownLint(known.join('\n'))).toEqual(knownMessages)
  })

  it('CRLF, lone CR and mixed line endings: the results of LF', async () => {
    const endings: Array<[string, (at: number) => string]> = [
      ['CRLF', () => '\r\n'],
      ['CR', () => '\r'],
      ['mixed', (at) => ['\n', '\r\n', '\r'][at % 3]!]
    ]
    for (const [name, ending] of endings) {
      // A lone CR before an empty line ended by LF would make a CRLF: one line ending, not two.
      const convert = (text: string) =>
        text.split('\n').reduce(function (done, line, at) {
          if (at === 0) return line
          const chosen = ending(at)
          return done + (chosen === '\n' && done.endsWith('\r') ? '\r' : chosen) + line
        }, '')
      for (const validName of validNames) {
        expect(describeMessages(await lintValue(convert(readFileSync(path.join(validFolder, validName), 'utf8')))), `${validName} ${name}`).toEqual([])
      }
      expect(await knownLint(convert(known.join('\n'))), name).toEqual(knownMessages)
      expect(await knownLint('\uFEFF' + convert(known.join('\n'))), `BOM ${name}`).toEqual(knownMessages)
    }
  }, 60_000)

  it('an empty file: the title and every section missing, at 1:1', async () => {
    for (const text of ['', '\uFEFF']) {
      const messages = describeMessages(await lintChecked(text))
      expect(messages[0]).toBe('1:1-1:1: Missing document title: expected `# Architecture Design Changes` as the first heading [document-title]')
      expect(messages).toContain('1:1-1:1: Missing section `## Story Reference`, expected at the start of the document [required-sections]')
      expect(messages).toHaveLength(10)
    }
  })

  it('a file with only front matter: the front matter is not read as Markdown', async () => {
    const frontMatter = '---\ntitle: Team invitations\nstory: 004217-TeamInvitations\n---\n'
    const messages = describeMessages(await lintChecked(frontMatter))
    expect(messages[0]).toBe('1:1-1:1: Missing document title: expected `# Architecture Design Changes` as the first heading [document-title]')
    expect(messages).toContain('5:1-5:1: Missing section `## Story Reference`, expected at the start of the document [required-sections]')
    expect(messages).toHaveLength(10)
    // Before a valid doc, with CRLF and a BOM too: no message.
    expect(describeMessages(await lintChecked(frontMatter + valid))).toEqual([])
    expect(describeMessages(await lintChecked('\uFEFF' + (frontMatter + valid).replace(/\n/g, '\r\n')))).toEqual([])
  })
})

/** The CLI's stderr lines that are failures (`archdoc-lint: ...`). */
function failureLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('archdoc-lint:'))
}

function expectNoTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m)
  expect(text).not.toContain('[cause]')
}

const wrongTitle = '# Design\n'
// The first sentence; the rest is on this line or the next, as the width allows.
const wrongTitleLine = '  1:1  error  Unexpected document title `Design`'
const titleOnly = JSON.stringify({plugins: ['archdoc-lint/rules/document-title']})

describe('the CLI: a path it cannot lint is one line naming it, exit 2, the others still linted', () => {
  it('a missing path', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': wrongTitle})
    const result = runCli(['nope.md', 'a.md'], {cwd})
    expect(result.code).toBe(2)
    expect(failureLines(result.stderr)).toEqual(['archdoc-lint: nope.md: no such file or folder'])
    expect(result.stderr).toContain(wrongTitleLine)
    expectNoTrace(result.stderr)
  })

  it('a folder with no Markdown', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': wrongTitle, 'empty/notes.txt': 'x'})
    const alone = runCli(['empty'], {cwd})
    expect(alone).toEqual({code: 2, stdout: '', stderr: 'archdoc-lint: empty: no Markdown files found (looked for .md and .markdown files)\n'})
    const result = runCli(['empty', 'a.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(wrongTitleLine)
  })

  it('a glob that matches nothing', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': wrongTitle})
    expect(runCli(['nothing/**/*.md'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: nothing/**/*.md: no Markdown files found (looked for .md and .markdown files)\n'
    })
  })

  const root0 = process.getuid?.() === 0
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((candidate) => existsSync(candidate))
  it.skipIf(root0 && !runuser)('an unreadable file (as root: run as `nobody` with runuser; skipped when root has no runuser, chmod 000 does not stop root)', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': wrongTitle, 'secret.md': wrongTitle})
    chmodSync(path.join(cwd, 'secret.md'), 0o000)
    for (let folder = cwd; folder.startsWith(path.join(root, 'test')); folder = path.dirname(folder)) chmodSync(folder, 0o755)
    const command = root0 ? [runuser!, '-u', 'nobody', '--', process.execPath, cliPath, 'secret.md', 'a.md'] : [process.execPath, cliPath, 'secret.md', 'a.md']
    const run = spawnSync(command[0]!, command.slice(1), {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(run.status).toBe(2)
    expect(failureLines(run.stderr)).toEqual(['archdoc-lint: secret.md: permission denied'])
    expect(run.stderr).toContain(wrongTitleLine)
  })

  it('a symbolic link loop (file): one line naming it', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': wrongTitle})
    symlinkSync('loop-b.md', path.join(cwd, 'loop-a.md'))
    symlinkSync('loop-a.md', path.join(cwd, 'loop-b.md'))
    const result = runCli(['loop-a.md', 'a.md'], {cwd})
    expect(result.code).toBe(2)
    const lines = failureLines(result.stderr)
    expect(lines).toHaveLength(1)
    expect(lines).toEqual(['archdoc-lint: loop-a.md: symbolic link loop'])
    expect(result.stderr).toContain(wrongTitleLine)
    expectNoTrace(result.stderr)
  })

  it('a symbolic link loop (folder): each file linted once, one line about the file that links to itself', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'docs/a.md': wrongTitle})
    symlinkSync('..', path.join(cwd, 'docs', 'up'))
    symlinkSync('self.md', path.join(cwd, 'self.md'))
    const result = runCli(['.', '--format', 'json'], {cwd})
    const paths = (JSON.parse(result.stdout || '[]') as Array<{path: string}>).map((file) => file.path)
    // The file it could not read is in the report too, with its one fatal message.
    expect(paths).toEqual(['docs/a.md', 'self.md'])
    expect(failureLines(result.stderr)).toEqual(['archdoc-lint: self.md: symbolic link loop'])
    expect(result.code).toBe(2)
  }, 60_000)

  it('two links to one folder: its files linted once, under the shortest path', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'docs/a.md': wrongTitle})
    symlinkSync('docs', path.join(cwd, 'also'))
    symlinkSync(path.join('..', 'docs'), path.join(cwd, 'docs', 'again'))
    const result = runCli(['.', '--format', 'json'], {cwd})
    const paths = (JSON.parse(result.stdout || '[]') as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(['also/a.md'])
    expect(failureLines(result.stderr)).toEqual([])
    expect(result.code).toBe(1)
  }, 60_000)

  it('binary, not UTF-8 and too deeply nested files: one line each, the others linted', () => {
    const cwd = workspace({
      '.remarkrc': titleOnly,
      'a.md': wrongTitle,
      'image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'latin1.md': Uint8Array.from([...Buffer.from('# Architecture Design Changes\n\nCaf'), 0xe9, 0x0a]),
      'deep.md': '>'.repeat(10_000) + ' deep\n'
    })
    const result = runCli(['a.md', 'deep.md', 'image.md', 'latin1.md'], {cwd})
    expect(result.code).toBe(2)
    expect(failureLines(result.stderr).sort()).toEqual([
      'archdoc-lint: deep.md: Markdown nests 10,000 levels deep at line 1 (limit 100): not linted',
      'archdoc-lint: image.md: binary file (NUL byte at line 3, column 1): not linted',
      'archdoc-lint: latin1.md: file is not UTF-8 (byte 0xE9 at line 3, column 4): not linted'
    ])
    expect(result.stderr).toContain(wrongTitleLine)
  }, 60_000)
})

describe('the CLI: a broken config is one line naming the file, the rule and the option, exit 2', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['invalid JSON', {'.remarkrc': '{"plugins": ['}, /^archdoc-lint: \.remarkrc: unexpected end of JSON input$/],
    [
      'invalid YAML',
      {'.remarkrc.yml': 'plugins:\n  - [archdoc-lint/rules/document-title\n  bad: : :\n'},
      /^archdoc-lint: \.remarkrc\.yml: flow sequence in block collection must be sufficiently indented and end with a \] at line 3, column 3$/
    ],
    [
      'invalid YAML whose message ends with a code excerpt',
      {'.remarkrc.yml': 'plugins:\n  - archdoc-lint/rules/document-title\n  bad: [\n'},
      /^archdoc-lint: \.remarkrc\.yml: all mapping items must start at the same column at line 3, column 1$/
    ],
    ['an unknown rule id', {'.remarkrc': JSON.stringify({plugins: ['archdoc-lint/rules/no-such-rule']})}, /^archdoc-lint: \.remarkrc: unknown rule `no-such-rule`$/],
    [
      'an option of the wrong type',
      {'.remarkrc': JSON.stringify({plugins: [['archdoc-lint/rules/document-title', {title: 5}]]})},
      /^archdoc-lint: \.remarkrc: rule `document-title`: option `title` must be string$/
    ],
    [
      'an unknown option',
      {'.remarkrc': JSON.stringify({plugins: [['archdoc-lint/rules/document-title', {titel: 'X'}]]})},
      /^archdoc-lint: \.remarkrc: rule `document-title`: unknown option `titel` \(known: `title`\)$/
    ]
  ]
  for (const [what, files, line] of cases) {
    it(what, () => {
      const cwd = workspace({...files, 'doc.md': wrongTitle})
      const result = runCli([], {cwd})
      expect(result.code).toBe(2)
      const lines = failureLines(result.stderr)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(line)
      expectNoTrace(result.stderr)
    })
  }
})

const throwing = defineRule(
  {id: 'test-throws', description: 'Throws on purpose on a file that says BOOM', severity: 'error'},
  {},
  function (_model, file) {
    if (String(file.value).includes('BOOM')) throw new Error('boom on purpose')
  }
)

describe('a rule that throws: an error on that file, the run goes on, the exit code says so', () => {
  it('through unified: one message naming the rule and the cause; the next file is linted', async () => {
    const processor = unified().use(remarkParse).use(preset).use(throwing)
    const bad = new VFile({path: 'bad.md', value: '# Design\n\nBOOM\n'})
    await processor.run(processor.parse(bad), bad)
    const crash = bad.messages.filter((message) => message.ruleId === 'test-throws')
    expect(crash.map((message) => [message.reason, message.fatal])).toEqual([['internal error in rule `test-throws`: boom on purpose', true]])
    expect((crash[0]!.cause as Error).message).toBe('boom on purpose')
    expect(bad.data.archdocInternalError).toBe(true)
    // The other rules still ran on that file.
    expect(bad.messages.some((message) => message.ruleId === 'document-title')).toBe(true)

    const good = new VFile({path: 'good.md', value: valid})
    await processor.run(processor.parse(good), good)
    expect(describeMessages(good)).toEqual([])
    expect(good.data.archdocInternalError).toBeUndefined()
  })

  it('through the CLI: exit 2, the error on that file, the others linted', () => {
    const rule = [
      "import {defineRule} from 'archdoc-lint'",
      "export default defineRule({id: 'test-throws', description: 'Throws on a file that says BOOM', severity: 'error'}, {}, function (model, file) {",
      "  if (String(file.value).includes('BOOM')) throw new Error('boom on purpose')",
      '})',
      ''
    ].join('\n')
    const files: Record<string, string> = {
      '.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint/rules/document-title', './throwing-rule.js']}),
      'throwing-rule.js': rule,
      'bad.md': '# Architecture Design Changes\n\nBOOM\n',
      'wrong.md': wrongTitle
    }
    // Enough files for the worker pool too.
    for (let index = 0; index < 12; index++) files[`good-${index}.md`] = '# Architecture Design Changes\n'
    const cwd = workspace(files)
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.code).toBe(2)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string}>}>
    const byPath = new Map(report.map((file) => [file.path, file.messages.map((message) => `${message.reason} [${message.ruleId}]`)]))
    expect(byPath.get('bad.md')).toEqual(['internal error in rule `test-throws`: boom on purpose [test-throws]'])
    expect(byPath.get('wrong.md')).toEqual(['Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]'])
    for (let index = 0; index < 12; index++) expect(byPath.get(`good-${index}.md`)).toEqual([])
  }, 60_000)

  /**
   * Prose in an ```elixir block (found by the fuzzer) reads as calls nested
   * hundreds deep; asking tree-sitter for the parent of an empty node there
   * overflowed its WASM stack and broke the parser for the process
   * (src/code/tree-links.ts).
   */
  const trapping = readFileSync(path.join(root, 'test', 'fuzz', 'elixir-trap.txt'), 'utf8')

  it('prose in an Elixir block: syntax errors, no crash', async () => {
    const file = await lint('```elixir\n' + trapping)
    expect(reportProblems('```elixir\n' + trapping, file)).toEqual([])
    expect(file.messages.filter((message) => message.reason.startsWith('internal error'))).toEqual([])
  }, 60_000)

  it('after prose in an Elixir block, the next file’s results are intact', async () => {
    await lint('```elixir\n' + trapping)
    expect(describeMessages(await lint(valid))).toEqual([])
  }, 60_000)
})

describe('nothing lost, nothing run', () => {
  function snapshot(folder: string): Map<string, {bytes: string; mtime: number}> {
    const found = new Map<string, {bytes: string; mtime: number}>()
    for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile()) continue
      const full = path.join(entry.parentPath, entry.name)
      found.set(path.relative(folder, full), {bytes: readFileSync(full).toString('base64'), mtime: statSync(full).mtimeMs})
    }
    return found
  }

  it('the CLI over a fixture tree changes no byte and no mtime, and adds no file', () => {
    const cwd = workspace({})
    cpSync(path.join(root, 'fixtures'), path.join(cwd, 'fixtures'), {recursive: true, preserveTimestamps: true})
    const before = snapshot(cwd)
    expect(before.size).toBeGreaterThan(50)
    const outside = mkdtempSync(path.join(base, 'out-'))
    for (const args of [[], ['--format', 'json'], ['--format', 'sarif', '--output-file', path.join(outside, 'report.sarif')], ['--cache', '--cache-location', path.join(outside, 'cache')]]) {
      const result = runCli(['fixtures', ...args], {cwd})
      expect([0, 1], `${args.join(' ')}: ${result.stderr.slice(-500)}`).toContain(result.code)
    }
    expect(snapshot(cwd)).toEqual(before)
  }, 120_000)

  const forbidden = ['child_process', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'vm', 'inspector', 'cluster']
  const forbiddenImport = new RegExp(String.raw`(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](?:node:)?(${forbidden.join('|')})['"]`, 'g')

  it('the built package imports no process, network or vm module, and evaluates no code', () => {
    const dist = path.join(root, 'dist')
    const ours: string[] = []
    const bundled: string[] = []
    for (const entry of readdirSync(dist, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue
      const full = path.join(entry.parentPath, entry.name)
      const text = readFileSync(full, 'utf8')
      const relative = path.relative(dist, full)
      expect(text, relative).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/)
      for (const match of text.matchAll(forbiddenImport)) {
        if (!relative.startsWith('bundle' + path.sep)) {
          ours.push(`${relative}: ${match[1]}`)
          continue
        }
        // The bundle carries third-party code: name the module each import is in.
        const module = [...text.slice(0, match.index).matchAll(/^\/\/ (node_modules\/\S+)$/gm)].at(-1)?.[1] ?? '(ours)'
        bundled.push(`${match[1]} in ${module.replace(/\/lib\/.*$/, '')}`)
      }
    }
    expect(ours).toEqual([])
    // Only @npmcli/promise-spawn (under load-plugin's @npmcli/config), never loaded on a lint run: see the next test.
    expect([...new Set(bundled)]).toEqual(bundled.length === 0 ? [] : ['child_process in node_modules/@npmcli/promise-spawn'])
  })

  it('a lint run loads no process, network or vm module (checked with a module loader hook)', () => {
    const hook = path.join(workspace({}), 'forbid.cjs')
    writeFileSync(
      hook,
      [
        "const Module = require('node:module')",
        `const forbidden = new Set(${JSON.stringify(forbidden)})`,
        'const load = Module._load',
        'Module._load = function (request, parent) {',
        "  if (forbidden.has(String(request).replace(/^node:/, ''))) process.stderr.write('FORBIDDEN require ' + request + ' from ' + (parent && parent.filename) + '\\n')",
        '  return load.apply(this, arguments)',
        '}',
        "Module.register('data:text/javascript,' + encodeURIComponent(`const forbidden = new Set(${JSON.stringify([...forbidden])})",
        'export async function resolve(specifier, context, next) {',
        "  if (forbidden.has(specifier.replace(/^node:/, ''))) process.stderr.write('FORBIDDEN import ' + specifier + ' from ' + context.parentURL + '\\\\n')",
        '  return next(specifier, context)',
        '}`))',
        ''
      ].join('\n')
    )
    const cwd = workspace({'.remarkrc': JSON.stringify({plugins: ['archdoc-lint', 'remark-lint-no-such-plugin']}), 'doc.md': wrongTitle})
    cpSync(path.join(root, 'fixtures'), path.join(cwd, 'fixtures'), {recursive: true})
    for (const [args, folder] of [
      [['fixtures'], root],
      [['doc.md'], cwd]
    ] as const) {
      const run = spawnSync(process.execPath, ['-r', hook, cliPath, ...args], {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      expect(run.stderr).not.toContain('FORBIDDEN')
      expect([0, 1, 2]).toContain(run.status)
    }
  }, 120_000)
})
