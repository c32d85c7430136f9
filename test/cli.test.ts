/**
 * The archdoc-lint command, run as a process (the built CLI: `npm run build`
 * first). Workspaces are made under `test/.tmp-cli-*` so that `.remarkrc`
 * files can name `"archdoc-lint"` (the package resolves itself from inside
 * the repo).
 *
 * Most workspaces carry a config that turns on only `document-title` and
 * `required-sections`, so that these tests say exactly which messages come
 * out whatever other rules the preset grows; the preset itself is tested
 * with `toContain`.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, workspaces} from './helpers.js'

const {workspace} = workspaces('cli')

const twoRules = JSON.stringify({
  plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title', 'archdoc-lint/rules/required-sections']
})

const sections = [
  'Story Reference',
  'Architecture Overview',
  'Ash Resources',
  'Phoenix Contexts',
  'LiveView Components',
  'Database Schema',
  'API Design',
  'Security Considerations',
  'Performance Considerations'
]

/** Title and every required section: clean for `document-title` and `required-sections`. */
const good = '# Architecture Design Changes\n\n' + sections.map((title) => `## ${title}\n\nText.\n`).join('\n')
/** A wrong title (1:1-1:8) and, after Story Reference, nothing: 8 missing sections at 6:1. */
const bad = '# Design\n\n## Story Reference\n\n004217-TeamInvitations\n'
const missing = sections.slice(1).map((title) => `Missing section \`## ${title}\`, expected after \`## Story Reference\``)

/** The messages of a json report as `path line:col-line:col severity reason [rule]`. */
function summarize(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, any>>}>
  return files.flatMap((file) =>
    file.messages.map(
      (message) =>
        `${file.path} ${message.line ?? 0}:${message.column ?? 0}-${message.place?.end?.line ?? 0}:${message.place?.end?.column ?? 0} ` +
        `${message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'} ${message.reason} [${message.ruleId ?? ''}]`
    )
  )
}

function expectNoTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m)
  expect(text).not.toContain('[cause]')
  expect(text).not.toContain('Error:')
}

describe('help, version, usage errors', () => {
  it('--help prints the usage to stdout, exit 0', () => {
    const result = runCli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: archdoc-lint \[options\] \[paths or globs \.\.\.\]\n/)
    expect(result.stdout).toContain('-f, --format <name>')
    expect(result.stdout).toContain('new <NNNNNN-StoryName>')
    expect(result.stderr).toBe('')
  })

  it('-h, new --help are help too', () => {
    expect(runCli(['-h']).stdout).toBe(runCli(['--help']).stdout)
    expect(runCli(['new', '--help']).stdout).toBe(runCli(['--help']).stdout)
  })

  it('--version prints package.json version, exit 0', () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version
    for (const flag of ['--version', '-v']) {
      const result = runCli([flag])
      expect(result).toEqual({code: 0, stdout: version + '\n', stderr: ''})
    }
  })

  it('an unknown flag is exit 2 with one line', () => {
    const result = runCli(['--fral'])
    expect(result).toEqual({code: 2, stdout: '', stderr: "archdoc-lint: Unknown option '--fral' (see `archdoc-lint --help`)\n"})
  })

  it('an unknown format is exit 2 with one line', () => {
    const result = runCli(['--format', 'xml', 'x.md'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: Unknown format `xml`, expected one of: stylish, json, sarif, github (see `archdoc-lint --help`)\n'
    })
  })

  it('a flag missing its value is exit 2 with one line', () => {
    const result = runCli(['--format'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("archdoc-lint: Option '-f, --format <value>' argument missing (see `archdoc-lint --help`)\n")
  })
})

