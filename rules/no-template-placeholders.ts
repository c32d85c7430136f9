/**
 * `no-template-placeholders`: no template text left in: bracketed
 * placeholders, placeholder comments in code, sample names, verbatim bullets.
 * Docs: docs/rules/no-template-placeholders.md
 */
import type {Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {DocumentModel} from '../src/document/model.js'
import type {Place} from '../src/document/positions.js'
import {bracketedSpans, documentParts, visitPhrasingContainers, type DocumentPart} from '../src/document/prose.js'
import {templatePlaceholders} from '../src/document/placeholders.js'
import {defineRule} from '../src/rule.js'

export interface Options {
  /** Extra literal strings to report anywhere in the file (`TBD`, `Lorem ipsum`). */
  placeholders: string[]
}

const template = templatePlaceholders

/** One finding, by 0-based file offsets (for overlap checks and order) and Markdown place. */
interface Finding {
  start: number
  end: number
  place: Place
  reason: string
}

export default defineRule<Options>(
  {
    id: 'no-template-placeholders',
    description: 'No template placeholder text is left in the document',
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        placeholders: {type: 'array', items: {type: 'string', minLength: 1}}
      },
      additionalProperties: false
    }
  },
  {placeholders: []},
  function (model, file, options) {
    const findings = new Findings(model)
    const parts = documentParts(model)

    for (const part of parts) findBrackets(part, findings)
    for (const part of parts) findHeadingSampleNames(part, findings)
    findInlineCodeSampleNames(parts, findings)
    findCodePlaceholders(model, findings)
    for (const part of parts) findTemplateBullets(part, findings)
    findExtraPlaceholders(model, options.placeholders, findings)

    for (const finding of findings.sorted()) file.message(finding.reason, {place: finding.place})
  }
)

/** Collected findings; a finding that overlaps an earlier one is the same leftover and is dropped. */
class Findings {
  private readonly list: Finding[] = []
  constructor(readonly model: DocumentModel) {}

  /** Add a finding at file offsets. */
  add(start: number, end: number, reason: string): void {
    this.addPlace(start, end, {start: this.model.source.pointAt(start), end: this.model.source.pointAt(end)}, reason)
  }

  /** Add a finding with a place computed elsewhere (a code block's map). */
  addPlace(start: number, end: number, place: Place, reason: string): void {
    if (this.list.some((finding) => start < finding.end && finding.start < end)) return
    this.list.push({start, end, place, reason})
  }

  sorted(): Finding[] {
    return [...this.list].sort((a, b) => a.start - b.start)
  }
}

const knownBrackets = new Map(template.bracketed.map((placeholder) => [placeholder.text, placeholder]))
const storyPlaceholder = `[${template.storyReference.placeholder}]`
/** GFM task-list boxes, also when written outside a list item. */
const checkboxes = new Set(['[ ]', '[x]', '[X]'])

/** Bracketed prose: the template's placeholders and any other `[text]` that is not a link, image or footnote. */
function findBrackets(part: DocumentPart, findings: Findings): void {
  const source = findings.model.source
  const inStorySection = part.section?.role === 'story'
  visitPhrasingContainers(part.nodes, function (container) {
    for (const span of bracketedSpans(container, source)) {
      if (checkboxes.has(span.text) || span.text.trim() === '[]') continue
      const before = source.text.charAt(span.start - 1)
      // `![alt]` and `[^note]` without a definition are a broken image or
      // footnote, not template text.
      if (before === '!' || span.text.startsWith('[^')) continue
      const known = knownBrackets.get(span.text)
      // In the Story Reference section a bracketed word is the reference's
      // notation (`[004217-TeamInvitations]`), and the template's
      // `[NNNNNN-StoryName]` there is `story-reference`'s message.
      if (inStorySection && (span.text === storyPlaceholder || (!known && !/\s/.test(span.text)))) continue
      findings.add(
        span.start,
        span.end,
        known
          ? `Template placeholder \`${span.text}\` left in: replace it with ${known.replaceWith}`
          : `Bracketed text \`${span.text}\` looks like a template placeholder: replace it, make it a link, or escape the brackets`
      )
    }
  })
}

