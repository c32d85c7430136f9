#!/usr/bin/env node
/**
 * Where a one-file run's time goes: module loading, parser start-up, the
 * lint itself. Run by `npm run bench`; prints one small table.
 */
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {keepWasmOnBaselineTier} from '../dist/src/code/wasm-tier.js'

// As in the CLI's process (src/startup.ts): the parsers' WASM stays on the baseline tier.
keepWasmOnBaselineTier()

const file = process.argv[2]
const t0 = performance.now()
const [{unified}, {default: remarkParse}, {default: preset}, {VFile}] = await Promise.all([
  import('unified'),
  import('remark-parse'),
  import('../dist/src/index.js'),
  import('vfile')
])
const t1 = performance.now()
const [elixir, sql, graphql] = await Promise.all([
  import('../dist/src/code/elixir.js'),
  import('../dist/src/code/sql.js'),
  import('../dist/src/code/graphql.js')
])
const loads = {}
await Promise.all(
  Object.entries({elixir, sql, graphql}).map(async ([name, module]) => {
    const start = performance.now()
    await module.load()
    loads[name] = performance.now() - start
  })
)
const t2 = performance.now()
const processor = unified().use(remarkParse).use(preset)
const vfile = new VFile({path: file, value: readFileSync(file, 'utf8')})
await processor.run(processor.parse(vfile), vfile)
const t3 = performance.now()
const total = t3 - t0
const row = (name, ms) => `| ${name} | ${ms.toFixed(0)} ms | ${((ms / total) * 100).toFixed(0)}% |`
console.log('one-file run, in process (node start-up itself not included):')
console.log('| part | time | share |\n| --- | --- | --- |')
console.log(row('module loading', t1 - t0))
console.log(row(`parser start-up (concurrent: elixir ${loads.elixir.toFixed(0)} ms, sql ${loads.sql.toFixed(0)} ms, graphql ${loads.graphql.toFixed(0)} ms)`, t2 - t1))
console.log(row('lint (parse Markdown, model, rules)', t3 - t2))
console.log(`| total | ${total.toFixed(0)} ms | |`)
console.log(`messages: ${vfile.messages.length}`)
