/**
 * SQL: PostgreSQL's own parser (libpg-query, WASM). AshPostgres targets
 * PostgreSQL, so its grammar is the truth.
 *
 * libpg-query stops at the first error of the text it is given and has no
 * statement splitter, so a block is split into statements with PostgreSQL's
 * own scanner (`scanSync`: strings, comments and `$$` bodies are single
 * tokens, so a `;` token really ends a statement) and each statement is
 * parsed on its own: an error in the first statement cannot hide one in the
 * third. A block that parses as a whole (most do) is split at PostgreSQL's
 * own statement locations instead, which is cheaper than a scan.
 *
 * Each statement's AST is kept on `block.code.statements[i].stmt`; the
 * `location` fields inside it are UTF-8 bytes from the start of the text
 * that was parsed (the block, or the statement when the block has an
 * error): `locationOffset` turns them into offsets in the block.
 *
 * Three units meet here: JavaScript strings and `block.map` count UTF-16
 * code units; the scanner's token offsets and the `location` fields of the
 * AST count UTF-8 bytes; `cursorPosition` of a syntax error counts code
 * points. `TextOffsets` converts between them; everything this module
 * returns is in UTF-16 units.
 */
import * as pg from 'libpg-query'
import type {CodeBlock} from '../document/model.js'
import {lastAtOrBefore, type Place} from '../document/positions.js'
import type {SqlCode, SqlStatement, SyntaxIssue} from './types.js'
import {keepWasmOnBaselineTierWhereTierUpBlowsUp} from './wasm-tier.js'
import {isSqlElisionComment} from './excerpts.js'

export type SqlParser = typeof pg
let loading: Promise<SqlParser> | undefined

export function load(): Promise<SqlParser> {
  if (!loading) keepWasmOnBaselineTierWhereTierUpBlowsUp()
  loading ??= pg.loadModule().then(() => pg)
  return loading
}

/**
 * Offsets of one text in UTF-16 units, UTF-8 bytes and code points.
 *
 * ASCII text (the usual case) has the same offset in all three, so the
 * tables are built only when the text has a non-ASCII character.
 */
export class TextOffsets {
  readonly text: string
  /** UTF-8 byte offset of each UTF-16 offset (0..length). */
  private readonly bytesAtUnit?: Uint32Array
  /** Code point offset of each UTF-16 offset (0..length). */
  private readonly pointsAtUnit?: Uint32Array

  constructor(text: string) {
    this.text = text
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text)) return
    const bytes = new Uint32Array(text.length + 1)
    const points = new Uint32Array(text.length + 1)
    let byte = 0
    let point = 0
    for (let unit = 0; unit < text.length; unit++) {
      bytes[unit] = byte
      points[unit] = point
      const code = text.charCodeAt(unit)
      const next = text.charCodeAt(unit + 1)
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair: one code point, four bytes. Its second unit is
        // not a character boundary; it shares the offsets of the pair's start.
        bytes[unit + 1] = byte
        points[unit + 1] = point
        byte += 4
        point += 1
        unit++
        continue
      }
      byte += code < 0x80 ? 1 : code < 0x800 ? 2 : 3
      point += 1
    }
    bytes[text.length] = byte
    points[text.length] = point
    this.bytesAtUnit = bytes
    this.pointsAtUnit = points
  }

  /** UTF-8 byte offset of a UTF-16 offset. */
  toBytes(unit: number): number {
    return this.bytesAtUnit ? this.bytesAtUnit[clamp(unit, this.text.length)]! : clamp(unit, this.text.length)
  }

  /** Code point offset of a UTF-16 offset. */
  toCodePoints(unit: number): number {
    return this.pointsAtUnit ? this.pointsAtUnit[clamp(unit, this.text.length)]! : clamp(unit, this.text.length)
  }

  /** UTF-16 offset of a UTF-8 byte offset (a byte inside a character maps to that character's start). */
  fromBytes(byte: number): number {
    return this.bytesAtUnit ? search(this.bytesAtUnit, byte) : clamp(byte, this.text.length)
  }

  /** UTF-16 offset of a code point offset. */
  fromCodePoints(point: number): number {
    return this.pointsAtUnit ? search(this.pointsAtUnit, point) : clamp(point, this.text.length)
  }
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max))
}

