/** What every output format gets. */
import type {VFile} from 'vfile'
import {escapeControl} from '../escape.js'
import type {Failure} from '../failures.js'

export interface FormatContext {
  /** Paths in reports are relative to it. */
  cwd: string
  quiet: boolean
  silent: boolean
  color: boolean
  failures: Failure[]
  version: string
  /** Columns that stylish lines fit (where a code span or word allows). */
  width?: number
}

/** Turn the linted files into a report (ending in a newline, or empty). */
export type Formatter = (files: VFile[], context: FormatContext) => string

/** The one-line form of a failure, as printed on stderr. */
export function failureLine(failure: Failure): string {
  // The file name and the cause may come from a doc, a file name or a config: escaped, one line.
  return `archdoc-lint: ${escapeControl(failure.where)}: ${escapeControl(failure.reason)}`
}
