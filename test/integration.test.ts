/**
 * Integrations, each with its real client: a git pre-commit hook in a
 * throw-away repo, remark-cli with `.remarkrc.example`, the pre-commit hook
 * definition, and the GitHub Action's lint step run by bash.
 * Workspaces live under `test/.tmp-integration-*` (inside the repo, so that
 * `"archdoc-lint"` resolves from their configs).
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, root, runCli, workspaces} from './helpers.js'

const require = createRequire(import.meta.url)
// unified-engine's own YAML parser (it reads `.remarkrc.yml` with it).
const YAML = require('yaml') as {parse(text: string): any}

const {workspace} = workspaces('integration')

const env = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
const valid = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8')
const brokenTitle = valid.replace('# Architecture Design Changes', '# Design')

describe('git pre-commit hook', () => {
  // The README's plain hook, with `archdoc-lint` being the built CLI.
  const hook = [
    '#!/bin/sh',
    "git diff --cached --name-only -z --diff-filter=ACM -- '*.md' '*.markdown' |",
    `  xargs -0 -r node '${cliPath}' --frail`,
    ''
  ].join('\n')

  const git = (cwd: string, ...args: string[]) =>
    spawnSync('git', ['-c', 'core.hooksPath=.git/hooks', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: {...env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd}
    })

  function repo(): string {
    const cwd = workspace({'README.txt': 'not markdown\n'})
    expect(git(cwd, 'init', '-q').status).toBe(0)
    writeFileSync(path.join(cwd, '.git', 'hooks', 'pre-commit'), hook)
    chmodSync(path.join(cwd, '.git', 'hooks', 'pre-commit'), 0o755)
    expect(git(cwd, 'add', 'README.txt').status).toBe(0)
    expect(git(cwd, 'commit', '-q', '-m', 'init').status).toBe(0)
    return cwd
  }

  it('refuses a commit with a broken design doc, printing why', () => {
    const cwd = repo()
    mkdirSync(path.join(cwd, 'docs'))
    writeFileSync(path.join(cwd, 'docs', '004217-TeamInvitations.md'), brokenTitle)
    git(cwd, 'add', 'docs')
    const commit = git(cwd, 'commit', '-m', 'Add the design')
    expect(commit.status).not.toBe(0)
    expect(commit.stderr).toContain('docs/004217-TeamInvitations.md\n  1:1  error  Unexpected document title `Design`')
    expect(commit.stderr).toContain('expected `Architecture Design Changes`')
    expect(git(cwd, 'log', '--format=%s').stdout).toBe('init\n')
  })

  it('lets a valid design doc through, and lints only the staged files', () => {
    const cwd = repo()
    mkdirSync(path.join(cwd, 'docs'))
    writeFileSync(path.join(cwd, 'docs', '004217-TeamInvitations.md'), valid)
    // Broken but not staged: not the hook's business.
    writeFileSync(path.join(cwd, 'docs', 'draft.md'), brokenTitle)
    git(cwd, 'add', 'docs/004217-TeamInvitations.md')
    const commit = git(cwd, 'commit', '-m', 'Add the design')
    expect(commit.stderr).toBe('docs/004217-TeamInvitations.md: no issues found\n')
    expect(commit.status).toBe(0)
    expect(git(cwd, 'log', '--format=%s').stdout).toBe('Add the design\ninit\n')
  })

  it('does not run on a commit without Markdown', () => {
    const cwd = repo()
    writeFileSync(path.join(cwd, 'notes.txt'), 'x\n')
    git(cwd, 'add', 'notes.txt')
    const commit = git(cwd, 'commit', '-m', 'Notes')
    expect(commit.status).toBe(0)
    expect(commit.stderr).toBe('')
  })

  it('the CLI lints exactly the files named', () => {
    const cwd = workspace({'a.md': valid, 'b.md': brokenTitle, 'sub/c.md': brokenTitle})
    const result = runCli(['a.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['a.md'])
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('defines the archdoc-lint hook: node, entry archdoc-lint, the Markdown files under docs/design/', () => {
    const hooks = YAML.parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))
    expect(hooks).toHaveLength(1)
    expect(hooks[0]).toMatchObject({id: 'archdoc-lint', language: 'node', entry: 'archdoc-lint', types: ['markdown']})
    const files = new RegExp(hooks[0].files)
    // `types: [markdown]` leaves out other files; `files` leaves out the Markdown that is not a design doc.
    expect(['docs/design/004217-TeamInvitations.md', 'docs/design/billing/a.markdown'].filter((name) => files.test(name))).toHaveLength(2)
    expect(['README.md', 'CHANGELOG.md', 'docs/limits.md', 'src/docs/design/x.md'].filter((name) => files.test(name))).toEqual([])
    // The entry is a bin of the package, so that `npm install -g <repo>` puts it on the PATH.
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.bin[hooks[0].entry]).toBe('./bin/archdoc-lint.js')
  })
})

describe('plain remark: remark-cli with .remarkrc.example', () => {
  interface Report {
    code: number | null
    messages: string[]
  }

  /** `path line:col-line:col severity reason [rule]`, sorted. */
  function summarize(text: string): string[] {
    const files = JSON.parse(text) as Array<{path: string; messages: Array<Record<string, any>>}>
    return files
      .flatMap((file) =>
        file.messages.map(
          (message) =>
            `${file.path} ${message.line}:${message.column}-${message.place?.end?.line}:${message.place?.end?.column} ` +
            `${message.fatal ? 'error' : 'warning'} ${message.reason} [${message.ruleId}]`
        )
      )
      .sort()
  }

  function both(cwd: string): {remark: Report; archdoc: Report} {
    const remark = spawnSync(process.execPath, [path.join(root, 'node_modules', 'remark-cli', 'cli.js'), '.', '--frail', '--no-stdout', '--no-color', '--report', 'json'], {
      cwd,
      encoding: 'utf8',
      env
    })
    const archdoc = runCli(['.', '--frail', '--format', 'json'], {cwd})
    return {
      // remark-cli writes its report to stderr.
      remark: {code: remark.status, messages: summarize(remark.stderr)},
      archdoc: {code: archdoc.code, messages: summarize(archdoc.stdout)}
    }
  }

  /**
   * The fixtures, each with a second H1 added at its end, and a doc whose
   * only fault is its title, so that every doc has messages to compare.
   */
  function fixtures(config: string): string {
    const cwd = workspace({'.remarkrc.yml': config, 'title/004217-TeamInvitations.md': brokenTitle})
    for (const folder of ['valid', 'invalid']) {
      cpSync(path.join(root, 'fixtures', folder), path.join(cwd, folder), {recursive: true})
    }
    for (const file of readdirSync(cwd, {recursive: true, encoding: 'utf8'})) {
      if (file.endsWith('.md') && !file.startsWith('title')) appendFileSync(path.join(cwd, file), '\n# Extra title\n')
    }
    return cwd
  }

  const example = readFileSync(path.join(root, '.remarkrc.example'), 'utf8')

  it('the example is {"plugins": ["archdoc-lint"]} with comments', () => {
    expect(YAML.parse(example)).toEqual({plugins: ['archdoc-lint']})
  })

  it('remark-cli reports exactly what archdoc-lint reports on the fixtures', () => {
    const {remark, archdoc} = both(fixtures(example))
    expect(archdoc.code).toBe(1)
    expect(remark.code).toBe(1)
    expect(archdoc.messages.length).toBeGreaterThan(20)
    // The valid fixtures have only the added title.
    expect(archdoc.messages.filter((message) => message.startsWith('valid/') && !message.includes('Unexpected second H1 `Extra title`'))).toEqual([])
    expect(remark.messages).toEqual(archdoc.messages)
  })

  it('with its commented examples turned on: same messages, the changed severity, the custom template', () => {
    const uncommented = example.replace(/^ {2}# (- |  - |      )/gm, '  $1')
    const config = YAML.parse(uncommented)
    expect(config.plugins).toHaveLength(4)
    const {remark, archdoc} = both(fixtures(uncommented))
    expect(remark.messages).toEqual(archdoc.messages)
    const titles = archdoc.messages.filter((message) => message.endsWith('[document-title]'))
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((message) => / warning /.test(message))).toBe(true)
    expect(archdoc.messages.filter((message) => message.endsWith('[section-order]'))).toEqual([])
    // The custom template requires only three sections, one of which the fixtures lack.
    const required = archdoc.messages.filter((message) => message.endsWith('[required-sections]'))
    expect(required.length).toBeGreaterThan(0)
    expect(required.every((message) => /Missing section `## (Story Reference|Architecture Overview|Database Schema)`/.test(message))).toBe(true)
  })
})