/**
 * The character boundary at or before `target`: the first index holding the
 * greatest value <= `target` (values ascend; a surrogate pair's second unit
 * repeats its first unit's value, so ties resolve to the pair's start).
 */
function search(values: Uint32Array, target: number): number {
  let low = lastAtOrBefore(values, target)
  while (low > 0 && values[low - 1] === values[low]) low--
  return low
}

/** A scanner token, offsets in UTF-16 units of the block. */
export interface SqlToken {
  start: number
  end: number
  /** libpg-query's token name (`IDENT`, `SCONST`, `ASCII_59` for `;`, `SQL_COMMENT`); `LEXER_ERROR` and `UNSCANNED` for text the scanner could not read. */
  name: string
  text: string
}

/** One statement's extent in the block, in UTF-16 units. */
export interface StatementSpan {
  /** Its AST when the block parsed as a whole (locations from the block's start). */
  stmt?: Record<string, unknown>
  /** Start of its first token (comments before it excluded). */
  start: number
  /** End of its text before the `;`: its last token or a comment after it, whitespace excluded. */
  end: number
  /** End of its `;` if it has one, else `end`: the text handed to the parser, so PostgreSQL reports `at or near ";"` as it would in psql. */
  through: number
}

const commentTokens = new Set(['SQL_COMMENT', 'C_COMMENT'])

/** Scan `text` from `from` to `to`; undefined when the scanner fails on it. */
function scanRange(parser: SqlParser, text: string, from: number, to: number): SqlToken[] | undefined {
  const slice = text.slice(from, to)
  if (slice.trim() === '') return []
  let result: pg.ScanResult
  try {
    result = parser.scanSync(slice)
  } catch {
    // On a lexer error libpg-query returns the error text where JSON is
    // expected, so scanSync throws a JSON SyntaxError: the text has an
    // unterminated string or comment or an invalid token somewhere.
    return undefined
  }
  const offsets = new TextOffsets(slice)
  return result.tokens.map((token) => ({
    start: from + offsets.fromBytes(token.start),
    end: from + offsets.fromBytes(token.end),
    name: token.tokenName,
    text: token.text
  }))
}

interface ParserError {
  message: string
  /** 0-based code points into the parsed text; undefined when the parser gave none. */
  cursor?: number
  /** The source file of PostgreSQL that raised it (`scan.l`, `gram.y`). */
  fileName?: string
}

function parserError(error: unknown): ParserError {
  const details = (error as {sqlDetails?: pg.SqlErrorDetails}).sqlDetails
  const message = details?.message ?? (error instanceof Error ? error.message : String(error))
  // libpg-query turns PostgreSQL's 1-based cursor into a 0-based one and
  // uses 0 for "no position" too: 0 is the statement's start either way.
  return {message, cursor: details?.cursorPosition, fileName: details?.fileName}
}

/** The quoted text of `... at or near "X"`, exactly as it is in the input. */
function nearText(message: string): string | undefined {
  return /\bat or near "([\s\S]*)"$/.exec(message)?.[1]
}

/** A lexer error (unterminated string, `123abc`, `""`), not a grammar one. */
function isLexerError(error: ParserError): boolean {
  return error.fileName === 'scan.l' && !/^(syntax error|memory exhausted)\b/.test(error.message)
}

/**
 * Every token of `text`, even when it has lexer errors (which make
 * `scanSync` fail as a whole, without saying where).
 *
 * The parser pulls tokens from the same lexer one at a time, so parsing from
 * any token boundary reports either the lexer error or a grammar error
 * before it; either way the text up to the reported token scans cleanly.
 * An invalid token (`123abc`) is masked with spaces and scanning resumes
 * after it; an unterminated string or comment runs to the end, so the rest
 * is one `UNSCANNED` token.
 */
