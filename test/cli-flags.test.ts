/**
 * The flags and conventions that ESLint, markdownlint-cli2 and remark-cli
 * users type, through the real CLI (`npm run build` first): `--config`,
 * stdin, `--max-warnings`, `--rule`, `--ignore-pattern`, `--ignore-path`,
 * colour flags, short flags, help, the summary, progress on a terminal and
 * stylish output that fits the width.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, root, runCli, workspaces} from './helpers.js'

const {workspace} = workspaces('cli-flags')

const titleOnly = JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
const titleAsWarning = JSON.stringify({plugins: ['archdoc-lint/document', ['archdoc-lint/rules/document-title', 'warn']]})
const titleError = '  1:1  error  Unexpected document title `Design`  document-title\n              expected `Architecture Design Changes`\n'
const titleWarning = '  1:1  warning  Unexpected document title `Design`  document-title\n                expected `Architecture Design Changes`\n'

/** `path: reason [rule] severity` of a json report. */
function messagesOf(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string; fatal?: boolean}>}>
  return files.flatMap((file) =>
    file.messages.map((message) => `${file.path}: ${message.reason} [${message.ruleId ?? ''}] ${message.fatal ? 'error' : 'warning'}`)
  )
}

describe('-c, --config <file>', () => {
  const cwd = workspace({
    '.remarkrc': titleOnly,
    'configs/warn.json': titleAsWarning,
    'doc.md': '# Design\n'
  })

  it('uses exactly that file, not the .remarkrc found beside the doc', () => {
    expect(runCli(['doc.md'], {cwd}).stderr).toBe('doc.md\n' + titleError + '\n✖ 1 error in 1 file\n')
    for (const flag of ['--config', '-c']) {
      const result = runCli([flag, 'configs/warn.json', 'doc.md'], {cwd})
      expect(result).toEqual({code: 0, stdout: '', stderr: 'doc.md\n' + titleWarning + '\n⚠ 1 warning in 1 file\n'})
    }
    expect(runCli(['--config=configs/warn.json', 'doc.md'], {cwd}).code).toBe(0)
  })

  it('a config file that does not exist is exit 2 with one line', () => {
    expect(runCli(['-c', 'nope.json', 'doc.md'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: nope.json: no such file (given with `--config`)\n'
    })
  })

  it('a broken config file is named in one line, exit 2', () => {
    const broken = workspace({'bad.json': '{"plugins": ["archdoc-lint/rules/document-titel"]}', 'doc.md': '# Design\n'})
    expect(runCli(['-c', 'bad.json', 'doc.md'], {cwd: broken})).toMatchObject({
      code: 2,
      stderr: 'archdoc-lint: bad.json: unknown rule `document-titel`, did you mean `document-title`?\n'
    })
  })

  it('a plugin it names that cannot be found is named with that config file, not the .remarkrc nearby', () => {
    const missing = workspace({'.remarkrc': titleOnly, 'conf.json': '{"plugins": ["remark-lint-no-such-plugin"]}', 'doc.md': '# Design\n'})
    expect(runCli(['-c', 'conf.json', 'doc.md'], {cwd: missing})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: conf.json: cannot find module `remark-lint-no-such-plugin`\n'
    })
  })

  it('needs a value, and does not go with --no-config', () => {
    expect(runCli(['doc.md', '--config'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: "archdoc-lint: Option '-c, --config <value>' argument missing (see `archdoc-lint --help`)\n"
    })
    expect(runCli(['-c', 'configs/warn.json', '--no-config', 'doc.md'], {cwd}).stderr).toBe(
      'archdoc-lint: Options `--config` and `--no-config` cannot go together (see `archdoc-lint --help`)\n'
    )
  })
})

describe('standard input', () => {
  const cwd = workspace({
    '.remarkrc': titleOnly,
    'docs/.remarkrc': titleAsWarning,
    'docs/.remarkignore': 'drafts/\n'
  })

  it('--stdin --stdin-filename: the path decides the config and is what the report names', () => {
    const result = runCli(['--stdin', '--stdin-filename', 'docs/x.md'], {cwd, input: '# Design\n'})
    expect(result).toEqual({code: 0, stdout: '', stderr: 'docs/x.md\n' + titleWarning + '\n⚠ 1 warning in 1 file\n'})
    const json = runCli(['--stdin', '--stdin-filename', 'docs/x.md', '-f', 'json'], {cwd, input: '# Design\n'})
    expect(messagesOf(json.stdout)).toEqual(['docs/x.md: Unexpected document title `Design`, expected `Architecture Design Changes` [document-title] warning'])
  })

  it('remark-cli’s --file-path, and `-` as the path, read stdin too', () => {
    expect(runCli(['--file-path', 'docs/x.md'], {cwd, input: '# Design\n'}).stderr).toBe('docs/x.md\n' + titleWarning + '\n⚠ 1 warning in 1 file\n')
    expect(runCli(['-', '--stdin-filename', 'top.md'], {cwd, input: '# Design\n'}).stderr).toBe('top.md\n' + titleError + '\n✖ 1 error in 1 file\n')
  })

  it('without a name the report says <stdin> and the config is looked up from the cwd', () => {
    const result = runCli(['--stdin'], {cwd, input: '# Design\n'})
    expect(result).toEqual({code: 1, stdout: '', stderr: '<stdin>\n' + titleError + '\n✖ 1 error in 1 file\n'})
    expect(runCli(['-'], {cwd, input: '# Architecture Design Changes\n'})).toEqual({code: 0, stdout: '', stderr: '<stdin>: no issues found\n'})
  })

  it('a name that an ignore file lists is skipped, as a named ignored file is', () => {
    expect(runCli(['--stdin', '--stdin-filename', 'docs/drafts/x.md'], {cwd, input: '# Design\n'})).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('does not mix with paths or --watch; a name needs stdin', () => {
    expect(runCli(['--stdin', 'a.md'], {cwd, input: ''}).stderr).toBe(
      'archdoc-lint: Standard input is linted alone: remove the paths (a.md) or `--stdin` (see `archdoc-lint --help`)\n'
    )
    expect(runCli(['--stdin', '--watch'], {cwd, input: ''}).stderr).toBe('archdoc-lint: Option `--watch` cannot watch standard input (see `archdoc-lint --help`)\n')
    expect(runCli(['--stdin-filename', 'x.md', 'a.md'], {cwd}).stderr).toBe(
      'archdoc-lint: Option `--stdin-filename` goes with `--stdin` (or `-` as the path) (see `archdoc-lint --help`)\n'
    )
  })

  it('reads no more than the size limit allows, and the guard refuses the document', () => {
    const big = '# Architecture Design Changes\n\n' + 'word '.repeat(1_000_000)
    const result = runCli(['--stdin', '-f', 'json'], {cwd, input: big})
    expect(result.code).toBe(2)
    expect(messagesOf(result.stdout)).toEqual(['<stdin>: file is 4.0 MiB (limit 4 MiB): not linted [] error'])
    expect(result.stderr).toBe('archdoc-lint: <stdin>: file is 4.0 MiB (limit 4 MiB): not linted\n')
  })
})

describe('--max-warnings <n>', () => {
  const cwd = workspace({'.remarkrc': titleAsWarning, 'a.md': '# Design\n', 'b.md': '# Other\n'})

  it('exits 1 when the warnings are more than n, with one line saying so', () => {
    const result = runCli(['--max-warnings', '1'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n').slice(-3)).toEqual(['', '⚠ 2 warnings in 2 files', 'archdoc-lint: too many warnings (2, maximum 1)'])
    expect(runCli(['--max-warnings', '2'], {cwd}).code).toBe(0)
    expect(runCli(['--max-warnings=0', 'a.md', '-f', 'json'], {cwd})).toMatchObject({code: 1, stderr: 'archdoc-lint: too many warnings (1, maximum 0)\n'})
    expect(runCli([], {cwd}).code).toBe(0)
  })

  it('needs a whole number', () => {
    expect(runCli(['--max-warnings', 'ten'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: Option `--max-warnings` needs a whole number of warnings (0 or more), not `ten` (see `archdoc-lint --help`)\n'
    })
  })
})

describe('--rule', () => {
  const cwd = workspace({'.remarkrc': titleOnly, 'doc.md': '# Design\n'})
  const preset = workspace({'doc.md': '# Design\n'})

  it('sets a rule’s severity on top of a config file and of the built-in preset', () => {
    expect(runCli(['--rule', 'document-title: warn', 'doc.md'], {cwd})).toEqual({
      code: 0,
      stdout: '',
      stderr: 'doc.md\n' + titleWarning + '\n⚠ 1 warning in 1 file\n'
    })
    expect(runCli(['--rule', 'document-title: off', 'doc.md'], {cwd}).stderr).toBe('doc.md: no issues found\n')
    const before = messagesOf(runCli(['-f', 'json'], {cwd: preset}).stdout)
    expect(before).toContain('doc.md: Unexpected document title `Design`, expected `Architecture Design Changes` [document-title] error')
    const after = messagesOf(runCli(['-f', 'json', '--rule', 'document-title: 0'], {cwd: preset}).stdout)
    expect(after).toEqual(before.filter((line) => !line.includes('[document-title]')))
  })

  it('reconfigures the rule of a config that names the preset, without running it twice', () => {
    const named = workspace({'.remarkrc': JSON.stringify({plugins: ['archdoc-lint']}), 'doc.md': '# Design\n'})
    const titles = (args: string[]) => messagesOf(runCli(['-f', 'json', ...args, 'doc.md'], {cwd: named}).stdout).filter((line) => line.includes('[document-title]'))
    expect(titles([])).toEqual(['doc.md: Unexpected document title `Design`, expected `Architecture Design Changes` [document-title] error'])
    expect(titles(['--rule', 'document-title: warn'])).toEqual(['doc.md: Unexpected document title `Design`, expected `Architecture Design Changes` [document-title] warning'])
  })

  it('takes [severity, options] as ESLint writes it, and JSON objects', () => {
    for (const setting of ['document-title: [warn, {"title": "Design"}]', 'document-title: ["warn", {"title": "Design"}]', '{"document-title": ["warn", {"title": "Design"}]}']) {
      expect(runCli(['--rule', setting, 'doc.md'], {cwd}).stderr).toBe('doc.md: no issues found\n')
    }
    // Options alone keep the rule's default severity, as in a config file.
    const json = runCli(['--rule', 'document-title: {"title": "Other"}', '-f', 'json', 'doc.md'], {cwd})
    expect(messagesOf(json.stdout)).toEqual(['doc.md: Unexpected document title `Design`, expected `Other` [document-title] error'])
  })

  it('an unknown rule, bad options or bad syntax is exit 2 with one line', () => {
    expect(runCli(['--rule', 'document-titel: off', 'doc.md'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: Option `--rule`: unknown rule `document-titel`, did you mean `document-title`? (see `archdoc-lint --help`)\n'
    })
    expect(runCli(['--rule', 'document-title: [warn, {"titel": "x"}]', 'doc.md'], {cwd}).stderr).toMatch(
      /^archdoc-lint: Option `--rule`: rule `document-title`: [^\n]*`titel`[^\n]*\(see `archdoc-lint --help`\)\n$/
    )
    expect(runCli(['--rule', 'document-title', 'doc.md'], {cwd}).stderr).toBe(
      'archdoc-lint: Option `--rule` takes `<id>: <severity>` or `<id>: [<severity>, <options>]`, not `document-title` (see `archdoc-lint --help`)\n'
    )
    expect(runCli(['--rule', 'document-title: [warn,', 'doc.md'], {cwd}).code).toBe(2)
  })

  it('is part of the cache key', () => {
    const cached = workspace({'.remarkrc': titleOnly, 'doc.md': '# Design\n'})
    expect(runCli(['--cache', 'doc.md'], {cwd: cached}).code).toBe(1)
    expect(runCli(['--cache', '--rule', 'document-title: off', 'doc.md'], {cwd: cached}).stderr).toBe('doc.md: no issues found\n')
    expect(runCli(['--cache', 'doc.md'], {cwd: cached}).code).toBe(1)
  })
})

describe('--ignore-pattern, -i/--ignore-path', () => {
  const cwd = workspace({
    '.remarkrc': titleOnly,
    '.remarkignore': 'b.md\n',
    'a.md': '# Design\n',
    'b.md': '# Design\n',
    'drafts/c.md': '# Design\n',
    'other.ignore': 'a.md\n'
  })
  const listed = (stderr: string) => stderr.split('\n').filter((line) => /^\S+\.md$/.test(line))

  it('--ignore-pattern ignores more files (repeatable, gitignore globs)', () => {
    expect(listed(runCli([], {cwd}).stderr)).toEqual(['a.md', 'drafts/c.md'])
    expect(listed(runCli(['--ignore-pattern', 'drafts/'], {cwd}).stderr)).toEqual(['a.md'])
    expect(runCli(['--ignore-pattern', 'drafts/', '--ignore-pattern', '*.md'], {cwd})).toMatchObject({code: 2})
  })

  it('--ignore-path uses that file instead of .remarkignore', () => {
    for (const flag of ['--ignore-path', '-i']) expect(listed(runCli([flag, 'other.ignore'], {cwd}).stderr)).toEqual(['b.md', 'drafts/c.md'])
    expect(runCli(['-i', 'missing.ignore'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archdoc-lint: missing.ignore: no such file (given with `--ignore-path`)\n'
    })
  })
})

describe('colour, short flags, help', () => {
  const cwd = workspace({'.remarkrc': titleOnly, 'doc.md': '# Design\n', '.remarkrc.warn': titleAsWarning})

  it('the last of --color and --no-color wins', () => {
    const escape = '\u001B['
    expect(runCli(['--no-color', '--color', 'doc.md'], {cwd}).stderr).toContain(escape + '31merror')
    expect(runCli(['--color', '--no-color', 'doc.md'], {cwd}).stderr).not.toContain(escape)
    expect(runCli(['--color', 'doc.md'], {cwd}).stderr).toContain(escape)
    expect(runCli(['doc.md'], {cwd}).stderr).not.toContain(escape) // NO_COLOR, not a terminal
  })

  it('-S and -s are --silent, -q --quiet', () => {
    const warnings = workspace({'.remarkrc': titleAsWarning, 'doc.md': '# Design\n', 'ok.md': '# Architecture Design Changes\n'})
    for (const flag of ['-S', '-s', '--silent']) expect(runCli([flag], {cwd: warnings})).toEqual({code: 0, stdout: '', stderr: ''})
    expect(runCli(['-q'], {cwd: warnings}).stderr).not.toContain('ok.md')
  })

  it('--help groups the options as ESLint does, in one aligned column', () => {
    const help = runCli(['--help']).stdout
    const groups = help.split('\n').filter((line) => /^[A-Z][a-z ]+:$/.test(line))
    expect(groups).toEqual([
      'Basic configuration:',
      'Ignoring files:',
      'Using stdin:',
      'Handling warnings:',
      'Output:',
      'Fixing problems:',
      'Caching and watching:',
      'Miscellaneous:',
      'Commands:'
    ])
    const options = help.split('\n').filter((line) => /^ {2}-/.test(line))
    expect(options.length).toBeGreaterThanOrEqual(19)
    for (const line of options) expect(line.slice(0, 34)).toMatch(/^ {2}\S.*\S {2,}$|^ {2}\S.*\S$/)
    // Every description starts at column 34, continuation lines too.
    const described = help.split('\n').filter((line) => /^ {2}-\S.* {2}\S/.test(line) || /^ {34}\S/.test(line))
    for (const line of described) expect(line.slice(34, 35)).toMatch(/\S/)
    for (const flag of ['-c, --config <file>', '--rule <id: severity>', '-i, --ignore-path <file>', '--ignore-pattern <glob>', '--stdin', '--stdin-filename <path>', '--max-warnings <n>', '-S, --silent', '--color, --no-color']) {
      expect(help).toContain('  ' + flag + ' ')
    }
  })
})

describe('stylish output people can read', () => {
  const cwd = workspace({'.remarkrc': titleOnly, 'a.md': '# Design\n', 'b.md': '# Other\n', 'c.md': '# Architecture Design Changes\n'})

  it('ends with the totals and how many files have problems', () => {
    const lines = runCli([], {cwd}).stderr.trimEnd().split('\n')
    expect(lines.at(-1)).toBe('✖ 2 errors in 2 files')
    expect(lines).toContain('c.md: no issues found')
  })

  it('fits COLUMNS: a reason that fits stays on its line, one that does not is cut after its first sentence', () => {
    expect(runCli(['a.md'], {cwd, env: {COLUMNS: '140'}}).stderr).toBe(
      'a.md\n  1:1  error  Unexpected document title `Design`, expected `Architecture Design Changes`  document-title\n\n✖ 1 error in 1 file\n'
    )
    expect(runCli(['a.md'], {cwd, env: {COLUMNS: undefined}}).stderr).toBe('a.md\n' + titleError + '\n✖ 1 error in 1 file\n')
    // Narrower still: the first sentence wraps too, never inside a code span.
    expect(runCli(['a.md'], {cwd, env: {COLUMNS: '40'}}).stderr).toBe(
      'a.md\n' +
        '  1:1  error  Unexpected document title  document-title\n' +
        '              `Design`\n' +
        '              expected\n' +
        '              `Architecture Design Changes`\n' +
        '\n✖ 1 error in 1 file\n'
    )
  })

  it('at most 5% of the lines are longer than 120 characters over fixtures/invalid at COLUMNS=100, every message complete', () => {
    // One run: the json report to a file, the stylish one to stderr.
    const report = path.join(workspace({}), 'report.json')
    const stylish = runCli(['fixtures/invalid', '-f', 'json', '-o', report], {env: {COLUMNS: '100'}}).stderr
    const json = readFileSync(report, 'utf8')
    const lines = stylish.trimEnd().split('\n')
    const long = lines.filter((line) => line.length > 120)
    expect(long.length / lines.length).toBeLessThanOrEqual(0.05)
    expect(lines.filter((line) => line.length > 100)).toEqual(long) // what is longer than the width is longer than 120 too: one code span

    // Every word of every reason is in its file's block, in order.
    const blocks = new Map<string, string[]>()
    let current: string[] = []
    for (const line of lines) {
      if (/^\S/.test(line) && !line.startsWith('archdoc-lint:')) blocks.set(line.split(':')[0]!, (current = []))
      else current.push(...line.trim().split(/\s+/))
    }
    const files = JSON.parse(json) as Array<{path: string; messages: Array<{reason: string; line?: number; column?: number; ruleId?: string}>}>
    let messages = 0
    for (const file of files) {
      const words = blocks.get(file.path)!.map((word) => word.replace(/[:,]$/, ''))
      let at = 0
      // In the order stylish lists them: by place, rule id, reason.
      const ordered = [...file.messages].sort(
        (a, b) =>
          (a.line ?? 0) - (b.line ?? 0) ||
          (a.column ?? 0) - (b.column ?? 0) ||
          String(a.ruleId ?? '').localeCompare(String(b.ruleId ?? '')) ||
          a.reason.localeCompare(b.reason)
      )
      for (const message of ordered) {
        for (const word of message.reason.split(/\s+/).map((part) => part.replace(/[:,]$/, ''))) {
          const found = words.indexOf(word, at)
          expect(found, `${file.path}: ${message.reason}`).toBeGreaterThanOrEqual(0)
          at = found + 1
        }
        messages++
      }
    }
    expect(messages).toBeGreaterThan(400)
    expect(lines.at(-1)).toMatch(/^\d+ messages \(✖ \d+ errors, ⚠ \d+ warnings\) in \d+ files$/)
  })

  const script = existsSync('/usr/bin/script') ? '/usr/bin/script' : undefined
  const many = workspace(
    Object.fromEntries(
      Array.from({length: 40}, (_, index) => [`d${index}.md`, readFileSync(path.join(root, 'fixtures/invalid/consistency-ash-graphql/enums.md'), 'utf8')])
    )
  )

  /** Run the CLI on a terminal (util-linux `script` gives it one) and return what the terminal got. */
  function onTerminal(args: string[]): string {
    const command = [process.execPath, cliPath, ...args].map((part) => `'${part}'`).join(' ')
    const result = spawnSync(script!, ['-qec', command, '/dev/null'], {cwd: many, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', COLUMNS: '100', ARCHDOC_LINT_PROGRESS_DELAY: '0'}})
    return result.stdout
  }

  it.skipIf(!script)('on a terminal, a run over many files shows files done / total after a second, then clears it', () => {
    const output = onTerminal(['--no-config'])
    expect(output).toMatch(/^\r\u001B\[Karchdoc-lint: 0\/40 files/)
    const shown = [...output.matchAll(/archdoc-lint: (\d+)\/40 files/g)].map((match) => Number(match[1]))
    expect(shown.length).toBeGreaterThanOrEqual(1)
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    // Cleared before the report, which starts at the first column.
    expect(output).toMatch(/files\r\u001B\[Kd0\.md\r?\n/)
    expect(output.trimEnd().split(/\r?\n/).at(-1)).toMatch(/in 40 files$/)
  })

  it.skipIf(!script)('no progress with another format', () => {
    const output = onTerminal(['--no-config', '-f', 'json'])
    expect(output).not.toContain('files\r')
    expect(JSON.parse(output)).toHaveLength(40)
  })

  it('no progress off a terminal', () => {
    const result = runCli(['--no-config'], {cwd: many})
    expect(result.stderr).not.toContain('\r')
    expect(result.stderr.startsWith('d0.md\n')).toBe(true)
  })
})
