/**
 * `--fix`, `--fix-dry-run` and `--fix-rule` through the real CLI: every
 * fixture under fixtures/fix/<rule>/ becomes its `.fixed.md` twin byte for
 * byte, the result lints clean of that rule, a second `--fix` changes
 * nothing; files without fixes keep their bytes and mtime; writes keep the
 * mode and never go through a symbolic link.
 */
import {chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, workspaces} from './helpers.js'

const {workspace} = workspaces('fix')
const fixtures = path.join(root, 'fixtures', 'fix')

/** Every fixture with a fixed twin, as paths relative to fixtures/fix. */
function fixturePairs(folder = fixtures): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap(function (entry) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return fixturePairs(full)
    if (!entry.name.endsWith('.md') || entry.name.endsWith('.fixed.md')) return []
    return [path.relative(fixtures, full)]
  })
}

const read = (file: string) => readFileSync(file, 'utf8')
const twin = (relative: string) => read(path.join(fixtures, relative.replace(/\.md$/, '.fixed.md')))
const longAgo = new Date('2020-01-02T03:04:05Z')

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; line: number; column: number; reason: string}>
  output?: string
}

describe('--fix', () => {
  const pairs = fixturePairs()

  it('has a fixture and a fixed twin for every fixable kind', () => {
    expect(pairs.sort()).toEqual([
      'code-block-language/unlabelled.md',
      'required-sections/missing-section.md',
      'section-heading/near-miss.md',
      'section-order/moved-last-section.md',
      'section-order/moved-section.md',
      'story-reference/006310-TeamRoster.md',
      'story-reference/missing/006310-TeamRoster.md',
      'story-reference/placeholder/006310-TeamRoster.md',
      'subsection-heading/near-miss.md'
    ])
    for (const relative of pairs) expect(read(path.join(fixtures, relative))).not.toBe(twin(relative))
  })

  it('turns each fixture into its twin byte for byte, clean of its rule; a second --fix changes nothing', () => {
    const folder = workspace(Object.fromEntries(pairs.map((relative) => [relative, read(path.join(fixtures, relative))])))
    const before = runCli(['--format', 'json', '.'], {cwd: folder})
    const reported = JSON.parse(before.stdout) as JsonFile[]
    // Each fixture draws its own rule's message before fixing.
    for (const relative of pairs) {
      const rule = relative.split(path.sep)[0]!
      expect(reported.find((file) => file.path === relative)!.messages.map((message) => message.ruleId)).toContain(rule)
    }

    const fixed = runCli(['--fix', '.'], {cwd: folder})
    for (const relative of pairs) expect(read(path.join(folder, relative)), relative).toBe(twin(relative))
    // What remains: only the inserted section, empty until someone writes it.
    expect(fixed.stderr).toContain('required-sections/missing-section.md\n  272:1  error  Section `## Security Considerations` is empty  no-empty-sections\n')
    expect(fixed.stderr.trimEnd().split('\n').at(-1)).toBe('✖ 1 error in 1 file')
    expect(fixed.code).toBe(1)

    const after = JSON.parse(runCli(['--format', 'json', '.'], {cwd: folder}).stdout) as JsonFile[]
    for (const file of after) {
      const expected = file.path === path.join('required-sections', 'missing-section.md') ? ['272:1 no-empty-sections'] : []
      expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`), file.path).toEqual(expected)
    }

    for (const relative of pairs) utimesSync(path.join(folder, relative), longAgo, longAgo)
    const again = runCli(['--fix', '.'], {cwd: folder})
    expect(again.code).toBe(1)
    for (const relative of pairs) {
      expect(read(path.join(folder, relative))).toBe(twin(relative))
      expect(statSync(path.join(folder, relative)).mtime.toISOString()).toBe(longAgo.toISOString())
    }
  })

  it('leaves a file with only unfixable messages untouched (bytes and mtime), and says what remains', () => {
    const valid = read(path.join(root, 'fixtures', 'valid', '006310-TeamRoster.md'))
    const text = valid.replace('# Architecture Design Changes', '# Design')
    const folder = workspace({'006310-TeamRoster.md': text})
    const file = path.join(folder, '006310-TeamRoster.md')
    utimesSync(file, longAgo, longAgo)
    const result = runCli(['--fix', '006310-TeamRoster.md'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('  1:1  error  Unexpected document title `Design`  document-title\n              expected `Architecture Design Changes`\n')
    expect(result.stderr).not.toContain('fixable')
    expect(read(file)).toBe(text)
    expect(statSync(file).mtime.toISOString()).toBe(longAgo.toISOString())
  })

  it('fixes from cached results too (the fix survives the cache)', () => {
    const folder = workspace({'doc.md': read(path.join(fixtures, 'section-heading', 'near-miss.md'))})
    expect(runCli(['--cache', 'doc.md'], {cwd: folder}).code).toBe(1)
    const result = runCli(['--cache', '--fix', 'doc.md'], {cwd: folder})
    expect(read(path.join(folder, 'doc.md'))).toBe(twin('section-heading/near-miss.md'))
    expect(result.code).toBe(0)
  })

  it("keeps the file's mode and leaves no temporary file behind", () => {
    const folder = workspace({'doc.md': read(path.join(fixtures, 'section-heading', 'near-miss.md'))})
    chmodSync(path.join(folder, 'doc.md'), 0o640)
    expect(runCli(['--fix', 'doc.md'], {cwd: folder}).code).toBe(0)
    expect(statSync(path.join(folder, 'doc.md')).mode & 0o777).toBe(0o640)
    expect(read(path.join(folder, 'doc.md'))).toBe(twin('section-heading/near-miss.md'))
    expect(readdirSync(folder)).toEqual(['doc.md'])
  })

  // root writes into a read-only folder anyway.
  it.skipIf(process.getuid?.() === 0)('a file that cannot be written is an I/O failure: one line, exit 2, the file whole', () => {
    const text = read(path.join(fixtures, 'section-heading', 'near-miss.md'))
    const folder = workspace({'locked/doc.md': text})
    chmodSync(path.join(folder, 'locked'), 0o555)
    try {
      const result = runCli(['--fix', 'locked/doc.md'], {cwd: folder})
      expect(result.stderr).toContain('archdoc-lint: locked/doc.md: fixes not written: cannot write the file (EACCES)\n')
      expect(result.code).toBe(2)
      expect(read(path.join(folder, 'locked', 'doc.md'))).toBe(text)
      expect(readdirSync(path.join(folder, 'locked'))).toEqual(['doc.md'])
    } finally {
      chmodSync(path.join(folder, 'locked'), 0o755)
    }
  })

  it('never writes through a symbolic link: one line says so, the target keeps its bytes', () => {
    const text = read(path.join(fixtures, 'section-heading', 'near-miss.md'))
    const folder = workspace({'target/doc.md': text, 'docs/.keep': ''})
    symlinkSync(path.join(folder, 'target', 'doc.md'), path.join(folder, 'docs', 'linked.md'))
    const result = runCli(['--fix', 'docs/linked.md'], {cwd: folder})
    expect(result.stderr).toContain('archdoc-lint: docs/linked.md: fixes not written: the file is a symbolic link (fix its target instead)\n')
    expect(result.stderr).toContain('  89:1  error  Heading `## Phoenix Context` should read `## Phoenix Contexts`  section-heading\n')
    expect(result.code).toBe(1)
    expect(read(path.join(folder, 'target', 'doc.md'))).toBe(text)
    expect(lstatSync(path.join(folder, 'docs', 'linked.md')).isSymbolicLink()).toBe(true)
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff, writes nothing, and reports what would remain', () => {
    const text = read(path.join(fixtures, 'section-heading', 'near-miss.md'))
    const folder = workspace({'near-miss.md': text})
    utimesSync(path.join(folder, 'near-miss.md'), longAgo, longAgo)
    const result = runCli(['--fix-dry-run', 'near-miss.md'], {cwd: folder})
    expect(result.stdout).toBe(
      [
        'Index: near-miss.md',
        '===================================================================',
        '--- near-miss.md',
        '+++ near-miss.md',
        '@@ -86,7 +86,7 @@',
        ' end',
        ' ```',
        ' ',
        '-## Phoenix Context',
        '+## Phoenix Contexts',
        " The domain gains the roster's code interface; the notifications module is a plain Elixir",
        ' module that builds and sends the email.',
        ' ',
        ''
      ].join('\n')
    )
    expect(result.stderr).toBe('near-miss.md: no issues found\n')
    expect(result.code).toBe(0)
    expect(read(path.join(folder, 'near-miss.md'))).toBe(text)
    expect(statSync(path.join(folder, 'near-miss.md')).mtime.toISOString()).toBe(longAgo.toISOString())
  })

  it('with --format json: the fixed text as the file\'s output, nothing else on stdout', () => {
    const folder = workspace({'near-miss.md': read(path.join(fixtures, 'section-heading', 'near-miss.md'))})
    const result = runCli(['--fix-dry-run', '--format', 'json', 'near-miss.md'], {cwd: folder})
    const [file] = JSON.parse(result.stdout) as JsonFile[]
    expect(file!.output).toBe(twin('section-heading/near-miss.md'))
    expect(file!.messages).toEqual([])
    expect(result.code).toBe(0)
  })
})

describe('--fix-rule', () => {
  it("fixes only the named rule's messages; the summary counts what --fix could still fix", () => {
    const text = read(path.join(fixtures, 'section-heading', 'near-miss.md')).replace('### Resource: MyApp.Teams.Membership', '### Resource MyApp.Teams.Membership')
    const folder = workspace({'doc.md': text})
    const result = runCli(['--fix', '--fix-rule', 'subsection-heading', 'doc.md'], {cwd: folder})
    expect(read(path.join(folder, 'doc.md'))).toBe(twin('section-heading/near-miss.md').replace('## Phoenix Contexts\n', '## Phoenix Context\n'))
    expect(result.stderr).toBe(
      [
        'doc.md',
        '  89:1  error  Heading `## Phoenix Context` should read `## Phoenix Contexts`  section-heading',
        '',
        '1 problem fixable with `--fix`',
        '✖ 1 error in 1 file',
        ''
      ].join('\n')
    )
    expect(result.code).toBe(1)
  })
})

describe('usage errors', () => {
  it.each([
    [['--fix', '--fix-dry-run'], 'archdoc-lint: Options `--fix` and `--fix-dry-run` cannot be used together (see `archdoc-lint --help`)\n'],
    [['--fix-rule', 'section-heading'], 'archdoc-lint: Option `--fix-rule` goes with `--fix` or `--fix-dry-run` (see `archdoc-lint --help`)\n'],
    [['--fix', '--watch'], 'archdoc-lint: Option `--fix` cannot be used with `--watch` (see `archdoc-lint --help`)\n'],
    [['--fix', '--fix-rule', 'no-such-rule'], 'archdoc-lint: Unknown rule `no-such-rule` in `--fix-rule` (see `archdoc-lint --help`)\n']
  ])('%j: exit 2 and one line', (args, line) => {
    const folder = workspace({'doc.md': '# Design\n'})
    const result = runCli([...args, 'doc.md'], {cwd: folder})
    expect(result.stderr).toBe(line)
    expect(result.code).toBe(2)
    expect(read(path.join(folder, 'doc.md'))).toBe('# Design\n')
  })
})

describe('--fix with standard input', () => {
  it('--fix cannot write standard input: a usage error pointing to --fix-dry-run', () => {
    const result = runCli(['--fix', '--stdin'], {input: '# Design\n'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      "archdoc-lint: Option `--fix` cannot write standard input: use `--fix-dry-run` (with `--format json`, the fixed text is the file's `output`) (see `archdoc-lint --help`)\n"
    )
  })

  it('--fix-dry-run --format json gives the fixed text of standard input as its output', () => {
    const text = read(path.join(fixtures, 'section-heading', 'near-miss.md'))
    const folder = workspace({})
    const result = runCli(['--fix-dry-run', '--format', 'json', '--stdin', '--stdin-filename', 'doc.md'], {cwd: folder, input: text})
    const [file] = JSON.parse(result.stdout) as Array<{output?: string; messages: unknown[]}>
    expect(file!.output).toBe(twin('section-heading/near-miss.md'))
    expect(file!.messages).toEqual([])
    expect(result.code).toBe(0)
  })
})
