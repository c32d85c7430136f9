/**
 * `archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]`, run as a process,
 * and what the package ships for it.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root, runCli} from './helpers.js'

const base = mkdtempSync(path.join(root, 'test', '.tmp-cli-new-'))
let count = 0
afterAll(() => rmSync(base, {recursive: true, force: true}))

function workspace(): string {
  const folder = path.join(base, String(++count))
  mkdirSync(folder, {recursive: true})
  return folder
}

const template = readFileSync(path.join(root, 'template', 'design-doc-template.md'), 'utf8')

describe('archdoc-lint new', () => {
  it('writes <ref>.md from the template, with the story reference filled in, and prints its path', () => {
    const cwd = workspace()
    const result = runCli(['new', '004217-TeamInvitations', '--dir', 'docs/design'], {cwd})
    expect(result).toEqual({code: 0, stdout: 'docs/design/004217-TeamInvitations.md\n', stderr: ''})
    const written = readFileSync(path.join(cwd, 'docs', 'design', '004217-TeamInvitations.md'), 'utf8')
    expect(written).toBe(template.replace('[NNNNNN-StoryName]', '004217-TeamInvitations'))
    expect(written.split('\n').slice(0, 4)).toEqual(['# Architecture Design Changes', '', '## Story Reference', '004217-TeamInvitations'])
  })

  it('defaults to the current folder; -d works too', () => {
    const cwd = workspace()
    expect(runCli(['new', '000001-A'], {cwd}).stdout).toBe('000001-A.md\n')
    expect(existsSync(path.join(cwd, '000001-A.md'))).toBe(true)
    expect(runCli(['new', '-d', 'x', '000002-B'], {cwd}).stdout).toBe('x/000002-B.md\n')
  })

  it('the new doc passes the structure and story-reference rules; what is left are the placeholders to fill', () => {
    const cwd = workspace()
    runCli(['new', '004217-TeamInvitations'], {cwd})
    const result = runCli(['004217-TeamInvitations.md', '--format', 'json'], {cwd})
    const rules = new Set((JSON.parse(result.stdout)[0].messages as Array<{ruleId: string}>).map((message) => message.ruleId))
    for (const id of ['document-title', 'required-sections', 'section-order', 'story-reference']) expect(rules.has(id)).toBe(false)
    expect(rules.has('no-template-placeholders')).toBe(true)
  })

  it('refuses an invalid reference: exit 2, one line, nothing written', () => {
    const cwd = workspace()
    for (const reference of ['4217-TeamInvitations', '004217-teamInvitations', '004217_TeamInvitations', '../004217-X', '004217-Team Invitations']) {
      const result = runCli(['new', reference], {cwd})
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `archdoc-lint: invalid story reference \`${reference}\`: expected six digits, a hyphen and a PascalCase name, like \`004217-TeamInvitations\`\n`
      })
    }
    expect(spawnSync('ls', ['-A', cwd], {encoding: 'utf8'}).stdout).toBe('')
  })

  it('never overwrites an existing file: exit 2, one line, the file untouched', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, '004217-TeamInvitations.md'), 'my work\n')
    const result = runCli(['new', '004217-TeamInvitations'], {cwd})
    expect(result).toEqual({code: 2, stdout: '', stderr: 'archdoc-lint: 004217-TeamInvitations.md: already exists, not overwritten\n'})
    expect(readFileSync(path.join(cwd, '004217-TeamInvitations.md'), 'utf8')).toBe('my work\n')
  })

  it('a folder that cannot be made is exit 2 with one line', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'file'), '')
    const result = runCli(['new', '004217-TeamInvitations', '--dir', 'file/sub'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('archdoc-lint: file/sub/004217-TeamInvitations.md: cannot write (ENOTDIR)\n')
  })

  it('usage errors: no reference, two references, an unknown flag', () => {
    expect(runCli(['new']).stderr).toBe(
      'archdoc-lint: Missing story reference: `archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]` (see `archdoc-lint --help`)\n'
    )
    expect(runCli(['new', '000001-A', '000002-B']).code).toBe(2)
    expect(runCli(['new', '000001-A', '--frail']).stderr).toBe("archdoc-lint: Unknown option '--frail' (see `archdoc-lint --help`)\n")
  })
})

describe('the package', () => {
  it('ships the template, both bins and the built code', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const files = new Set((JSON.parse(result.stdout)[0].files as Array<{path: string}>).map((file) => file.path))
    for (const file of [
      'template/design-doc-template.md',
      'bin/archdoc-lint.js',
      'bin/archdoc-lint-language-server.js',
      'dist/src/cli/main.js',
      'dist/src/cli/new.js',
      'dist/src/server/index.js',
      'package.json'
    ]) {
      expect(files.has(file), file).toBe(true)
    }
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.bin).toEqual({
      'archdoc-lint': './bin/archdoc-lint.js',
      'archdoc-lint-language-server': './bin/archdoc-lint-language-server.js'
    })
  })
})