/**
 * Sample names as whole identifiers: not part of a longer name
 * (`ContextNames`, `my_table_name`), but a segment of a module name
 * (`MyAppWeb.ContextName`) is one. Longest names first, so the template's
 * whole module name is reported once.
 */
const sampleNamePattern = new RegExp(
  '(?<![A-Za-z0-9_])(?:' +
    [...template.sampleNames]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&'))
      .join('|') +
    ')(?![A-Za-z0-9_?!])',
  'g'
)

/** The whole dotted module name a match sits in (`MyAppWeb.ContextName` around `ContextName`). */
function modulePathAround(value: string, index: number, length: number): string {
  let start = index
  while (start > 0) {
    const before = /(?:^|[^A-Za-z0-9_])([A-Z][A-Za-z0-9_]*\.)$/.exec(value.slice(Math.max(0, start - 80), start))
    if (!before) break
    start -= before[1]!.length
  }
  let end = index + length
  for (let after = /^\.[A-Z][A-Za-z0-9_]*/.exec(value.slice(end)); after; after = /^\.[A-Z][A-Za-z0-9_]*/.exec(value.slice(end))) {
    end += after[0].length
  }
  return value.slice(start, end)
}

/**
 * A PascalCase sample name is the template's when it stands alone (`###
 * Resource: ResourceName`) or sits in a module name under the template's
 * namespaces (`MyAppWeb.ContextName`, `MyApp.ResourceContext.Item`); a real
 * module that ends in one (`Billing.Trigger.ResourceName`) is not.
 */
function isTemplateModuleName(value: string, index: number, name: string): boolean {
  const path = modulePathAround(value, index, name.length)
  if (path === name) return true
  return template.sampleNamespaces.some((namespace) => path.startsWith(namespace + '.'))
}

/**
 * In code, a sample name is a leftover only in the template's shapes: a
 * module name under the template's namespaces in Elixir (`defmodule
 * MyAppWeb.ContextName`; not `:ContextName`, `@ResourceName`, or a module
 * aliased from a real namespace), a module defined with the bare name, the
 * table of `CREATE TABLE table_name` (and of `ALTER TABLE`, `REFERENCES`,
 * `ON`, ...), or the string `"table_name"`. A snake_case identifier of real
 * code (`def table_name`, `@table_name`, a variable) is not one.
 */
