#!/usr/bin/env node
// The archdoc-lint command. Whatever goes wrong, the user gets one line and
// exit 2, never a stack trace, and never a silent exit 0.
import {existsSync} from 'node:fs'
import {prepareProcess} from '../dist/src/startup.js'

let settled = false
// Replaced by the CLI's own escaping once it is loaded; before, every control character goes.
let escapeControl = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')

function fail(reason) {
  if (settled) return
  settled = true
  process.stderr.write('archdoc-lint: internal error: ' + escapeControl(reason) + '\n')
  process.exitCode = 2
}

function describe(error) {
  return String(error && error.message ? error.message : error).split('\n')[0]
}

process.on('uncaughtException', (error) => {
  fail(describe(error))
  process.exit(2)
})
process.on('unhandledRejection', (error) => {
  fail(describe(error))
  process.exit(2)
})
// The event loop ran dry while the run was still pending: some step never
// called back. Say so instead of exiting 0 with nothing reported.
process.on('beforeExit', () => fail('the run stopped before it finished (a step never completed)'))

try {
  // The compile cache and V8's WASM tiering, before the bundle is loaded.
  prepareProcess()
  // The bundle (scripts/bundle.js) starts faster; the tsc output serves
  // where it was not built.
  const bundle = new URL('../dist/bundle/main.js', import.meta.url)
  const cli = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli/main.js')
  escapeControl = cli.escapeControl
  const main = cli.main
  const code = await main(process.argv.slice(2))
  if (!settled) {
    settled = true
    process.exitCode = code
  }
} catch (error) {
  fail(describe(error))
}
