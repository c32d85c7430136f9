#!/usr/bin/env node
/**
 * `npm run fuzz`: the fuzz test (test/fuzz.test.ts) with 10,000 documents
 * and a random seed, printed first so that a failure can be replayed:
 *
 *   FUZZ_SEED=<seed> [FUZZ_PATH=<path>] npm run fuzz
 *
 * Options: `--runs <n>` (or FUZZ_RUNS), `--seed <n>` (or FUZZ_SEED). On a
 * failure fast-check prints the seed, the path and the shrunk document.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string'}, seed: {type: 'string'}}})
const seed = values.seed ?? process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
const runs = values.runs ?? process.env.FUZZ_RUNS ?? '10000'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

process.stdout.write(`archdoc-lint fuzz: ${runs} documents, seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)\n`)
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs, FUZZ_VERBOSE: process.env.FUZZ_VERBOSE ?? '0'}
})
if (result.status !== 0) process.stdout.write(`\narchdoc-lint fuzz: failed with seed ${seed}\n`)
process.exitCode = result.status ?? 1
