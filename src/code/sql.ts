/**
 * SQL: PostgreSQL's own parser (libpg-query, WASM). AshPostgres targets
 * PostgreSQL, so its grammar is the truth.
 */
import * as pg from 'libpg-query'
import type {CodeBlock} from '../model/document.js'
import type {SqlCode} from './types.js'

export type SqlParser = typeof pg
let loading: Promise<SqlParser> | undefined

export function load(): Promise<SqlParser> {
  loading ??= pg.loadModule().then(() => pg)
  return loading
}

export function parse(parser: SqlParser, block: CodeBlock): SqlCode {
  const code: SqlCode = {language: 'sql', statements: [], errors: []}
  try {
    const result = parser.parseSync(block.value) as {stmts?: Array<{stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number}>}
    for (const raw of result.stmts ?? []) {
      code.statements.push({stmt: raw.stmt, start: raw.stmt_location ?? 0, end: (raw.stmt_location ?? 0) + (raw.stmt_len ?? block.value.length)})
    }
  } catch (error) {
    const details = (error as {sqlDetails?: {message: string; cursorPosition: number}}).sqlDetails
    const offset = details?.cursorPosition ?? 0
    code.errors.push({
      reason: details?.message ?? (error instanceof Error ? error.message : String(error)),
      place: block.map.placeAt(offset, offset)
    })
  }
  return code
}
