/**
 * `stylish`: vfile-reporter's report of the lint messages, then one line per
 * failure (`archdoc-lint: <file>: <cause>`), never a stack.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {isFailure} from '../failures.js'
import {escapeControl} from '../escape.js'
import {failureLine, type Formatter} from './types.js'

export const stylish: Formatter = function (files, context) {
  const linted: VFile[] = []
  for (const file of files) {
    const messages = file.messages.filter((message) => !isFailure(message))
    // A file that could not be linted is its failure line, not a report.
    if (messages.length < file.messages.length && messages.length === 0) continue
    // A copy with every text a doc or a config controls escaped: the file's
    // name, each reason, note, rule id and source (colours are added after).
    const copy = new VFile({path: displayPath(file.path), cwd: file.cwd})
    copy.messages = messages.map(escapeMessage)
    linted.push(copy)
  }
  const report = linted.length > 0 ? reporter(linted, {verbose: true, color: context.color, quiet: context.quiet, silent: context.silent, traceLimit: 0}) : ''
  const lines = [report, ...context.failures.map(failureLine)].filter(Boolean)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/**
 * The path as the report's heading shows it: escaped, and never starting with
 * text a file name controls (a file named `::error::x.md` would be a GitHub
 * Actions workflow command at the start of a line of the log).
 */
function displayPath(filePath: string): string {
  const shown = escapeControl(filePath)
  return /^[\p{L}\p{N}_./\\]/u.test(shown) ? shown : './' + shown
}

/**
 * A copy of a message with its texts escaped. A message's note (how to mark
 * an excerpt) is its continuation line; vfile-reporter shows notes when
 * verbose, which would show the rule docs' URLs too: the copies leave them
 * out. A note's own line breaks are layout and stay.
 */
function escapeMessage(message: VFileMessage): VFileMessage {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message, {url: undefined})
  if (message.note) copy.note = message.note.split('\n').map(escapeControl).join('\n')
  copy.reason = escapeControl(message.reason)
  copy.message = escapeControl(message.message)
  copy.stack = ''
  if (message.ruleId) copy.ruleId = escapeControl(message.ruleId)
  if (message.source) copy.source = escapeControl(message.source)
  return copy
}