export function tokenize(parser: SqlParser, text: string): SqlToken[] {
  const whole = scanRange(parser, text, 0, text.length)
  if (whole) return whole

  const tokens: SqlToken[] = []
  let masked = text
  let position = 0
  // After a failed scan of the rest, scanning again is pointless until an
  // invalid token has been masked.
  let restFails = true
  const rest = (from: number) => {
    if (from < text.length && text.slice(from).trim() !== '') {
      tokens.push({start: from, end: text.length, name: 'UNSCANNED', text: text.slice(from)})
    }
    return tokens
  }

  // Each round consumes at least one token; the bound only guards against
  // a parser answer this loop does not expect.
  for (let round = 0; round <= text.length && position < text.length; round++) {
    if (!restFails) {
      const scanned = scanRange(parser, masked, position, masked.length)
      if (scanned) return [...tokens, ...scanned]
      restFails = true
    }
    let error: ParserError | undefined
    const slice = masked.slice(position)
    try {
      parser.parseSync(slice)
    } catch (caught) {
      error = parserError(caught)
    }
    if (!error || error.cursor === undefined) return rest(position)
    const sliceOffsets = new TextOffsets(slice)
    const at = position + sliceOffsets.fromCodePoints(error.cursor)
    const near = nearText(error.message)
    const nearEnd = near !== undefined && masked.startsWith(near, at) ? at + near.length : at
    const lexer = isLexerError(error)
    // Up to the reported token (a lexer error) or through it (a grammar error), lexing is clean.
    const clean = scanRange(parser, masked, position, lexer ? at : nearEnd)
    if (!clean) return rest(position)
    tokens.push(...clean)
    if (lexer) {
      if (nearEnd === at || error.message.startsWith('unterminated')) return rest(at)
      tokens.push({start: at, end: nearEnd, name: 'LEXER_ERROR', text: text.slice(at, nearEnd)})
      masked = masked.slice(0, at) + ' '.repeat(nearEnd - at) + masked.slice(nearEnd)
      restFails = false
      position = nearEnd
    } else {
      if (nearEnd === at) return rest(position)
      position = nearEnd
    }
  }
  return rest(position)
}

const wordPattern = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*$/

/**
 * Split tokens into statements at `;` tokens, the way psql does: a `;`
 * inside parentheses (`CREATE RULE ... DO (INSERT ...; INSERT ...)`) or
 * inside the `BEGIN ... END` of `CREATE [OR REPLACE] FUNCTION|PROCEDURE`
 * (SQL-standard bodies, `BEGIN ATOMIC`) does not end the statement.
 *
 * A broken statement often leaves a parenthesis or a `BEGIN` open, which
 * would glue every later statement to it; so a statement still open at the
 * end of the block is cut at its first `;` instead, and splitting goes on
 * from there as before.
 */
export function splitStatements(tokens: SqlToken[]): StatementSpan[] {
  const spans: StatementSpan[] = []
  let index = 0
  // True while re-reading a statement that left nesting open.
  let flat = false
  while (index < tokens.length) {
    let first: SqlToken | undefined
    let last: SqlToken | undefined
    let firstIndex = index
    let parens = 0
    let begins = 0
    let ended = false
    const words: string[] = []
    for (; index < tokens.length; index++) {
      const token = tokens[index]!
      if (commentTokens.has(token.name)) {
        // A comment inside or at the end of a statement is part of its text
        // (as PostgreSQL's stmt_len counts it); one before it is not.
        if (first) last = token
        continue
      }
      if (token.name === 'ASCII_59' && (flat || (parens === 0 && begins === 0))) {
        if (first && last) spans.push({start: first.start, end: last.end, through: token.end})
        index++
        ended = true
        break
      }
      if (!first) {
        first = token
        firstIndex = index
      }
      last = token
      if (flat) continue
      if (token.name === 'ASCII_40') parens++
      else if (token.name === 'ASCII_41') parens = Math.max(0, parens - 1)
      else if (wordPattern.test(token.text)) {
        const word = token.text.toLowerCase()
        if (words.length < 4) words.push(word)
        if (parens === 0 && isRoutineDefinition(words)) {
          if (word === 'begin') begins++
          // CASE also ends with END; it only matters inside a BEGIN.
          else if (word === 'case' && begins > 0) begins++
          else if (word === 'end' && begins > 0) begins--
        }
      }
    }
    if (!ended && first && last) {
      if (!flat && (parens > 0 || begins > 0)) {
        // Read the unclosed statement again, up to its first `;`.
        flat = true
        index = firstIndex
        continue
      }
      spans.push({start: first.start, end: last.end, through: last.end})
    }
    flat = false
  }
  return spans
}

