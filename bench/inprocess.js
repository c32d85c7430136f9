#!/usr/bin/env node
/**
 * The two bench cases that a process start would drown: how lint time grows
 * with the size of a doc (one process, warmed up), and how fast the language
 * server answers an edit (didChange → publishDiagnostics, over stdio, once
 * warm). Run by `npm run bench` with the corpus it made; prints two lines.
 *
 * Usage: node bench/inprocess.js <corpus folder> <runs>
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// As in the CLI's process (src/startup.ts): the parsers' WASM stays on the baseline tier.
const {keepWasmOnBaselineTier} = await import(pathToFileURL(path.join(root, 'dist', 'src', 'code', 'wasm-tier.js')).href)
keepWasmOnBaselineTier()
const corpus = process.argv[2] ?? path.join(root, '.bench-corpus')
const runs = Number(process.argv[3] ?? 5)

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// --- Growth: the same kind of doc at 250 KB and 2.5 MB, in one process.
const [{unified}, {default: remarkParse}, {default: preset}, {VFile}] = await Promise.all([
  import('unified'),
  import('remark-parse'),
  import(pathToFileURL(path.join(root, 'dist', 'src', 'index.js')).href),
  import('vfile')
])
const processor = unified().use(remarkParse).use(preset).freeze()

async function lintTime(file) {
  const value = readFileSync(file, 'utf8')
  const vfile = new VFile({path: file, value})
  const started = performance.now()
  await processor.run(processor.parse(vfile), vfile)
  const ms = performance.now() - started
  if (vfile.messages.some((message) => message.fatal && !message.ruleId)) throw new Error(`${file} was not linted: ${vfile.messages[0]?.reason}`)
  return ms
}

const small = path.join(corpus, 'big', 'big-250kb.md')
const large = path.join(corpus, 'big', 'big-2.5mb.md')
await lintTime(small) // warm-up: parsers loaded, code compiled
const smallMs = median(await sequence(runs, () => lintTime(small)))
const largeMs = median(await sequence(Math.max(3, Math.ceil(runs / 2)), () => lintTime(large)))
const factor = largeMs / smallMs
console.log(
  `growth (in one process, warm): 250 KB doc ${smallMs.toFixed(0)} ms, 2.5 MB doc ${largeMs.toFixed(0)} ms: ` +
    `${factor.toFixed(2)}× the time for 10× the size, exponent ${Math.log10(factor).toFixed(2)}`
)

// --- Editor: a 2 KB doc edited through the language server.
const {latencies, burst} = await editorLatencies(40, 500)
console.log(
  `editor (language server over stdio, warm, 2 KB doc): didChange → publishDiagnostics median ${median(latencies).toFixed(1)} ms, ` +
    `90th percentile ${[...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.9)].toFixed(1)} ms over ${latencies.length} edits; ` +
    `a burst of ${burst.edits} edits at 100 per second: ${burst.lints} publications, the final version's ${burst.finalMs.toFixed(1)} ms after the last edit`
)

async function sequence(count, task) {
  const results = []
  for (let index = 0; index < count; index++) results.push(await task())
  return results
}

async function editorLatencies(edits, burstEdits) {
  const folder = path.join(corpus, 'one')
  const child = spawn(process.execPath, [path.join(root, 'bin', 'archdoc-lint-language-server.js'), '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'ignore']
  })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  let waiter
  let publications = 0
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    publications++
    const resolve = waiter
    waiter = undefined
    resolve?.({at: performance.now(), version: params.version})
  })
  connection.listen()
  const published = () => new Promise((resolve) => (waiter = resolve))
  try {
    const rootUri = pathToFileURL(folder).href
    await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{uri: rootUri, name: 'bench'}]})
    await connection.sendNotification(InitializedNotification.type, {})
    const uri = pathToFileURL(path.join(folder, 'edited.md')).href
    const text = twoKilobyteDoc()
    let ready = published()
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    await ready
    const latencies = []
    for (let version = 2; version < edits + 2; version++) {
      // Typing: one more character in the overview each time.
      const edited = text.replace('## Architecture Overview\n', `## Architecture Overview\n${'x'.repeat(version)}\n`)
      ready = published()
      const sent = performance.now()
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text: edited}]})
      const {at} = await ready
      // The first edits still warm the server up.
      if (version > 5) latencies.push(at - sent)
    }

    // Typing fast: one edit every 10 ms; lints coalesce, stale results are dropped.
    const first = edits + 2
    const last = first + burstEdits - 1
    publications = 0
    let lastSent = 0
    const final = new Promise((resolve) => {
      const check = () => {
        waiter = (published) => (published.version === last ? resolve(published.at) : check())
      }
      check()
    })
    for (let version = first; version <= last; version++) {
      const edited = text.replace('## Architecture Overview\n', `## Architecture Overview\n${'y'.repeat(version)}\n`)
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text: edited}]})
      lastSent = performance.now()
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const finalAt = await final
    return {latencies, burst: {edits: burstEdits, lints: publications, finalMs: finalAt - lastSent}}
  } finally {
    connection.dispose()
    child.kill()
  }
}

/** A template-sized doc (about 2 KB) with all three code languages. */
function twoKilobyteDoc() {
  return [
    '# Architecture Design Changes',
    '',
    '## Story Reference',
    '',
    '004217-TeamInvitations',
    '',
    '## Architecture Overview',
    '',
    'Team owners invite people by email; an invitation expires after seven days.',
    '',
    '## Ash Resources',
    '',
    '```elixir',
    'defmodule MyApp.Teams.Invitation do',
    '  use Ash.Resource, domain: MyApp.Teams, data_layer: AshPostgres.DataLayer',
    '',
    '  postgres do',
    '    table "invitations"',
    '    repo MyApp.Repo',
    '  end',
    '',
    '  attributes do',
    '    uuid_primary_key :id',
    '    attribute :email, :string, allow_nil?: false, public?: true',
    '    timestamps()',
    '  end',
    '',
    '  actions do',
    '    defaults [:read, :destroy]',
    '  end',
    'end',
    '```',
    '',
    '## Phoenix Contexts',
    '',
    'The `MyApp.Teams` domain holds invitations.',
    '',
    '## LiveView Components',
    '',
    'None in this story.',
    '',
    '## Database Schema',
    '',
    '```sql',
    'CREATE TABLE invitations (',
    '  id uuid PRIMARY KEY,',
    '  email text NOT NULL,',
    '  inserted_at timestamp NOT NULL,',
    '  updated_at timestamp NOT NULL',
    ');',
    '```',
    '',
    '## API Design',
    '',
    '- `GET /api/invitations`: list invitations',
    '',
    '```graphql',
    'type Invitation {',
    '  id: ID!',
    '  email: String!',
    '}',
    '```',
    '',
    '## Security Considerations',
    '',
    'Only team owners can invite.',
    '',
    '## Performance Considerations',
    '',
    'An index on email.',
    ''
  ].join('\n')
}
