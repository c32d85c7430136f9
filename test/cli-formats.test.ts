/**
 * `--format sarif` (validated against the SARIF 2.1.0 schema, see
 * fixtures/sarif/README.md) and `--format github` (workflow commands,
 * escaped as the runner requires), run through the built CLI.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {rules} from '../src/rules.js'
import {root, runCli, sarifValidator, workspaces} from './helpers.js'

const {workspace} = workspaces('cli-formats')

const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version
const titleOnly = JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
const titleAsWarning = JSON.stringify({plugins: ['archdoc-lint/document', ['archdoc-lint/rules/document-title', 'warn']]})

describe('--format sarif', () => {
  const validate = sarifValidator()
  const cwd = workspace({
    '.remarkrc': titleOnly,
    'docs/bad.md': '# Design\n',
    'docs/with space/two titles.md': '# Architecture Design Changes\n\n# Again\n',
    'docs/warn/.remarkrc': titleAsWarning,
    'docs/warn/w.md': '# Wrong\n',
    'docs/good.md': '# Architecture Design Changes\n'
  })

  it('the schema check itself rejects a broken log', () => {
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false)
    expect(validate({version: '2.0.0', runs: []})).toBe(false)
  })

  it('is valid SARIF 2.1.0, on stdout only', () => {
    const result = runCli(['docs', '--format', 'sarif'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const log = JSON.parse(result.stdout)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
  })

  it('describes the tool and every rule', () => {
    const log = JSON.parse(runCli(['docs/good.md', '-f', 'sarif'], {cwd}).stdout)
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe('archdoc-lint')
    expect(driver.version).toBe(version)
    expect(driver.informationUri).toBe('https://github.com/archdoc-lint/archdoc-lint')
    expect(driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    for (const [index, rule] of rules.entries()) {
      expect(driver.rules[index]).toMatchObject({
        id: rule.meta.id,
        shortDescription: {text: rule.meta.description},
        helpUri: `https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/${rule.meta.id}.md`,
        defaultConfiguration: {level: rule.meta.severity === 'error' ? 'error' : 'warning'}
      })
    }
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations).toEqual([{executionSuccessful: true, toolExecutionNotifications: []}])
  })

  it('results have rule, level, message, repo-relative location and region', () => {
    const log = JSON.parse(runCli(['docs', '-f', 'sarif'], {cwd}).stdout)
    const results = log.runs[0].results as Array<Record<string, any>>
    const index = rules.findIndex((rule) => rule.meta.id === 'document-title')
    const summary = results.map((result) => ({
      ruleId: result.ruleId,
      ruleIndex: result.ruleIndex,
      level: result.level,
      text: result.message.text,
      location: result.locations[0].physicalLocation
    }))
    const location = (uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
      artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
      region: {startLine, startColumn, endLine, endColumn}
    })
    expect(summary).toEqual([
      {
        ruleId: 'document-title',
        ruleIndex: index,
        level: 'error',
        text: 'Unexpected document title `Design`, expected `Architecture Design Changes`',
        location: location('docs/bad.md', 1, 1, 1, 9)
      },
      {
        ruleId: 'document-title',
        ruleIndex: index,
        level: 'warning',
        text: 'Unexpected document title `Wrong`, expected `Architecture Design Changes`',
        location: location('docs/warn/w.md', 1, 1, 1, 8)
      },
      {
        ruleId: 'document-title',
        ruleIndex: index,
        level: 'error',
        // The first title is the related location, linked from the text.
        text: 'Unexpected second H1 `Again`: a design doc has one title ([the title `Architecture Design Changes`](1))',
        location: location('docs/with%20space/two%20titles.md', 3, 1, 3, 8)
      }
    ])
    for (const result of results) expect(Object.keys(result.partialFingerprints)).toEqual(['archdocLint/v1'])
  })

  it('fingerprints survive lines moving and differ between results', () => {
    const first = workspace({'.remarkrc': titleOnly, 'doc.md': '# Architecture Design Changes\n\n# Other\n\n# Other\n'})
    const moved = workspace({'.remarkrc': titleOnly, 'doc.md': '# Architecture Design Changes\n\nA new paragraph.\n\n# Other\n\n# Other\n'})
    const prints = (cwd: string) =>
      (JSON.parse(runCli(['-f', 'sarif'], {cwd}).stdout).runs[0].results as Array<Record<string, any>>).map((result) => ({
        line: result.locations[0].physicalLocation.region.startLine,
        print: result.partialFingerprints['archdocLint/v1'] as string
      }))
    const before = prints(first)
    const after = prints(moved)
    expect(before.map((result) => result.line)).toEqual([3, 5])
    expect(after.map((result) => result.line)).toEqual([5, 7])
    // Same rule, file and message: same print, wherever the lines went; two
    // identical messages in one file still get distinct prints.
    expect(after.map((result) => result.print)).toEqual(before.map((result) => result.print))
    expect(before[0]!.print).not.toBe(before[1]!.print)
    expect(before[0]!.print).toMatch(/^[0-9a-f]{32}$/)
  })

  it('a failure makes the run unsuccessful, as a notification; still valid SARIF', () => {
    const result = runCli(['docs/bad.md', 'docs/nope.md', '-f', 'sarif'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: docs/nope.md: no such file or folder\n')
    const log = JSON.parse(result.stdout)
    expect(validate(log)).toBe(true)
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'no such file or folder'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'docs/nope.md', uriBaseId: '%SRCROOT%'}}}]
          }
        ]
      }
    ])
    expect(log.runs[0].results).toHaveLength(1)
  })

  it('--output-file writes the SARIF there and the stylish report to stderr', () => {
    const result = runCli(['docs/bad.md', '-f', 'sarif', '-o', 'results.sarif'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('docs/bad.md\n  1:1  error  Unexpected document title `Design`')
    expect(validate(JSON.parse(readFileSync(path.join(cwd, 'results.sarif'), 'utf8')))).toBe(true)
  })
})

describe('--format github', () => {
  it('prints one workflow command per message, on stdout only', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': '# Design\n\n# Two\n', 'w/.remarkrc': titleAsWarning, 'w/b.md': '# B\n'})
    const result = runCli(['a.md', 'w/b.md', '-f', 'github'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        '::error file=a.md,line=1,col=1,endLine=1,endColumn=9,title=document-title::Unexpected document title `Design`, expected `Architecture Design Changes`',
        '::error file=a.md,line=3,col=1,endLine=3,endColumn=6,title=document-title::Unexpected second H1 `Two`: a design doc has one title',
        '::warning file=w/b.md,line=1,col=1,endLine=1,endColumn=4,title=document-title::Unexpected document title `B`, expected `Architecture Design Changes`',
        ''
      ].join('\n')
    )
  })

  it('escapes data (%, CR, LF) and properties (also : and ,)', () => {
    // A setext heading spans two lines: the title text holds a line feed.
    const cwd = workspace({'.remarkrc': titleOnly, 'a,b:c%.md': '100% done,\nreally: yes\n===\n'})
    const result = runCli(['-f', 'github'], {cwd})
    expect(result.stdout).toBe(
      '::error file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=3,endColumn=4,title=document-title::' +
        'Unexpected document title `100%25 done,%0Areally: yes`, expected `Architecture Design Changes`\n'
    )
  })

  it('a failure is an error command naming the file', () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': '# Architecture Design Changes\n'})
    const result = runCli(['a.md', 'gone.md', '-f', 'github'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('::error file=gone.md,title=archdoc-lint::no such file or folder\n')
    expect(result.stderr).toBe('archdoc-lint: gone.md: no such file or folder\n')
  })

  it('--silent leaves out warnings', () => {
    const cwd = workspace({'.remarkrc': titleAsWarning, 'b.md': '# B\n'})
    expect(runCli(['-f', 'github', '--silent'], {cwd})).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

describe('--format sarif: the run names its category and, in a git checkout, its commit', () => {
  const validate = sarifValidator()
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=trunk', ...args], {cwd, encoding: 'utf8'}).trim()
  const outside = mkdtempSync(path.join(tmpdir(), 'archdoc-sarif-'))
  afterAll(() => rmSync(outside, {recursive: true, force: true}))

  function repository(name: string): string {
    const folder = path.join(outside, name)
    mkdirSync(path.join(folder, 'docs', 'design'), {recursive: true})
    writeFileSync(path.join(folder, 'docs', 'design', 'a.md'), '# Design\n')
    writeFileSync(path.join(folder, 'docs', '.remarkrc'), titleOnly)
    git(folder, 'init', '-q')
    git(folder, 'add', '.')
    git(folder, 'commit', '-q', '-m', 'docs')
    return folder
  }

  it('outside git: automationDetails only', () => {
    const folder = path.join(outside, 'plain')
    mkdirSync(folder)
    writeFileSync(path.join(folder, '.remarkrc'), titleOnly)
    writeFileSync(path.join(folder, 'a.md'), '# Design\n')
    const log = JSON.parse(runCli(['a.md', '-f', 'sarif'], {cwd: folder}).stdout)
    expect(log.runs[0].automationDetails).toEqual({id: 'archdoc-lint/'})
    expect(log.runs[0].versionControlProvenance).toBeUndefined()
    expect(validate(log)).toBe(true)
  })

  it('a git checkout without a remote has no repository URI to give: no provenance', () => {
    const folder = repository('local')
    const log = JSON.parse(runCli(['docs', '-f', 'sarif'], {cwd: folder}).stdout)
    expect(log.runs[0].automationDetails).toEqual({id: 'archdoc-lint/'})
    expect(log.runs[0].versionControlProvenance).toBeUndefined()
  })

  it('a checkout with a remote: repository (credentials dropped), commit, branch, and where the repository root is', () => {
    const folder = repository('cloned')
    git(folder, 'remote', 'add', 'origin', 'https://x-access-token:secret@github.com/acme/designs.git')
    const commit = git(folder, 'rev-parse', 'HEAD')
    const atRoot = JSON.parse(runCli(['docs', '-f', 'sarif'], {cwd: folder}).stdout)
    expect(validate(atRoot)).toBe(true)
    expect(atRoot.runs[0].versionControlProvenance).toEqual([
      {repositoryUri: 'https://github.com/acme/designs.git', revisionId: commit, branch: 'trunk', mappedTo: {uriBaseId: '%SRCROOT%'}}
    ])
    expect(atRoot.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/design/a.md')

    // From a subfolder the locations are relative to it, and the repository's root is two levels up.
    git(folder, 'checkout', '-q', '--detach')
    git(folder, 'remote', 'set-url', 'origin', 'git@github.com:acme/designs.git')
    const below = JSON.parse(runCli(['.', '-f', 'sarif'], {cwd: path.join(folder, 'docs', 'design')}).stdout)
    expect(validate(below)).toBe(true)
    expect(below.runs[0].versionControlProvenance).toEqual([
      {repositoryUri: 'ssh://git@github.com/acme/designs.git', revisionId: commit, mappedTo: {uri: '../../', uriBaseId: '%SRCROOT%'}}
    ])
    expect(below.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a.md')
  })

  it('packed refs and a linked worktree (git read from its files, no git process)', () => {
    const folder = repository('packed')
    git(folder, 'remote', 'add', 'upstream', 'https://example.com/up.git')
    git(folder, 'remote', 'add', 'origin', 'https://example.com/acme/designs')
    const commit = git(folder, 'rev-parse', 'HEAD')
    git(folder, 'pack-refs', '--all')
    git(folder, 'worktree', 'add', '-q', '-b', 'side', path.join(outside, 'packed-side'))
    for (const [cwd, branch] of [[folder, 'trunk'], [path.join(outside, 'packed-side'), 'side']] as const) {
      const log = JSON.parse(runCli(['docs', '-f', 'sarif'], {cwd}).stdout)
      expect(log.runs[0].versionControlProvenance).toEqual([
        {repositoryUri: 'https://example.com/acme/designs', revisionId: commit, branch, mappedTo: {uriBaseId: '%SRCROOT%'}}
      ])
    }
  })
})
