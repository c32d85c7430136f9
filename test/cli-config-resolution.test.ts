/**
 * A config file that names archdoc-lint (`archdoc-lint`, `archdoc-lint/document`,
 * `archdoc-lint/rules/<id>`) in a folder where the package is not installed:
 * the CLI resolves its own names to itself. Run in the system's temporary
 * folder, outside this package (inside it, Node resolves the name to the
 * package itself anyway). The installed cases (pre-commit, `npm install -g`,
 * `npx`) are run for real by .ci/installs.sh.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers.js'

const outside = mkdtempSync(path.join(tmpdir(), 'archdoc-config-'))
afterAll(() => rmSync(outside, {recursive: true, force: true}))
let count = 0

function folder(files: Record<string, string>): string {
  const cwd = path.join(outside, String(++count))
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), {recursive: true})
    writeFileSync(path.join(cwd, name), value)
  }
  return cwd
}

const titled = '# Architecture Design Changes\n'

describe('a config naming archdoc-lint, outside any install of it', () => {
  it('the preset, with a rule reconfigured and one turned off (list form)', () => {
    const cwd = folder({
      '.remarkrc.json': JSON.stringify({
        plugins: ['archdoc-lint', ['archdoc-lint/rules/document-title', ['warn', {title: 'Design'}]], ['archdoc-lint/rules/required-sections', false]]
      }),
      'doc.md': titled
    })
    const result = runCli(['doc.md'], {cwd})
    expect(result.stderr).toBe(
      'doc.md\n  1:1  warning  Unexpected document title `Architecture Design Changes`  document-title\n                expected `Design`\n\n⚠ 1 warning in 1 file\n'
    )
    expect(result.code).toBe(0)
  })

  it('the object form, YAML, and the document plugin with its own template', () => {
    const cwd = folder({
      '.remarkrc.yml': [
        'plugins:',
        '  archdoc-lint/document:',
        '    sections: [{title: Story Reference, required: true}]',
        '  archdoc-lint/rules/required-sections: error',
        ''
      ].join('\n'),
      'docs/design/doc.md': titled
    })
    const result = runCli(['docs'], {cwd})
    expect(result.stderr).toBe(
      'docs/design/doc.md\n  2:1  error  Missing section `## Story Reference`, expected after the title  required-sections\n\n1 problem fixable with `--fix`\n✖ 1 error in 1 file\n'
    )
    expect(result.code).toBe(1)
  })

  it('another plugin that is not installed is still a one-line config error', () => {
    const cwd = folder({'.remarkrc': JSON.stringify({plugins: ['archdoc-lint', 'remark-lint-not-installed']}), 'doc.md': titled})
    const result = runCli(['doc.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: .remarkrc: cannot find module `remark-lint-not-installed`\n')
  })
})
