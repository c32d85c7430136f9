/**
 * Linted files as plain data: what crosses a worker thread boundary and what
 * the cache stores, and back to VFiles for the reporters.
 */
import {VFile} from 'vfile'
import type {Fix} from '../fix/edits.js'
import {VFileMessage} from 'vfile-message'

export interface SerializedMessage {
  reason: string
  ruleId?: string
  source?: string
  url?: string
  /** A continuation of the reason (how to mark an excerpt), shown on a line of its own. */
  note?: string
  fatal?: boolean | null
  place?: VFileMessage['place']
  line?: number
  column?: number
  actual?: string
  expected?: string[]
  /** Other places the message is about (`{place, message}` each). */
  related?: VFileMessage['related']
  fix?: Fix
}

export interface SerializedFile {
  path: string
  cwd: string
  messages: SerializedMessage[]
  internalError?: boolean
}

export function serializeFile(file: VFile): SerializedFile {
  return {
    path: file.path,
    cwd: file.cwd,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      note: message.note,
      fatal: message.fatal,
      place: message.place,
      line: message.line,
      column: message.column,
      actual: message.actual,
      expected: message.expected,
      related: message.related,
      fix: message.fix
    })),
    internalError: file.data.archdocInternalError || undefined
  }
}

export function deserializeFile(data: SerializedFile): VFile {
  const file = new VFile({path: data.path, cwd: data.cwd})
  for (const item of data.messages) {
    const message = new VFileMessage(item.reason, {place: item.place ?? undefined, ruleId: item.ruleId, source: item.source})
    message.fatal = item.fatal ?? undefined
    message.url = item.url
    if (item.note !== undefined) message.note = item.note
    if (item.actual !== undefined) message.actual = item.actual
    if (item.expected !== undefined) message.expected = item.expected
    if (item.related !== undefined) message.related = item.related
    message.file = file.path
    if (item.fix) message.fix = item.fix
    file.messages.push(message)
  }
  if (data.internalError) file.data.archdocInternalError = true
  return file
}
