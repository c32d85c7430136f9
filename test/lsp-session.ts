/**
 * archdoc-lint-language-server spawned over stdio and driven with
 * vscode-languageserver-protocol, for the server tests: initialize, then
 * wait for the diagnostics it publishes per document.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  ConfigurationRequest,
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {root} from './helpers.js'

export interface Session {
  connection: ProtocolConnection
  child: ChildProcess
  /** What the server answered to `initialize`. */
  initialized: InitializeResult
  /** Every publication so far, per document, in the order received. */
  published: Map<string, PublishDiagnosticsParams[]>
  /** The next diagnostics published for `uri` (rejects after a bounded wait). */
  next(uri: string): Promise<PublishDiagnosticsParams>
}

export interface SessionOptions {
  /** The client answers `workspace/configuration` for the section `archdoc-lint` with these. */
  settings?: Record<string, unknown>
  /** How long `next` waits for a publication. */
  waitMs?: number
}

const running: Array<Pick<Session, 'connection' | 'child'>> = []

/** Stop every server started so far (for `afterEach` / `afterAll`). */
export function stopSessions(): void {
  for (const session of running.splice(0)) {
    session.connection.dispose()
    session.child.kill()
  }
}

export async function startServer(folder: string, options: SessionOptions = {}): Promise<Session> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'archdoc-lint-language-server.js'), '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const waiting = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>()
  const queued = new Map<string, PublishDiagnosticsParams[]>()
  const published = new Map<string, PublishDiagnosticsParams[]>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params])
    const waiter = waiting.get(params.uri)?.shift()
    if (waiter) waiter(params)
    else queued.set(params.uri, [...(queued.get(params.uri) ?? []), params])
  })
  const {settings, waitMs = 30_000} = options
  if (settings) {
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'archdoc-lint' ? settings : null)))
  }
  connection.listen()
  running.push({connection, child})
  const rootUri = pathToFileURL(folder).href
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    capabilities: settings ? {workspace: {configuration: true}} : {},
    workspaceFolders: [{uri: rootUri, name: 'test'}]
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return {
    connection,
    child,
    initialized,
    published,
    next(uri) {
      const ready = queued.get(uri)?.shift()
      if (ready) return Promise.resolve(ready)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), waitMs)
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
}
