/**
 * Input guards: what makes a file one clear file-level message instead of a
 * parse that would hang, overflow the stack or lint garbage.
 *
 * Checked in this order, each cheap (one pass at most):
 *
 * - size: more than `maxBytes` (4 MiB) of UTF-8. A design doc is 20-40 KB;
 *   one that embeds GitHub's whole public GraphQL schema is 1.2 MB (and lints
 *   in a few seconds: code blocks are cheap). micromark spends about 10 µs a
 *   byte on Markdown structure on a loaded 2-core machine.
 * - binary: a NUL character in the first `binaryWindow` (8,000) characters,
 *   git's rule (a PNG, a PDF, a UTF-16 file).
 * - encoding: bytes that are not UTF-8 (when the bytes are known: a file
 *   given as bytes, or one read as UTF-8 whose text holds U+FFFD, the
 *   replacement character, whose bytes are read again to check).
 * - lines: more than `maxLines` (100,000); micromark spends ~40 µs per line
 *   on a loaded machine, more inside deep containers.
 * - Markdown shapes micromark is slow on (`scan.ts`): containers nested more
 *   than 100 levels, more than 500 emphasis markers in one paragraph or 10,000
 *   in the file, more than 200 setext headings, a paragraph of more than 5,000
 *   lines, blockquotes and lists ending
 *   so often in a long file that re-reading what comes before each one would
 *   take more than 10,000,000 characters.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {readRegularFile} from './read.js'
import {scanMarkdown, type ScanLimits} from './scan.js'
import {utf8SequenceLength} from './utf8.js'

/** Largest file linted, in UTF-8 bytes. */
export const maxBytes = 4 * 1024 * 1024
/** Deepest container nesting (blockquotes and list items) linted. */
export const maxNesting = 100
/** Most lines linted (CR, LF and CRLF each end one). */
export const maxLines = 100_000
/** How many characters from the start are looked at for a NUL (git looks at 8,000 bytes). */
export const binaryWindow = 8000
/** Limits of the Markdown shapes micromark is slow on (`scan.ts`). */
export const scanLimits: ScanLimits = {
  nesting: maxNesting,
  emphasisPerBlock: 500,
  emphasis: 10_000,
  setextHeadings: 200,
  paragraphLines: 5000,
  closingWork: 10_000_000
}

export interface GuardPoint {
  line: number
  column: number
  offset: number
}

export interface GuardProblem {
  /** One line, naming the cause and the limit, ending in "not linted". */
  reason: string
  /** Where, when there is one place to point at. */
  point?: GuardPoint
}

/**
 * The reason a file is not linted, if any. `text` is the file's text as the
 * parser gets it; `file` tells where its bytes can be found.
 */
