/**
 * The language server shows a message's other places: each diagnostic of a
 * rule that reports two places carries them as `relatedInformation` (a
 * location in the same document and the label), for one message of every
 * such rule (the cases of test/related-cases.ts, also asserted in JSON and
 * SARIF). The server is spawned over stdio as in test/server.test.ts.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {afterAll, describe, expect, it} from 'vitest'
import {root, workspaces} from './helpers.js'
import {twoPlaces} from './related-cases.js'

const {workspace} = workspaces('server-related')

interface Session {
  connection: ProtocolConnection
  child: ChildProcess
  /** The diagnostics published for `uri` (rejects after a bounded wait). */
  next(uri: string): Promise<PublishDiagnosticsParams>
}

const sessions: Session[] = []
afterAll(() => {
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
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 60_000)
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
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    capabilities: {},
    workspaceFolders: [{uri: rootUri, name: 'test'}]
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return session
}

describe('archdoc-lint-language-server: related places', () => {
  let session: Session | undefined
  const folder = workspace({})

  for (const [index, expected] of twoPlaces.entries()) {
    it(`${expected.ruleId}: relatedInformation on the diagnostic`, async () => {
      session ??= await start(folder)
      // Opened under a name of its own: two cases may come from files of the same name.
      const uri = pathToFileURL(path.join(folder, `${index}-${path.basename(expected.file)}`)).href
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(root, expected.file), 'utf8')}
      })
      const {diagnostics} = await session.next(uri)
      const diagnostic = diagnostics.find(
        (entry) => entry.code === expected.ruleId && entry.range.start.line === expected.line - 1 && entry.range.start.character === expected.column - 1
      )
      expect(diagnostic, `${expected.ruleId} at ${expected.line}:${expected.column}`).toBeDefined()
      expect(diagnostic!.message.startsWith(expected.reason)).toBe(true)
      expect(diagnostic!.relatedInformation).toEqual(
        expected.related.map((entry) => ({
          location: {
            uri,
            range: {start: {line: entry.line - 1, character: entry.column - 1}, end: {line: entry.endLine - 1, character: entry.endColumn - 1}}
          },
          message: entry.message
        }))
      )
    }, 90_000)
  }
})
