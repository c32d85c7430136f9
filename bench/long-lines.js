#!/usr/bin/env node
/**
 * Lines of 200,000 characters in the shapes that once made a regex backtrack
 * quadratically (35 to 120 s each), linted with the whole preset in one
 * process (warm), next to a plain line of the same length as the baseline.
 * Run by `npm run bench` (`--only long-lines`); test/linear-regex.test.ts
 * asserts the results of the same shapes.
 *
 * Usage: node bench/long-lines.js <runs>
 */
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 5)
const length = 200_000
const fence = '```'

const [{unified}, {default: remarkParse}, {default: preset}, {VFile}] = await Promise.all([
  import('unified'),
  import('remark-parse'),
  import(pathToFileURL(path.join(root, 'dist', 'src', 'index.js')).href),
  import('vfile')
])
const processor = unified().use(remarkParse).use(preset).freeze()

const title = '# Architecture Design Changes\n\n'
const resource = (module) =>
  `${title}## Ash Resources\n\n### Resource: ${module}\n${fence}elixir\ndefmodule ${module} do\n  use Ash.Resource, data_layer: AshPostgres.DataLayer\nend\n${fence}\n`
const shapes = {
  'plain line (baseline)': `${title}${'x'.repeat(length)}\n`,
  'bullet of spaces (no-template-placeholders)': `${title}## Security Considerations\n- a${' '.repeat(length)}b\n`,
  'brackets around spaces (prose spans)': `${title}See [Name${' '.repeat(length)}Here].\n`,
  'word without .heex (liveview-component)': `${title}## LiveView Components\n\n### Component: MyAppWeb.BoardLive\n${'a'.repeat(length)}.hee\n\n${fence}elixir\ndefmodule MyAppWeb.BoardLive do\n  use MyAppWeb, :live_view\n  def mount(_params, _session, socket), do: {:ok, socket}\nend\n${fence}\n`,
  'module of capitals (snake case)': resource('MyApp.' + 'A'.repeat(length)),
  'module ending in _ (plural)': resource('MyApp.B' + 'b'.repeat(length) + '_')
}

async function lintTime(value) {
  const file = new VFile({path: 'long.md', value})
  const started = performance.now()
  await processor.run(processor.parse(file), file)
  const ms = performance.now() - started
  if (file.messages.some((message) => message.fatal && !message.ruleId)) throw new Error(`not linted: ${file.messages[0]?.reason}`)
  return ms
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1]
await lintTime(shapes['module of capitals (snake case)']) // warm-up: parsers loaded, code compiled
const parts = []
for (const [name, doc] of Object.entries(shapes)) {
  const times = []
  for (let run = 0; run < runs; run++) times.push(await lintTime(doc))
  parts.push(`${name} ${median(times).toFixed(0)} ms`)
}
console.log(`long lines (${length.toLocaleString('en-US')} characters, whole preset, in one process, warm, median of ${runs}): ${parts.join(', ')}`)
