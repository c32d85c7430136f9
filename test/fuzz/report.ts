/**
 * What a report must look like whatever the input: the checks of the fuzz
 * property, shared with the robustness tests.
 *
 * - No message says "internal error" (a rule or a model stage threw).
 * - A file-level failure (the input guard refused the file) is one fatal
 *   message without a rule id, ending in "not linted", and nothing else.
 * - Otherwise every message comes from a rule (a rule id, source
 *   `archdoc-lint`), and each
 *   has a place inside the file: start and end lines within 1..lineCount,
 *   columns from 1 to the line's length + 1, the end not before the start.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Lines as remark counts them: CRLF, lone CR and LF each end one. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length)
}

interface Point {
  line: number
  column: number
}

function describePoint(point: Point | undefined): string {
  return point ? `${point.line}:${point.column}` : '?'
}

/** Every broken promise of the report, one line each (empty when the report is fine). */
export function reportProblems(text: string, file: VFile): string[] {
  const problems: string[] = []
  const messages = file.messages
  const lengths = lineLengths(text)

  // A rule or a model stage that threw (rule.ts, pipeline/plugin.ts).
  for (const message of messages) {
    if (/internal error/.test(message.reason)) problems.push(`${message.ruleId ? 'rule ' + message.ruleId : 'a model stage'} crashed: ${message.reason}\n${stackOf(message)}`)
  }
  if (problems.length > 0) return problems

  const fileLevel = messages.filter((message) => !message.ruleId)
  if (fileLevel.length > 0) {
    if (messages.length !== 1) {
      problems.push(`a file-level message comes with ${messages.length - 1} other message(s): ${messages.map((message) => message.reason).join(' | ')}`)
    }
    for (const message of fileLevel) {
      if (!message.fatal) problems.push(`file-level message is not fatal: ${message.reason}`)
      if (!/: not linted$/.test(message.reason)) problems.push(`file-level message does not name its cause: ${message.reason}`)
      if (!file.data.archdocNotLinted) problems.push(`file-level message without the guard's flag: ${message.reason}`)
    }
    return problems
  }

  for (const message of messages) {
    const id = message.ruleId ?? '(no rule)'
    if (message.source !== 'archdoc-lint') problems.push(`message from source ${String(message.source)}: ${message.reason}`)
    const start = placeStart(message)
    const end = placeEnd(message)
    if (!start) {
      problems.push(`[${id}] has no position: ${message.reason}`)
      continue
    }
    for (const [name, point] of [
      ['start', start],
      ['end', end]
    ] as const) {
      if (!point) continue
      const length = lengths[point.line - 1]
      if (!Number.isInteger(point.line) || point.line < 1 || length === undefined) {
        problems.push(`[${id}] ${name} line ${point.line} outside 1..${lengths.length}: ${message.reason}`)
      } else if (!Number.isInteger(point.column) || point.column < 1 || point.column > length + 1) {
        problems.push(`[${id}] ${name} column ${describePoint(point)} outside 1..${length + 1}: ${message.reason}`)
      }
    }
    if (end && (end.line < start.line || (end.line === start.line && end.column < start.column))) {
      problems.push(`[${id}] ends (${describePoint(end)}) before it starts (${describePoint(start)}): ${message.reason}`)
    }
  }
  return problems
}

function placeStart(message: VFileMessage): Point | undefined {
  const place = message.place
  if (place && 'start' in place) return place.start
  if (place && 'line' in place) return place
  return message.line === undefined || message.column === undefined ? undefined : {line: message.line, column: message.column}
}

function placeEnd(message: VFileMessage): Point | undefined {
  const place = message.place
  return place && 'end' in place ? place.end : undefined
}

function stackOf(message: VFileMessage): string {
  const cause = message.cause
  const stack = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)
  return stack
    .split('\n')
    .slice(0, 8)
    .map((line) => '    ' + line.trim())
    .join('\n')
}