describe('paths, globs, folders, ignore files', () => {
  const cwd = workspace({
    '.remarkrc.json': twoRules,
    'top.md': bad,
    'docs/a.md': good,
    'docs/deep/b.markdown': bad,
    'docs/notes.txt': bad,
    'drafts/c.md': bad,
    '.remarkignore': 'drafts/\n'
  })

  const linted = (args: string[]) => {
    const result = runCli([...args, '--format', 'json'], {cwd})
    return {code: result.code, paths: (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path).sort()}
  }

  it('defaults to `.`: every .md and .markdown file, .remarkignore honoured', () => {
    expect(linted([])).toEqual({code: 1, paths: ['docs/a.md', 'docs/deep/b.markdown', 'top.md']})
  })

  it('takes folders, files and globs', () => {
    expect(linted(['docs'])).toEqual({code: 1, paths: ['docs/a.md', 'docs/deep/b.markdown']})
    expect(linted(['docs/a.md'])).toEqual({code: 0, paths: ['docs/a.md']})
    expect(linted(['docs/**/*.markdown', 'top.md'])).toEqual({code: 1, paths: ['docs/deep/b.markdown', 'top.md']})
  })

  it('skips a named file that .remarkignore lists, like any ignored file', () => {
    const result = runCli(['drafts/c.md', 'docs/a.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md'])
    expect(result.stderr).toBe('')
  })

  it('nothing to lint is exit 2 with one line', () => {
    const empty = workspace({'notes.txt': 'x'})
    expect(runCli([], {cwd: empty})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: .: no Markdown files found (looked for .md and .markdown files)\n'
    })
    expect(runCli(['nothing/*.md'], {cwd}).stderr).toBe(
      'archdoc-lint: nothing/*.md: no Markdown files found (looked for .md and .markdown files)\n'
    )
  })

  it('a missing path is exit 2, one line naming it, and the other files are still linted', () => {
    const result = runCli(['top.md', 'nope.md', 'docs/a.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    // The failure line comes before the totals, which stay last.
    expect(lines.slice(-4)).toEqual(['archdoc-lint: nope.md: no such file or folder', '', '8 problems fixable with `--fix`', '✖ 9 errors in 1 file'])
    expect(lines[0]).toBe('docs/a.md: no issues found')
    expect(lines).toContain('top.md')
    expect(result.stderr).toContain('  1:1  error  Unexpected document title `Design`')
    expect(result.stderr).not.toContain('nope.md\n')
    expectNoTrace(result.stderr)
  })
})

describe('many files', () => {
  it('a mix of clean docs and docs with errors: every doc is reported (unified-engine queue race, applySeverities in src/rule.ts)', () => {
    // Clean docs that finish first, and docs that have an error from the first
    // rule on and take longer (their body three times): without the guard in
    // hold.ts the engine never calls back with this mix.
    const files: Record<string, string> = {}
    for (const name of readdirSync(path.join(root, 'fixtures', 'valid')).filter((entry) => entry.endsWith('.md'))) {
      const text = readFileSync(path.join(root, 'fixtures', 'valid', name), 'utf8')
      const body = text.slice(text.indexOf('\n'))
      files[`clean/${name}`] = text
      files[`broken/${name}`] = '# Design' + body + body + body
    }
    const cwd = workspace(files)
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const reported = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId?: string; reason: string}>}>
    expect(reported.map((file) => file.path).sort()).toEqual(Object.keys(files).sort())
    for (const file of reported) {
      if (file.path.startsWith('clean/')) expect(file.messages).toEqual([])
      else expect(file.messages[0]).toMatchObject({ruleId: 'document-title', reason: 'Unexpected document title `Design`, expected `Architecture Design Changes`'})
    }
  })
})

