/**
 * Nothing lost, nothing run: linting never writes a linted file, a rule that
 * throws is reported on its file while the run goes on, and a run neither
 * starts processes nor opens network connections (the doc's code is parsed,
 * never evaluated).
 */
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defineRule} from '../src/rule.js'
import documentTitle from '../rules/document-title.js'
import {cliPath, lint, root} from './helpers.js'

const work = path.join(root, 'test', '.tmp-nothing-lost')

function snapshot(folder: string): Map<string, {bytes: string; mtime: number}> {
  const result = new Map<string, {bytes: string; mtime: number}>()
  for (const name of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
    const full = path.join(folder, name)
    const stat = statSync(full)
    if (stat.isFile()) result.set(name, {bytes: readFileSync(full).toString('base64'), mtime: stat.mtimeMs})
  }
  return result
}

beforeAll(function () {
  rmSync(work, {recursive: true, force: true})
  mkdirSync(work, {recursive: true})
  cpSync(path.join(root, 'fixtures', 'valid'), path.join(work, 'valid'), {recursive: true})
  cpSync(path.join(root, 'fixtures', 'invalid', 'story-reference'), path.join(work, 'invalid'), {recursive: true})
  // Records any attempt to start a process or open a socket during the run.
  writeFileSync(
    path.join(work, 'trap.mjs'),
    [
      "import childProcess from 'node:child_process'",
      "import net from 'node:net'",
      "import {appendFileSync} from 'node:fs'",
      "const log = (what) => appendFileSync(process.env.TRAP_LOG, what + '\\n')",
      "for (const name of ['spawn', 'exec', 'execFile', 'fork', 'spawnSync', 'execSync', 'execFileSync']) {",
      '  const original = childProcess[name]',
      "  childProcess[name] = function (...args) { log('process ' + args[0]); return original.apply(this, args) }",
      '}',
      'const connect = net.Socket.prototype.connect',
      "net.Socket.prototype.connect = function (...args) { log('socket ' + JSON.stringify(args[0])); return connect.apply(this, args) }",
      // Named ESM imports of built-ins see the patched functions only after this.
      "import {syncBuiltinESMExports} from 'node:module'",
      'syncBuiltinESMExports()'
    ].join('\n')
  )
})

afterAll(function () {
  rmSync(work, {recursive: true, force: true})
})

describe('nothing lost, nothing run', function () {
  it('linting a tree changes no file’s bytes or mtime, starts no process, opens no socket', function () {
    const before = snapshot(path.join(work, 'valid'))
    const beforeInvalid = snapshot(path.join(work, 'invalid'))
    const log = path.join(work, 'trap.log')
    writeFileSync(log, '')
    const result = spawnSync(process.execPath, ['--import', path.join(work, 'trap.mjs'), cliPath, '--no-config', 'valid', 'invalid'], {
      cwd: work,
      encoding: 'utf8',
      env: {...process.env, TRAP_LOG: log, NO_COLOR: '1'}
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('story-reference')
    expect(snapshot(path.join(work, 'valid'))).toEqual(before)
    expect(snapshot(path.join(work, 'invalid'))).toEqual(beforeInvalid)
    expect(readFileSync(log, 'utf8')).toBe('')
  })

  it('a rule that throws is an "internal error" message on its file; the other rules still report', async function () {
    const boom = defineRule({id: 'boom', description: 'throws', severity: 'warn'}, {}, function () {
      throw new Error('kaboom')
    })
    const file = await lint('# Wrong title\n', {plugins: [boom, documentTitle]})
    const reasons = file.messages.map((message) => `${message.ruleId}: ${message.reason}`)
    expect(reasons).toEqual([
      'boom: internal error in rule `boom`: kaboom',
      'document-title: Unexpected document title `Wrong title`, expected `Architecture Design Changes`'
    ])
    expect(file.data.archdocInternalError).toBe(true)
  })
})
