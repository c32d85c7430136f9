/**
 * Prose helpers for rules that read the Markdown text itself (not the code):
 * the document's parts with the section they belong to, and the bracketed
 * spans of a paragraph or heading found in the file's source.
 *
 * Positions come from the source, not from the text nodes' values: a text
 * node's value has escapes and entities resolved (`\[` is `[`), so only the
 * source says where a character is and whether a bracket was escaped.
 */
import type {Nodes, Parent, RootContent} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import type {DocumentModel, Section, Subsection} from './model.js'
import type {SourceText} from './positions.js'

export interface DocumentPart {
  /** The section the nodes belong to; undefined for the preamble. */
  section?: Section
  /** The subsection the nodes belong to, if any. */
  subsection?: Subsection
  /** The part's heading node (if any) first, then its content nodes. */
  nodes: RootContent[]
}

/** The preamble, each section (heading and content), each subsection (heading and content), in document order. */
export function documentParts(model: DocumentModel): DocumentPart[] {
  const parts: DocumentPart[] = [{nodes: model.preamble}]
  for (const section of model.sections) {
    parts.push({section, nodes: [section.heading.node, ...section.content]})
    for (const subsection of section.subsections) {
      parts.push({section, subsection, nodes: [subsection.heading.node, ...subsection.content]})
    }
  }
  return parts
}

/** Containers of phrasing content whose source is scanned as prose. */
export const phrasingContainers = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * Inline nodes whose source is not prose: code, raw HTML, and what uses
 * bracket syntax on purpose (links, link references, images, footnotes).
 */
const notProse = new Set([
  'inlineCode',
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference'
])

/** Block nodes never read as prose. */
const notProseBlocks = new Set(['code', 'html', 'definition'])

/** Call `visitor` for every phrasing container (paragraph, heading, table cell) of the nodes, outside code and HTML. */
export function visitPhrasingContainers(nodes: RootContent[], visitor: (container: Parent & Nodes) => void): void {
  for (const node of nodes) {
    visit(node, function (child) {
      if (notProseBlocks.has(child.type)) return SKIP
      if (phrasingContainers.has(child.type)) {
        visitor(child as Parent & Nodes)
        return SKIP
      }
      return undefined
    })
  }
}

export interface BracketedSpan {
  /** 0-based offset of `[` in the file. */
  start: number
  /** 0-based offset just after the closing `]`. */
  end: number
  /** The span as written, each line break (with the next line's prefix) and whitespace run made one space. */
  text: string
}

/**
 * The outermost `[…]` spans of a phrasing container's source, outside inline
 * code, HTML, links, link references, images and footnote references.
 * Escaped brackets (`\[`) do not count. Adjacent spans (`[text][label]`, a
 * reference whose definition is missing) are one span.
 */
export function bracketedSpans(container: Parent & Nodes, source: SourceText): BracketedSpan[] {
  const from = container.position?.start.offset
  const to = container.position?.end.offset
  if (from === undefined || to === undefined) return []

  const masks: Array<[number, number]> = []
  visit(container, function (node) {
    if (node === container) return undefined
    if (notProse.has(node.type)) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) masks.push([start, end])
      return SKIP
    }
    return undefined
  })
  masks.sort((a, b) => a[0] - b[0])

  const text = source.text
  const spans: BracketedSpan[] = []
  const open: number[] = []
  let mask = 0
  for (let index = from; index < to; index++) {
    while (mask < masks.length && masks[mask]![1] <= index) mask++
    if (mask < masks.length && masks[mask]![0] <= index) {
      index = masks[mask]![1] - 1
      continue
    }
    const char = text.charCodeAt(index)
    if (char !== 91 /* [ */ && char !== 93 /* ] */) continue
    if (isEscaped(text, index, from)) continue
    if (char === 91) {
      open.push(index)
    } else if (open.length > 0) {
      const start = open.pop()!
      if (open.length > 0) continue
      const previous = spans[spans.length - 1]
      if (previous && previous.end === start) previous.end = index + 1
      else spans.push({start, end: index + 1, text: ''})
    }
  }
  for (const span of spans) {
    // A span across lines carries the next line's prefix (indent, `> `): drop it.
    // Spaces before the line break are left to the second replace, which
    // collapses them anyway: matching them here (`[ \t]*\r?\n`) was quadratic.
    span.text = text
      .slice(span.start, span.end)
      .replace(/\r?\n[\s>]*/g, ' ')
      .replace(/\s+/g, ' ')
  }
  return spans
}

/** Whether the character at `index` is preceded by an odd number of backslashes (after `from`). */
function isEscaped(text: string, index: number, from: number): boolean {
  let count = 0
  for (let before = index - 1; before >= from && text.charCodeAt(before) === 92 /* \ */; before--) count++
  return count % 2 === 1
}