describe('configuration', () => {
  it('with no config file the built-in preset runs', () => {
    const cwd = workspace({'doc.md': bad})
    const result = runCli(['doc.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const messages = summarize(result.stdout)
    expect(messages).toContain('doc.md 1:1-1:9 error Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]')
    for (const reason of missing) expect(messages).toContain(`doc.md 6:1-6:1 error ${reason} [required-sections]`)
  })

  it('a .remarkrc decides which rules run', () => {
    const cwd = workspace({
      '.remarkrc': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']}),
      'doc.md': bad
    })
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    expect(summarize(result.stdout)).toEqual([
      'doc.md 1:1-1:9 error Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]'
    ])
  })

  it('package.json#remarkConfig is found, in a parent folder too', () => {
    const cwd = workspace({
      'package.json': JSON.stringify({name: 'x', private: true, remarkConfig: {plugins: ['archdoc-lint/rules/required-sections']}}),
      'docs/doc.md': bad
    })
    // Its own package.json makes it a package of its own: archdoc-lint must
    // be installed there, as in a real project.
    mkdirSync(path.join(cwd, 'node_modules'))
    symlinkSync(root, path.join(cwd, 'node_modules', 'archdoc-lint'), 'dir')
    const result = runCli(['docs', '--format', 'json'], {cwd})
    expect(summarize(result.stdout)).toEqual(missing.map((reason) => `docs/doc.md 6:1-6:1 error ${reason} [required-sections]`))
  })

  it('a package.json without remarkConfig is passed over', () => {
    const cwd = workspace({
      '.remarkrc.yml': 'plugins:\n  - archdoc-lint/rules/document-title\n',
      'sub/package.json': '{"name": "sub"}',
      'sub/doc.md': bad
    })
    const result = runCli(['--format', 'json'], {cwd})
    expect(summarize(result.stdout)).toEqual([
      'sub/doc.md 1:1-1:9 error Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]'
    ])
  })

  it('--no-config ignores config files and runs the preset', () => {
    const cwd = workspace({'.remarkrc': JSON.stringify({plugins: ['archdoc-lint/rules/document-title']}), 'doc.md': bad})
    const messages = summarize(runCli(['--no-config', '--format', 'json'], {cwd}).stdout)
    expect(messages.length).toBeGreaterThan(1)
    expect(messages).toContain(`doc.md 6:1-6:1 error ${missing[0]} [required-sections]`)
  })

  it('"archdoc-lint" in a config is the preset; a rule is changed by naming it', () => {
    const cwd = workspace({
      '.remarkrc': JSON.stringify({
        plugins: [
          'archdoc-lint',
          ['archdoc-lint/rules/document-title', ['warn', {title: 'Design'}]],
          ['archdoc-lint/rules/required-sections', false]
        ]
      }),
      'doc.md': '# Architecture Design Changes\n'
    })
    const result = runCli(['--format', 'json'], {cwd})
    const messages = summarize(result.stdout)
    expect(messages).toContain('doc.md 1:1-1:30 warning Unexpected document title `Architecture Design Changes`, expected `Design` [document-title]')
    expect(messages.filter((message) => message.endsWith('[required-sections]'))).toEqual([])
  })

  it('options without a severity keep the rule’s default severity (error)', () => {
    const cwd = workspace({
      '.remarkrc': JSON.stringify({plugins: [['archdoc-lint/rules/document-title', {title: 'Design'}]]}),
      'doc.md': '# Architecture Design Changes\n'
    })
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    expect(summarize(result.stdout)).toEqual([
      'doc.md 1:1-1:30 error Unexpected document title `Architecture Design Changes`, expected `Design` [document-title]'
    ])
  })

  it('the plugins map form works, with "off"', () => {
    const cwd = workspace({
      '.remarkrc': JSON.stringify({plugins: {'archdoc-lint/rules/document-title': 'warn', 'archdoc-lint/rules/required-sections': 'off'}}),
      'doc.md': bad
    })
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.code).toBe(0)
    expect(summarize(result.stdout)).toEqual([
      'doc.md 1:1-1:9 warning Unexpected document title `Design`, expected `Architecture Design Changes` [document-title]'
    ])
  })

  const configErrors: Array<[string, unknown, string]> = [
    ['an unknown rule', {plugins: ['archdoc-lint/rules/document-titel']}, '.remarkrc: unknown rule `document-titel`, did you mean `document-title`?'],
    ['an unknown plugin', {plugins: ['remark-lint-no-such-rule']}, '.remarkrc: cannot find module `remark-lint-no-such-rule`'],
    [
      'an unknown option',
      {plugins: [['archdoc-lint/rules/document-title', {titel: 'X'}]]},
      '.remarkrc: rule `document-title`: unknown option `titel` (known: `title`)'
    ],
    [
      'an option of the wrong type',
      {plugins: [['archdoc-lint/rules/document-title', ['warn', {title: 5}]]]},
      '.remarkrc: rule `document-title`: option `title` must be string'
    ],
    [
      'options for a rule that takes none',
      {plugins: [['archdoc-lint/rules/required-sections', {x: 1}]]},
      '.remarkrc: rule `required-sections`: this rule takes no options'
    ],
    [
      'a bad severity',
      {plugins: [['archdoc-lint/rules/document-title', 'loud']]},
      '.remarkrc: rule `document-title`: incorrect severity `loud`, expected "off", "warn" or "error"'
    ],
    [
      'options given to the preset',
      {plugins: [['archdoc-lint', {title: 'X'}]]},
      '.remarkrc: `archdoc-lint` is a preset and takes no options: give the template to `archdoc-lint/document` and rule options to `archdoc-lint/rules/<id>`'
    ],
    [
      'a bad template',
      {plugins: ['archdoc-lint', ['archdoc-lint/document', {sections: [{title: 'A', subsections: [{heading: 'B', language: 'rust'}]}]}]]},
      '.remarkrc: archdoc-lint/document: subsection `B` has unknown language `rust` (expected elixir, sql or graphql)'
    ]
  ]

  for (const [what, config, line] of configErrors) {
    it(`${what} is exit 2 with one line naming the config, and other files are still linted`, () => {
      const cwd = workspace({'broken/.remarkrc': JSON.stringify(config), 'broken/doc.md': good, 'broken/other.md': good, 'fine/.remarkrc': twoRules, 'fine/doc.md': bad})
      const result = runCli([], {cwd})
      expect(result.code).toBe(2)
      const lines = result.stderr.trimEnd().split('\n')
      // One line for the broken config, however many files it covers.
      expect(lines.filter((text) => text.startsWith('archdoc-lint:'))).toEqual([`archdoc-lint: broken/${line}`])
      expect(lines[0]).toBe('fine/doc.md')
      expect(result.stderr).toContain('✖ 9 errors')
      expectNoTrace(result.stderr)
    })
  }

  it('a .remarkrc that is not JSON is exit 2 with one line', () => {
    const cwd = workspace({'.remarkrc': '{"plugins": [\n', 'doc.md': good})
    const result = runCli([], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^archdoc-lint: \.remarkrc: [^\n]*JSON[^\n]*\n$/)
  })

  it('a config error in json format is on stdout as a message without ruleId and on stderr as one line', () => {
    const cwd = workspace({'.remarkrc': JSON.stringify({plugins: ['archdoc-lint/rules/nope']}), 'doc.md': good})
    const result = runCli(['--format', 'json'], {cwd})
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual([
      {path: 'doc.md', cwd, history: ['doc.md'], messages: [{fatal: true, reason: '.remarkrc: unknown rule `nope`'}]}
    ])
    expect(result.stderr).toBe('archdoc-lint: .remarkrc: unknown rule `nope`\n')
  })
})

describe('formats and flags', () => {
  const cwd = workspace({'.remarkrc': twoRules, 'bad.md': bad, 'good.md': good})

  it('stylish goes to stderr, nothing to stdout', () => {
    const result = runCli(['bad.md', 'good.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        'bad.md',
        // By place, then rule id and reason. At 100 columns these reasons do
        // not fit beside the rule id: each is cut after its first sentence.
        '  1:1  error  Unexpected document title `Design`               document-title',
        '              expected `Architecture Design Changes`',
        ...missing
          .map((reason) => reason.split(', expected '))
          .sort()
          .flatMap(([head, rest]) => [`  6:1  error  ${head!.padEnd(47)}  required-sections`, `              expected ${rest}`]),
        '',
        'good.md: no issues found',
        '',
        // Every missing section can be inserted; the title is for a person.
        `${missing.length} problems fixable with \`--fix\``,
        '✖ 9 errors in 1 file',
        ''
      ].join('\n')
    )
  })

  it('json goes to stdout, in vfile-reporter-json’s shape, and nothing else', () => {
    const result = runCli(['bad.md', 'good.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout)
    expect(files).toHaveLength(2)
    expect(files[1]).toEqual({path: 'good.md', cwd, history: ['good.md'], messages: []})
    expect(files[0].messages[0]).toEqual({
      column: 1,
      fatal: true,
      line: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 9, offset: 8}},
      reason: 'Unexpected document title `Design`, expected `Architecture Design Changes`',
      ruleId: 'document-title',
      source: 'archdoc-lint',
      url: 'https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/document-title.md'
    })
    expect(files[0].messages).toHaveLength(9)
  })

  const warnings = workspace({
    '.remarkrc': JSON.stringify({plugins: [['archdoc-lint/rules/document-title', 'warn']]}),
    'warn.md': bad,
    'clean.md': good
  })

  it('warnings alone are exit 0; with --frail exit 1', () => {
    expect(runCli(['warn.md'], {cwd: warnings}).code).toBe(0)
    expect(runCli(['warn.md', '--frail'], {cwd: warnings}).code).toBe(1)
    expect(runCli(['clean.md', '--frail'], {cwd: warnings}).code).toBe(0)
  })

  it('--quiet leaves out files without messages', () => {
    const result = runCli(['--quiet'], {cwd: warnings})
    expect(result.stderr).not.toContain('clean.md')
    expect(result.stderr).toContain('warn.md\n  1:1  warning  Unexpected document title `Design`')
    const json = JSON.parse(runCli(['-q', '-f', 'json'], {cwd: warnings}).stdout) as Array<{path: string}>
    expect(json.map((file) => file.path)).toEqual(['warn.md'])
  })

  it('--silent reports errors only', () => {
    const result = runCli(['--silent'], {cwd: warnings})
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    const mixed = runCli(['-s', '-f', 'json'], {cwd})
    expect(summarize(mixed.stdout)).toHaveLength(9)
  })

  it('exit codes: 2 wins over 1, 1 over 0', () => {
    expect(runCli(['good.md'], {cwd}).code).toBe(0)
    expect(runCli(['bad.md'], {cwd}).code).toBe(1)
    expect(runCli(['bad.md', 'missing.md'], {cwd}).code).toBe(2)
    expect(runCli(['good.md', 'missing.md'], {cwd}).code).toBe(2)
    expect(runCli(['warn.md', 'missing.md', '--frail'], {cwd: warnings}).code).toBe(2)
  })

  it('--output-file writes the report there; stderr still gets the stylish report; stdout nothing', () => {
    const result = runCli(['bad.md', '--format', 'json', '--output-file', 'out/report.json'], {cwd: workspace({})})
    expect(result.code).toBe(2) // bad.md is not in this workspace
    const folder = workspace({'.remarkrc': twoRules, 'bad.md': bad})
    const written = runCli(['bad.md', '-f', 'json', '-o', 'report.json'], {cwd: folder})
    expect(written.code).toBe(1)
    expect(written.stdout).toBe('')
    expect(written.stderr).toContain('bad.md\n  1:1  error  Unexpected document title')
    expect(summarize(readFileSync(path.join(folder, 'report.json'), 'utf8'))).toHaveLength(9)
  })

  it('--output-file that cannot be written is exit 2 with one line, the report still on stderr', () => {
    const result = runCli(['bad.md', '-f', 'json', '-o', 'no/such/folder/r.json'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n').slice(-4)).toEqual([
      'archdoc-lint: no/such/folder/r.json: cannot write the report (ENOENT)',
      '',
      '8 problems fixable with `--fix`',
      '✖ 9 errors in 1 file'
    ])
  })

  it('never writes the linted files', () => {
    const before = readFileSync(path.join(cwd, 'bad.md'), 'utf8')
    runCli(['bad.md', 'good.md'], {cwd})
    expect(readFileSync(path.join(cwd, 'bad.md'), 'utf8')).toBe(before)
  })
})

describe('start-up', () => {
  // Linux: the user's cache folder is $XDG_CACHE_HOME (env-paths); elsewhere it is not set by this variable.
  it.runIf(process.platform === 'linux')('Node 22.1+: the compile cache is in the user’s cache folder, nothing is written in the linted folder; Node 20: no cache', () => {
    const cwd = workspace({'good.md': good, '.remarkrc.json': twoRules})
    const cacheHome = path.join(workspace(), 'cache-home')
    const result = runCli(['good.md'], {cwd, env: {XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined}})
    expect(result.code).toBe(0)
    expect(readdirSync(cwd).sort()).toEqual(['.remarkrc.json', 'good.md'])
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
    if (major > 22 || (major === 22 && minor >= 1)) {
      // Node keeps one folder per Node version (and V8 flags) inside the given one.
      const folders = readdirSync(path.join(cacheHome, 'archdoc-lint', 'compile-cache'))
      expect(folders).toEqual([expect.stringMatching(new RegExp(`^v${process.versions.node.replaceAll('.', '\\.')}-`))])
    } else {
      expect(existsSync(cacheHome)).toBe(false)
    }
  })
})