/** `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, judged on a statement's first words (psql's heuristic). */
function isRoutineDefinition(words: string[]): boolean {
  if (words[0] !== 'create') return false
  if (words[1] === 'function' || words[1] === 'procedure') return true
  return words[1] === 'or' && words[2] === 'replace' && (words[3] === 'function' || words[3] === 'procedure')
}

/** The first token that contains `offset` or starts at it (binary search; tokens ascend). */
function tokenAt(tokens: SqlToken[], offset: number): SqlToken | undefined {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const token = tokens[middle]!
    if (token.end <= offset && token.start < offset) low = middle + 1
    else if (token.start > offset) high = middle - 1
    else return token
  }
  return undefined
}

/**
 * PostgreSQL quotes the rest of the text after an unterminated string; a
 * lint message stays on one line, so a long or multi-line quote is cut.
 */
function shortenReason(message: string): string {
  const near = nearText(message)
  if (near === undefined) return message
  const firstLine = near.split(/\r?\n|\r/)[0]!
  if (firstLine === near && near.length <= 60) return message
  const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine
  return message.slice(0, message.length - near.length - 1) + cut + '…"'
}

/** Where an error of a statement is, in UTF-16 offsets of the block. */
function errorRange(
  error: ParserError,
  span: StatementSpan,
  offsets: TextOffsets,
  tokens: SqlToken[]
): {start: number; end: number} {
  const text = offsets.text
  const near = nearText(error.message)
  if (error.cursor === undefined || (error.cursor === 0 && near === undefined)) {
    // No position (or a message that does not name a token at 0): the statement's start.
    return {start: span.start, end: span.start}
  }
  const start = clamp(offsets.fromCodePoints(offsets.toCodePoints(span.start) + error.cursor), span.through)
  if (near !== undefined && text.startsWith(near, start)) return {start, end: start + near.length}
  const token = tokenAt(tokens, start)
  return {start, end: token && token.end > start ? token.end : start}
}

/** Parse one statement; its AST nodes, or the error with its place. */
function parseStatement(
  parser: SqlParser,
  block: CodeBlock,
  span: StatementSpan,
  offsets: TextOffsets,
  tokens: SqlToken[]
): {statements: SqlStatement[]; error?: SyntaxIssue} {
  const text = block.value.slice(span.start, span.through)
  try {
    const result = parser.parseSync(text)
    const statements: SqlStatement[] = []
    for (const raw of result.stmts ?? []) {
      if (!raw.stmt) continue
      statements.push({stmt: raw.stmt as Record<string, unknown>, start: span.start, end: span.end})
    }
    return {statements}
  } catch (caught) {
    const error = parserError(caught)
    const range = errorRange(error, span, offsets, tokens)
    const place: Place = block.map.placeAt(range.start, range.end)
    return {
      statements: [{start: span.start, end: span.end}],
      error: {reason: shortenReason(error.message), place}
    }
  }
}

/**
 * The statements of a block that parses as a whole, from PostgreSQL's own
 * statement locations; undefined when it does not parse.
 *
 * Most blocks are valid, and one parse of the block costs a fraction of a
 * scan (the scanner returns every token as JSON), so the scanner is only
 * needed to split blocks that have an error.
 */
