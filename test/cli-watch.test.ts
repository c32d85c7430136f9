/**
 * `archdoc-lint --watch`: lints, then lints again when a file changes.
 * Spawned as a process; every wait is bounded; the process is killed after.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {cliPath, workspaces} from './helpers.js'

const {workspace} = workspaces('cli-watch')
const children: ChildProcess[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

/** Spawn the CLI; `until(text)` resolves once stderr holds `text` `times` times (bounded wait). */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [cliPath, ...args], {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '100'}})
  children.push(child)
  let stderr = ''
  let stdout = ''
  const waiters: Array<() => void> = []
  const check = () => waiters.splice(0).forEach((waiter) => waiter())
  child.stderr.on('data', (chunk) => {
    stderr += chunk
    check()
  })
  child.stdout.on('data', (chunk) => {
    stdout += chunk
    check()
  })
  return {
    child,
    get stderr() {
      return stderr
    },
    get stdout() {
      return stdout
    },
    until(text: string, times = 1): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited in vain for ${times}× ${JSON.stringify(text)}; stderr:\n${stderr}`)), 30_000)
        const test = () => {
          if (stderr.split(text).length - 1 >= times) {
            clearTimeout(timer)
            resolve()
          } else waiters.push(test)
        }
        test()
      })
    }
  }
}

const titleOnly = JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
const watching = 'archdoc-lint: watching for changes (Ctrl-C to stop)\n'

describe('archdoc-lint --watch', () => {
  it('reports, then reports again when a doc changes', async () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'docs/a.md': '# Architecture Design Changes\n'})
    const run = start(['--watch', 'docs'], cwd)
    await run.until(watching)
    expect(run.stderr).toBe('docs/a.md: no issues found\n' + watching)

    writeFileSync(path.join(cwd, 'docs', 'a.md'), '# Design\n')
    await run.until(watching, 2)
    // (An editor's save can come as several events: only the first reports count.)
    const second = run.stderr.indexOf(watching, run.stderr.indexOf(watching) + 1) + watching.length
    expect(run.stderr.slice(0, second)).toBe(
      'docs/a.md: no issues found\n' +
        watching +
        '\narchdoc-lint: docs/a.md changed, linting again\n' +
        'docs/a.md\n  1:1  error  Unexpected document title `Design`  document-title\n              expected `Architecture Design Changes`\n\n✖ 1 error in 1 file\n' +
        watching
    )
    expect(run.stdout).toBe('')
    expect(run.child.exitCode).toBe(null) // still watching
  })

  it('picks up a new doc and a changed config; ignores other files', async () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': '# Design\n'})
    const run = start(['-w'], cwd)
    await run.until(watching)
    writeFileSync(path.join(cwd, 'notes.txt'), 'not Markdown')
    writeFileSync(path.join(cwd, 'b.md'), '# Other\n')
    await run.until(watching, 2)
    expect(run.stderr).toContain('\narchdoc-lint: b.md changed, linting again\n')
    expect(run.stderr).toContain('b.md\n  1:1  error  Unexpected document title `Other`')
    expect(run.stderr).not.toContain('notes.txt')

    writeFileSync(path.join(cwd, '.remarkrc'), JSON.stringify({plugins: ['archdoc-lint/document', ['archdoc-lint/rules/document-title', 'warn']]}))
    await run.until(watching, 3)
    expect(run.stderr).toContain('\narchdoc-lint: .remarkrc changed, linting again\n')
    expect(run.stderr.slice(run.stderr.lastIndexOf('linting again'))).toContain('⚠ 2 warnings')
  })

  it('stops on SIGINT', async () => {
    const cwd = workspace({'a.md': '# Architecture Design Changes\n'})
    const run = start(['--watch', 'a.md', '--quiet'], cwd)
    await run.until(watching)
    const exited = new Promise<number | null>((resolve) => run.child.on('exit', (code) => resolve(code)))
    run.child.kill('SIGINT')
    expect(await exited).toBe(0)
  })

  it('a changed file whose name holds control characters is named escaped (issue 18)', async () => {
    const cwd = workspace({'.remarkrc': titleOnly, 'a.md': '# Architecture Design Changes\n'})
    const run = start(['-w'], cwd)
    await run.until(watching)
    writeFileSync(path.join(cwd, '\u001B]52;c;cHduZWQ=\u0007.md'), '# Other\n')
    await run.until(watching, 2)
    expect(run.stderr).toContain('\narchdoc-lint: \\x1B]52;c;cHduZWQ=\\x07.md changed, linting again\n')
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/)
  })
})