export function checkInput(text: string, file?: VFile): GuardProblem | undefined {
  // A character is 1 to 3 UTF-8 bytes (a surrogate pair, 4 for 2): count only when it can matter.
  const bytes = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text, 'utf8')
  if (bytes > maxBytes) return {reason: sizeReason(bytes)}

  const nul = text.indexOf('\u0000')
  if (nul !== -1 && nul < binaryWindow) {
    const point = pointAt(text, nul)
    return {reason: `Binary file (NUL byte at line ${point.line}, column ${point.column}): not linted`, point}
  }

  const invalid = file ? invalidUtf8(text, file) : undefined
  if (invalid) {
    const point = pointAt(text, invalid.offset)
    return {
      reason: `File is not UTF-8 (byte 0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')} at line ${point.line}, column ${point.column}): not linted`,
      point
    }
  }

  const lines = countLines(text)
  if (lines > maxLines) {
    return {reason: `File has ${number(lines)} lines (limit ${number(maxLines)}): not linted`}
  }

  const found = scanMarkdown(text, scanLimits)
  if (!found) return undefined
  const point = {line: found.line, column: 1, offset: lineStart(text, found.line)}
  switch (found.kind) {
    case 'nesting':
      return {reason: `Markdown nests ${number(found.depth)} levels deep at line ${found.line} (limit ${scanLimits.nesting}): not linted`, point}
    case 'emphasis-block':
      return {
        reason: `Paragraph or heading at line ${found.line} has more than ${number(scanLimits.emphasisPerBlock)} emphasis markers (\`*\`, \`_\`) (limit ${number(scanLimits.emphasisPerBlock)}): not linted`,
        point
      }
    case 'emphasis':
      return {
        reason: `Markdown has more than ${number(scanLimits.emphasis)} emphasis markers (\`*\`, \`_\`) (limit ${number(scanLimits.emphasis)}, passed at line ${found.line}): not linted`,
        point
      }
    case 'closings':
      return {
        reason: `Markdown ends ${number(found.closings)} blockquotes or lists before line ${found.line}: too many for a file this long (remark-parse re-reads what comes before each one; limit ${number(scanLimits.closingWork)} characters): not linted`,
        point
      }
    case 'paragraph':
      return {
        reason: `Paragraph at line ${found.line} has more than ${number(scanLimits.paragraphLines)} lines (limit ${number(scanLimits.paragraphLines)}): not linted`,
        point
      }
    case 'setext':
      return {
        reason: `Markdown has more than ${number(scanLimits.setextHeadings)} setext headings (text underlined with \`===\` or \`---\`) (limit ${number(scanLimits.setextHeadings)}, passed at line ${found.line}): not linted`,
        point
      }
  }
}

/**
 * The reason a file over `maxBytes` is not linted; `exact` false when only
 * `bytes` were read of more (a stream, a file that grew).
 */
export function sizeReason(bytes: number, exact = true, limit = maxBytes): string {
  return `File is ${exact ? formatSize(bytes) : 'more than ' + formatSize(limit)} (limit ${formatSize(limit)}): not linted`
}

function number(value: number): string {
  return value.toLocaleString('en-US')
}

function countLines(text: string): number {
  let lines = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lines++
  }
  return lines
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`
  const mib = bytes / (1024 * 1024)
  return `${Number.isInteger(mib) ? mib.toFixed(0) : mib.toFixed(1)} MiB`
}

/**
 * The first byte that is not UTF-8, with its offset in `text` (where its
 * U+FFFD stands). Only when the bytes are at hand: the file's value is bytes,
 * or the text holds a U+FFFD and the file on disk decodes to exactly `text`.
 */
function invalidUtf8(text: string, file: VFile): {byte: number; offset: number} | undefined {
  let bytes: Uint8Array | undefined
  if (file.value instanceof Uint8Array) {
    bytes = file.value
  } else if (text.includes('\uFFFD') && file.path) {
    // Not on disk (an editor buffer, a test): nothing to check against.
    const read = readRegularFile(path.resolve(file.cwd, file.path)).bytes
    if (read && read.toString('utf8') === text) bytes = read
  }
  if (!bytes) return undefined
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return undefined
  } catch {
    // A UTF-8 BOM is one character of the text, unless the decoder dropped it.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    return firstInvalid(bytes, bom && !text.startsWith('\uFEFF') ? 3 : 0)
  }
}

/** Walk the bytes as UTF-8 (WHATWG decoding), counting UTF-16 units of the decoded text, to the first bad byte. */
function firstInvalid(bytes: Uint8Array, from: number): {byte: number; offset: number} | undefined {
  let offset = 0
  let index = from
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) return {byte: bytes[index]!, offset}
    index += length
    offset += length === 4 ? 2 : 1
  }
  return undefined
}

/** 1-based line and column (UTF-16 units, like remark) of a 0-based offset; CR, LF and CRLF end lines. */
function pointAt(text: string, offset: number): GuardPoint {
  let line = 1
  let start = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      start = index + 1
    }
  }
  return {line, column: offset - start + 1, offset}
}

function lineStart(text: string, line: number): number {
  let current = 1
  let index = 0
  while (current < line && index < text.length) {
    const code = text.charCodeAt(index++)
    if (code === 10 || (code === 13 && text.charCodeAt(index) !== 10)) current++
  }
  return index
}
