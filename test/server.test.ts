/**
 * archdoc-lint-language-server, spawned over stdio and driven with
 * vscode-languageserver-protocol: initialize, didOpen, didChange, and the
 * diagnostics it publishes. Workspaces live under `test/.tmp-server-*`.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {afterEach, describe, expect, it} from 'vitest'
import {root, workspaces} from './helpers.js'

const {workspace} = workspaces('server')

interface Session {
  connection: ProtocolConnection
  child: ChildProcess
  /** The next diagnostics published for `uri` (rejects after a bounded wait). */
  next(uri: string): Promise<PublishDiagnosticsParams>
}

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) {
    session.connection.dispose()
    session.child.kill()
  }
})

async function start(folder: string): Promise<Session> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'archdoc-lint-language-server.js'), '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const waiting = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>()
  const queued = new Map<string, PublishDiagnosticsParams[]>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const waiter = waiting.get(params.uri)?.shift()
    if (waiter) waiter(params)
    else queued.set(params.uri, [...(queued.get(params.uri) ?? []), params])
  })
  connection.listen()
  const session: Session = {
    connection,
    child,
    next(uri) {
      const ready = queued.get(uri)?.shift()
      if (ready) return Promise.resolve(ready)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 30_000)
        waiting.set(uri, [
          ...(waiting.get(uri) ?? []),
          (params) => {
            clearTimeout(timer)
            resolve(params)
          }
        ])
      })
    }
  }
  sessions.push(session)
  const rootUri = pathToFileURL(folder).href
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    capabilities: {},
    workspaceFolders: [{uri: rootUri, name: 'test'}]
  })
  expect(result.capabilities.textDocumentSync).toBe(1) // full
  await connection.sendNotification(InitializedNotification.type, {})
  return session
}

function open(session: Session, uri: string, text: string) {
  return session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
}

function change(session: Session, uri: string, version: number, text: string) {
  return session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version},
    contentChanges: [{text}]
  })
}

const docs = 'https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/'
const valid = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8')

function titleDiagnostic(severity: 1 | 2, found: string, endCharacter: number): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: endCharacter}},
    message: `Unexpected document title \`${found}\`, expected \`Architecture Design Changes\``,
    severity,
    code: 'document-title',
    source: 'archdoc-lint',
    codeDescription: {href: docs + 'document-title.md'}
  }
}

describe('archdoc-lint-language-server', () => {
  it('without a config: the preset, on open and on change, with 0-based ranges, rule ids and rule URLs', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href

    const broken = valid.replace('# Architecture Design Changes', '# Design')
    await open(session, uri, broken)
    const opened = await session.next(uri)
    expect(opened.version).toBe(1)
    expect(opened.diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])

    // Another rule of the preset, elsewhere in the doc.
    const noOverview = valid.replace(/## Architecture Overview\n[\s\S]*?(?=\n## )/, '')
    await change(session, uri, 2, noOverview)
    const changed = await session.next(uri)
    expect(changed.version).toBe(2)
    expect(changed.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.codeDescription?.href])).toContainEqual([
      'required-sections',
      1,
      docs + 'required-sections.md'
    ])
    expect(changed.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([])

    await change(session, uri, 3, valid)
    expect(await session.next(uri)).toEqual({uri, version: 3, diagnostics: []})
  })

  it('with a config: the config decides which rules run and their severities', async () => {
    const folder = workspace({
      '.remarkrc.json': JSON.stringify({
        plugins: ['archdoc-lint', ['archdoc-lint/rules/document-title', 'warn'], ['archdoc-lint/rules/required-sections', false]]
      })
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'docs', 'doc.md')).href
    const noSections = '# Wrong title\n\n## Story Reference\n\n004217-TeamInvitations\n'
    await open(session, uri, noSections)
    const opened = await session.next(uri)
    expect(opened.diagnostics.filter((diagnostic) => diagnostic.code === 'required-sections')).toEqual([])
    expect(opened.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([
      titleDiagnostic(2, 'Wrong title', 13)
    ])

    await change(session, uri, 2, noSections.replace('Wrong title', 'Architecture Design Changes'))
    const fixed = await session.next(uri)
    expect(fixed.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([])
  })

  it('a config that turns only one rule on reports only that rule; fixing clears the diagnostics', async () => {
    const folder = workspace({
      '.remarkrc': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'doc.md')).href
    await open(session, uri, '# Design\n\nNo sections at all.\n')
    expect((await session.next(uri)).diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])
    await change(session, uri, 2, '# Architecture Design Changes\n\nNo sections at all.\n')
    expect((await session.next(uri)).diagnostics).toEqual([])
  })

  it('honours <!-- lint disable --> comments', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href
    await open(session, uri, '<!-- lint disable document-title -->\n\n' + valid.replace('# Architecture Design Changes', '# Design'))
    expect((await session.next(uri)).diagnostics).toEqual([])
  })

  it('keeps serving after a document that makes a plugin throw', async () => {
    const folder = workspace({
      'boom.mjs': "export default function boom() { return (tree, file) => { if (String(file.value).includes('BOOM')) throw new Error('boom') } }\n",
      '.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title', './boom.mjs']})
    })
    const session = await start(folder)
    const broken = pathToFileURL(path.join(folder, 'broken.md')).href
    await open(session, broken, '# Architecture Design Changes\n\nBOOM\n')
    const failed = await session.next(broken)
    expect(failed.diagnostics.some((diagnostic) => diagnostic.message.includes('boom'))).toBe(true)

    const other = pathToFileURL(path.join(folder, 'other.md')).href
    await open(session, other, '# Design\n')
    expect((await session.next(other)).diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])
  })
})