function isTemplateShape(language: string | undefined, value: string, index: number, name: string): boolean {
  const before = value.slice(Math.max(0, index - 20), index)
  const after = value.charAt(index + name.length)
  if (/^[A-Z]/.test(name)) {
    if (language !== 'elixir' || /[:@"]$/.test(before)) return false
    const path = modulePathAround(value, index, name.length)
    // A bare alias (`ResourceName.short()` after `alias Real.Namespace.ResourceName`) is real code; `defmodule ResourceName` is not.
    if (path === name) return /\bdefmodule\s+$/.test(before)
    return template.sampleNamespaces.some((namespace) => path.startsWith(namespace + '.'))
  }
  if (language === 'sql') return /\b(?:TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?|ONLY|REFERENCES|ON|INTO|FROM|UPDATE|JOIN)\s+$/i.test(before)
  if (language === 'elixir') return before.endsWith('"') && after === '"'
  return false
}

function sampleNameReason(name: string): string {
  return `Template sample name \`${name}\` left in: replace it with the real name`
}

/** Sample names in headings (`### Context Module: MyAppWeb.ContextName`). */
function findHeadingSampleNames(part: DocumentPart, findings: Findings): void {
  const text = findings.model.source.text
  for (const node of part.nodes) {
    visit(node as Nodes, function (child) {
      if (child.type === 'code' || child.type === 'html') return SKIP
      if (child.type !== 'heading' || !child.position) return undefined
      const start = child.position.start.offset!
      const heading = text.slice(start, child.position.end.offset)
      for (const match of heading.matchAll(sampleNamePattern)) {
        if (/^[A-Z]/.test(match[0]) && !isTemplateModuleName(heading, match.index, match[0])) continue
        findings.add(start + match.index, start + match.index + match[0].length, sampleNameReason(match[0]))
      }
      return SKIP
    })
  }
}

/** Sample names in inline code anywhere in the prose (`` `MyAppWeb.ContextName` ``). */
function findInlineCodeSampleNames(parts: DocumentPart[], findings: Findings): void {
  const text = findings.model.source.text
  for (const part of parts) {
    for (const node of part.nodes) {
      visit(node as Nodes, function (child) {
        if (child.type === 'code' || child.type === 'html') return SKIP
        if (child.type !== 'inlineCode' || !child.position) return undefined
        const start = child.position.start.offset!
        const code = text.slice(start, child.position.end.offset)
        for (const match of code.matchAll(sampleNamePattern)) {
          // `table_name` in inline code is as likely a real function or variable as the template's table.
          if (!/^[A-Z]/.test(match[0]) || !isTemplateModuleName(code, match.index, match[0])) continue
          findings.add(start + match.index, start + match.index + match[0].length, sampleNameReason(match[0]))
        }
        return undefined
      })
    }
  }
}

/** The template's placeholder comments (a whole line) and sample names, in every code block. */
function findCodePlaceholders(model: DocumentModel, findings: Findings): void {
  for (const block of model.blocks) {
    const comments = template.comments[block.language ?? ''] ?? []
    block.map.lines.forEach(function (line, lineIndex) {
      const trimmed = line.trim()
      if (!comments.includes(trimmed)) return
      const column = line.indexOf(trimmed)
      const place = block.map.place(lineIndex, column, lineIndex, column + trimmed.length)
      findings.addPlace(
        place.start.offset!,
        place.end.offset!,
        place,
        `Template placeholder comment \`${trimmed}\` left in: replace it with the real code`
      )
    })
    for (const match of block.value.matchAll(sampleNamePattern)) {
      if (!isTemplateShape(block.language, block.value, match.index, match[0])) continue
      const place = block.map.placeAt(match.index, match.index + match[0].length)
      findings.addPlace(place.start.offset!, place.end.offset!, place, sampleNameReason(match[0]))
    }
  }
}

/**
 * The template's bullets left as they are (`- Rate limiting`), in the section
 * that has them. A bullet with anything added (`- Rate limiting: 10/min`, a
 * nested list) is filled in; a trailing `.` or `:` alone adds nothing.
 */
function findTemplateBullets(part: DocumentPart, findings: Findings): void {
  const bullets = part.section?.role ? template.bullets[part.section.role] : undefined
  if (!bullets) return
  const text = findings.model.source.text
  for (const node of part.nodes) {
    visit(node as Nodes, function (child) {
      if (child.type === 'code' || child.type === 'html') return SKIP
      if (child.type !== 'listItem' || child.children.length !== 1) return undefined
      const paragraph = child.children[0]!
      if (paragraph.type !== 'paragraph' || !child.position || !paragraph.position) return undefined
      const content = withoutFinalStop(toString(paragraph).trim())
      if (!bullets.includes(content)) return undefined
      const start = child.position.start.offset!
      const end = paragraph.position.end.offset!
      const quoted = text.slice(start, end).replace(/\s+/g, ' ')
      findings.add(
        start,
        end,
        `Template bullet \`${quoted}\` left in as is: add what this design does (\`${content}: ...\`)`
      )
      return undefined
    })
  }
}

/** The `placeholders` option: literal strings reported wherever they occur in the file. */
function findExtraPlaceholders(model: DocumentModel, placeholders: string[], findings: Findings): void {
  const text = model.source.text
  for (const placeholder of placeholders) {
    for (let index = text.indexOf(placeholder); index !== -1; index = text.indexOf(placeholder, index + placeholder.length)) {
      findings.add(index, index + placeholder.length, `Placeholder \`${placeholder}\` left in: replace it with the real content`)
    }
  }
}

/**
 * The text without one final `.` or `:` and the spaces before it. Plain code:
 * `/\s*[.:]$/` tries every space of a long run as a start (quadratic).
 */
function withoutFinalStop(text: string): string {
  return text.endsWith('.') || text.endsWith(':') ? text.slice(0, -1).trimEnd() : text
}