describe('GitHub Action (action.yml)', () => {
  const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8'))
  const lintStep = action.runs.steps.find((step: {id?: string}) => step.id === 'lint')

  it('is a composite action with paths, format, output-file and args inputs, uploading nothing', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(['paths', 'format', 'output-file', 'args'])
    expect(action.inputs.paths.default).toBe('.')
    expect(JSON.stringify(action.runs.steps)).not.toMatch(/upload/i)
  })

  /** Run the lint step's script as the runner does (`bash -e {0}`), the inputs in the environment. */
  function runStep(cwd: string, inputs: Record<string, string>) {
    const outputs = path.join(cwd, '.github-output')
    writeFileSync(outputs, '')
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run], {
      cwd,
      encoding: 'utf8',
      env: {
        ...env,
        GITHUB_ACTION_PATH: root,
        GITHUB_OUTPUT: outputs,
        INPUT_PATHS: inputs.paths ?? '.',
        INPUT_FORMAT: inputs.format ?? 'github',
        INPUT_OUTPUT_FILE: inputs['output-file'] ?? '',
        INPUT_ARGS: inputs.args ?? ''
      }
    })
    return {code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(outputs, 'utf8')}
  }

  it('annotates a broken doc and fails the step with archdoc-lint’s exit code', () => {
    const cwd = workspace({'docs/design/004217-TeamInvitations.md': brokenTitle, 'other/x.md': brokenTitle})
    const result = runStep(cwd, {paths: 'docs/design'})
    expect(result.code).toBe(1)
    expect(result.outputs).toBe('exit-code=1\n')
    expect(result.stdout).toContain(
      '::error file=docs/design/004217-TeamInvitations.md,line=1,col=1,endLine=1,endColumn=9,title=document-title::Unexpected document title `Design`'
    )
    expect(result.stdout).not.toContain('other/x.md')
  })

  it('writes SARIF to a file for upload-sarif, paths on several lines, extra args', () => {
    const cwd = workspace({'a/004217-TeamInvitations.md': valid, 'b/004217-TeamInvitations.md': valid})
    const result = runStep(cwd, {paths: 'a\nb', format: 'sarif', 'output-file': 'archdoc-lint.sarif', args: '--frail --quiet'})
    expect(result.code).toBe(0)
    expect(result.outputs).toBe('exit-code=0\n')
    expect(result.stdout).toBe('')
    const log = JSON.parse(readFileSync(path.join(cwd, 'archdoc-lint.sarif'), 'utf8'))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results).toEqual([])
  })

  it('does not evaluate inputs as shell', () => {
    const cwd = workspace({'x.md': valid})
    const result = runStep(cwd, {paths: 'x.md', args: '$(touch pwned) --quiet'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('archdoc-lint: $(touch: no such file or folder')
    expect(() => readFileSync(path.join(cwd, 'pwned'))).toThrow()
  })
})