export function spansOfValidBlock(parser: SqlParser, text: string, offsets: TextOffsets): StatementSpan[] | undefined {
  if (text.trim() === '') return []
  let result: ReturnType<SqlParser['parseSync']>
  try {
    result = parser.parseSync(text)
  } catch {
    return undefined
  }
  const spans: StatementSpan[] = []
  for (const raw of result.stmts ?? []) {
    // Bytes; stmt_location is left out when 0 and stmt_len when the
    // statement runs to the end of the text. Its length stops before the `;`.
    const startByte = raw.stmt_location ?? 0
    const start = offsets.fromBytes(startByte)
    const rawEnd = raw.stmt_len ? offsets.fromBytes(startByte + raw.stmt_len) : text.length
    const end = start + text.slice(start, rawEnd).trimEnd().length
    spans.push({stmt: raw.stmt as Record<string, unknown> | undefined, start, end, through: text.charAt(rawEnd) === ';' ? rawEnd + 1 : end})
  }
  return spans
}

export function parse(parser: SqlParser, block: CodeBlock): SqlCode {
  const code: SqlCode = {language: 'sql', statements: [], errors: []}
  const offsets = new TextOffsets(block.value)
  const valid = spansOfValidBlock(parser, block.value, offsets)
  // Tokens are only needed to split a block with errors and to place them.
  const tokens = valid ? [] : tokenize(parser, block.value)
  if (valid) {
    // The whole-block parse has every statement's AST already.
    for (const span of valid) {
      if (span.stmt) code.statements.push({stmt: span.stmt, start: span.start, end: span.end, locatedInBlock: true})
    }
  } else {
    for (const span of splitStatements(tokens)) {
      const result = parseStatement(parser, block, span, offsets, tokens)
      code.statements.push(...result.statements)
      if (result.error) code.errors.push(result.error)
    }
  }
  code.excerpt = excerptOf(parser, block, tokens)
  return code
}

/**
 * The block's first elision comment on a line of its own. Only a block with
 * a line that looks like one is scanned (a valid block has no tokens yet):
 * the scanner tells a comment from the same text inside a string.
 */
function excerptOf(parser: SqlParser, block: CodeBlock, scanned: SqlToken[]): Place | undefined {
  const text = block.value
  const candidate = text.split(/\r\n|\r|\n/).some(function (line) {
    const trimmed = line.trim()
    // A block comment over several lines is read whole by the scanner.
    if (trimmed.startsWith('/*') && !trimmed.includes('*/')) return true
    return (trimmed.startsWith('--') || trimmed.startsWith('/*')) && isSqlElisionComment(trimmed)
  })
  if (!candidate) return undefined
  const tokens = scanned.length > 0 ? scanned : tokenize(parser, text)
  for (const token of tokens) {
    if (!commentTokens.has(token.name) || !isSqlElisionComment(token.text)) continue
    const lineStart = Math.max(text.lastIndexOf('\n', token.start - 1), text.lastIndexOf('\r', token.start - 1)) + 1
    if (text.slice(lineStart, token.start).trim() !== '') continue
    return block.map.placeAt(token.start, token.end)
  }
  return undefined
}

const blockOffsets = new WeakMap<CodeBlock, TextOffsets>()

/**
 * The UTF-16 offset in `block.value` of a `location` found inside
 * `statement.stmt`: libpg-query's locations are UTF-8 bytes from the start
 * of the text it parsed, the block (`locatedInBlock`) or the statement's
 * own text (`statement.start`).
 * Map the result to the Markdown file with `block.map.pointAt`.
 */
export function locationOffset(block: CodeBlock, statement: SqlStatement, location: number): number {
  let offsets = blockOffsets.get(block)
  if (!offsets) {
    offsets = new TextOffsets(block.value)
    blockOffsets.set(block, offsets)
  }
  // A negative location (PostgreSQL's "unknown") is taken from the statement's start, whatever was parsed.
  const bytes = statement.locatedInBlock && location >= 0 ? location : offsets.toBytes(statement.start) + location
  return offsets.fromBytes(bytes)
}
