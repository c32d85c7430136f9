/**
 * Positions: from a place inside a fenced code block to the Markdown file.
 *
 * Every rule that reports inside code goes through `BlockMap`, so a message
 * always points at the line and column of the Markdown file, the way remark
 * itself would report that character (1-based lines, 1-based columns counted
 * in UTF-16 code units, 0-based offsets into the file's text).
 */
import type {Code} from 'mdast'

export interface Point {
  line: number
  column: number
  offset?: number
}

export interface Place {
  start: Point
  end: Point
}

/** The file's text with its line starts, computed once per file. */
export class SourceText {
  readonly text: string
  /** Offset of the first character of each line; index 0 is line 1. */
  readonly lineStarts: number[]

  constructor(text: string) {
    this.text = text
    const starts = [0]
    const eol = /\r\n?|\n/g
    let match: RegExpExecArray | null
    while ((match = eol.exec(text))) starts.push(match.index + match[0].length)
    this.lineStarts = starts
  }

  get lineCount(): number {
    return this.lineStarts.length
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1]
    if (start === undefined) return ''
    const next = this.lineStarts[line]
    let end = next === undefined ? this.text.length : next
    if (next !== undefined) {
      if (this.text.charCodeAt(end - 1) === 10 /* \n */) end--
      if (this.text.charCodeAt(end - 1) === 13 /* \r */) end--
    }
    return this.text.slice(start, end)
  }

  /** The point of a 0-based offset (binary search over line starts). */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle]! <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - this.lineStarts[low]! + 1, offset: clamped}
  }
}

/**
 * Maps positions inside a code block's `value` to the Markdown file.
 *
 * Each line of the block can have its own prefix in the file (indentation of
 * the fence, a list item's indent, `> ` of a blockquote), so the prefix is
 * measured per line: the file's line ends with the block's line, and what
 * comes before is the prefix.
 */
export class BlockMap {
  /** The 1-based Markdown line of the block's first content line. */
  readonly firstLine: number
  /** The block's content, split into lines. */
  readonly lines: string[]
  /** Offsets of each content line's start in `value`. */
  readonly lineOffsets: number[]
  private readonly source: SourceText
  private readonly fallbackPrefix: number
  private readonly prefixes: Array<number | undefined>

  constructor(node: Code, source: SourceText) {
    const start = node.position?.start ?? {line: 1, column: 1}
    this.source = source
    const startLine = source.lineText(start.line)
    const marker = startLine.charAt(start.column - 1)
    // A fenced block's content starts on the line after its opening fence;
    // an indented block's content starts on its own first line.
    const fenced = marker === '`' || marker === '~'
    this.firstLine = fenced ? start.line + 1 : start.line
    this.fallbackPrefix = start.column - 1
    this.lines = node.value === '' && fenced ? [] : node.value.split('\n')
    this.lineOffsets = []
    let offset = 0
    for (const line of this.lines) {
      this.lineOffsets.push(offset)
      offset += line.length + 1
    }
    this.prefixes = []
  }

  /** Length of the Markdown prefix before a content line (0-based index). */
  prefix(lineIndex: number): number {
    const cached = this.prefixes[lineIndex]
    if (cached !== undefined) return cached
    const content = this.lines[lineIndex] ?? ''
    const text = this.source.lineText(this.firstLine + lineIndex)
    const prefix =
      text.endsWith(content) && text.length >= content.length
        ? text.length - content.length
        : this.fallbackPrefix
    this.prefixes[lineIndex] = prefix
    return prefix
  }

  /** The Markdown point of a 0-based line and 0-based column of the block. */
  point(lineIndex: number, columnIndex: number): Point {
    const lastIndex = Math.max(0, this.lines.length - 1)
    const index = Math.max(0, Math.min(lineIndex, lastIndex))
    const line = this.firstLine + index
    const column = this.prefix(index) + columnIndex + 1
    const lineStart = this.source.lineStarts[line - 1]
    return {
      line,
      column,
      offset: lineStart === undefined ? undefined : lineStart + column - 1
    }
  }

  /** The Markdown point of a 0-based offset into the block's `value`. */
  pointAt(offset: number): Point {
    let low = 0
    let high = this.lineOffsets.length - 1
    if (high < 0) return this.point(0, 0)
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineOffsets[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return this.point(low, offset - this.lineOffsets[low]!)
  }

  /** A Markdown place from two 0-based block offsets. */
  placeAt(startOffset: number, endOffset: number): Place {
    return {start: this.pointAt(startOffset), end: this.pointAt(endOffset)}
  }

  /** A Markdown place from 0-based rows and columns of the block. */
  place(startLine: number, startColumn: number, endLine: number, endColumn: number): Place {
    return {start: this.point(startLine, startColumn), end: this.point(endLine, endColumn)}
  }
}
