/**
 * The language server shows a message's other places: each diagnostic of a
 * rule that reports two places carries them as `relatedInformation` (a
 * location in the same document and the label), for one message of every
 * such rule (the cases of test/related-cases.ts, also asserted in JSON and
 * SARIF). The server is spawned over stdio (test/lsp-session.ts).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {DidOpenTextDocumentNotification} from 'vscode-languageserver-protocol/node'
import {afterAll, describe, expect, it} from 'vitest'
import {root, workspaces} from './helpers.js'
import {startServer, stopSessions, type Session} from './lsp-session.js'
import {twoPlaces} from './related-cases.js'

const {workspace} = workspaces('server-related')

afterAll(stopSessions)

describe('archdoc-lint-language-server: related places', () => {
  let session: Session | undefined
  const folder = workspace({})

  for (const [index, expected] of twoPlaces.entries()) {
    it(`${expected.ruleId}: relatedInformation on the diagnostic`, async () => {
      session ??= await startServer(folder, {waitMs: 60_000})
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
