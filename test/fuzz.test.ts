/**
 * Fuzzing: archdoc-lint (the whole preset through unified, as `lint` in
 * helpers.ts) on documents made by mutating the valid fixtures and the
 * template (`test/fuzz/documents.ts`). For every document it returns a report
 * that keeps the promises of `test/fuzz/report.ts` (no throw, no internal
 * error, every message placed inside the file, a refused file is one message
 * naming the cause) within 1 s.
 *
 * `npm test` runs 1,000 documents with a fixed seed; `npm run fuzz` runs
 * 10,000 with a random one (`scripts/fuzz.js`, which prints the seed). Set
 * FUZZ_SEED, FUZZ_RUNS (and FUZZ_PATH, from a failure's report) to replay.
 *
 * The 1 s bound is per document, on the process's CPU time (the machine that
 * runs the tests is shared; waiting for a core is not the linter's time). A
 * document over it is run twice more and its best time counts, so only a
 * document that is slow every time fails. The slowest document is printed.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {beforeAll, expect, it} from 'vitest'
import {fuzzDocument, type FuzzDoc} from './fuzz/documents.js'
import {reportProblems} from './fuzz/report.js'
import {lint, root} from './helpers.js'

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_251_125
const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1000
const replayPath = process.env.FUZZ_PATH || undefined
/** Per document, in milliseconds (the bound). */
const bound = 1000

const validFolder = path.join(root, 'fixtures', 'valid')
const sources = [
  ...readdirSync(validFolder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(path.join(validFolder, name), 'utf8')),
  readFileSync(path.join(root, 'template', 'design-doc-template.md'), 'utf8')
]

interface Timing {
  cpu: number
  wall: number
}

async function timedLint(text: string) {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const file = await lint(text)
  const used = process.cpuUsage(cpu)
  return {file, time: {cpu: (used.user + used.system) / 1000, wall: performance.now() - wall}}
}

beforeAll(async () => {
  // Parsers load once per process: load them before anything is timed.
  for (const source of sources) await lint(source)
})

it(`lints ${numRuns} mutated documents (seed ${seed}): a report every time, never a crash, ≤ ${bound} ms each`, async () => {
  let slowest: {time: Timing; doc: FuzzDoc} | undefined
  let refused = 0
  let messages = 0
  let runs = 0
  const started = performance.now()

  /**
   * A WebAssembly trap (a parser that crashed) leaves the parser broken for
   * the rest of the process, so every later document fails too and shrinking
   * leads nowhere: the first document that trapped is kept and shown.
   */
  let firstTrap: FuzzDoc | undefined

  const property = fc.asyncProperty(fuzzDocument(sources), async (doc) => {
    runs++
    let result: Awaited<ReturnType<typeof timedLint>>
    try {
      result = await timedLint(doc.text)
    } catch (error) {
      throw new Error(`lint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
    let {time} = result
    // Only a document that is slow every time is slow.
    for (let again = 0; again < 2 && time.cpu > bound; again++) {
      const retry = (await timedLint(doc.text)).time
      if (retry.cpu < time.cpu) time = retry
    }

    const problems = reportProblems(doc.text, result.file)
    if (time.cpu > bound) problems.push(`took ${time.cpu.toFixed(0)} ms of CPU (${time.wall.toFixed(0)} ms wall) at best of 3, bound ${bound} ms`)
    if (problems.length > 0) {
      if (!firstTrap && problems.some((problem) => /memory access out of bounds|RuntimeError|unreachable/.test(problem))) firstTrap = doc
      throw new Error(problems.join('\n'))
    }

    if (!slowest || time.cpu > slowest.time.cpu) slowest = {time, doc}
    if (result.file.data.archdocNotLinted) refused++
    messages += result.file.messages.length
  })

  try {
    await fc.assert(property, {seed, numRuns, path: replayPath, verbose: Number(process.env.FUZZ_VERBOSE ?? 0)})
  } catch (error) {
    if (!firstTrap || !(error instanceof Error)) throw error
    error.message +=
      '\n\nA parser trapped in WebAssembly, which breaks it for the rest of the process: the counterexample above may only be a victim.' +
      `\nFirst document that trapped (${firstTrap.recipe}):\n${JSON.stringify(firstTrap.text)}`
    throw error
  }

  const elapsed = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `fuzz: ${runs} documents (seed ${seed}) in ${elapsed} s, ${messages} messages, ${refused} refused by the input guard; ` +
      `slowest ${slowest?.time.cpu.toFixed(0)} ms CPU / ${slowest?.time.wall.toFixed(0)} ms wall: ${slowest?.doc.recipe}`
  )
  expect(runs).toBeGreaterThanOrEqual(numRuns)
}, 900_000)
