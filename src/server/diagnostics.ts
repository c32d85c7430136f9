/**
 * vfile messages as LSP diagnostics: 1-based Markdown positions become
 * 0-based ranges, the rule id the code, the rule's doc its link, a second
 * place of the message (`related`) a related location in the same document.
 * The text is the message's reason (and note), never the stack of its cause.
 */
import type {Diagnostic, DiagnosticRelatedInformation, Position, Range} from 'vscode-languageserver'
import type {VFileMessage} from 'vfile-message'

interface Point {
  line?: number
  column?: number
}

interface Place {
  start: Point
  end: Point
}

/** The agreed shape of a message's other places (see the issue on messages about two places). */
export interface RelatedPlace {
  place: Place
  message: string
}

const severities = {error: 1, warning: 2, information: 3} as const

export function toDiagnostic(message: VFileMessage, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(message.place),
    message: message.note ? `${message.reason}\n${message.note}` : message.reason,
    severity: message.fatal === true ? severities.error : message.fatal === false ? severities.warning : severities.information
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.source) diagnostic.source = message.source
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const related = relatedInformation(message, uri)
  if (related.length > 0) diagnostic.relatedInformation = related
  return diagnostic
}

function relatedInformation(message: VFileMessage, uri: string): DiagnosticRelatedInformation[] {
  const related = (message as VFileMessage & {related?: unknown}).related
  if (!Array.isArray(related)) return []
  const result: DiagnosticRelatedInformation[] = []
  for (const entry of related as Array<Partial<RelatedPlace> | null>) {
    if (!entry || typeof entry.message !== 'string' || !entry.place?.start) continue
    result.push({location: {uri, range: toRange(entry.place)}, message: entry.message})
  }
  return result
}

/** A unist place (a point or a position, 1-based) as an LSP range (0-based); none: the top of the doc. */
export function toRange(place: Place | Point | undefined | null): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) {
    const start = toPosition(place.start)
    return {start, end: place.end ? toPosition(place.end) : start}
  }
  const point = toPosition(place)
  return {start: point, end: point}
}

function toPosition(point: Point | undefined): Position {
  return {line: Math.max(0, (point?.line ?? 1) - 1), character: Math.max(0, (point?.column ?? 1) - 1)}
}
