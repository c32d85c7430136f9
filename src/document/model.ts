/**
 * The document model: built once per file from the Markdown tree, cached on
 * `file.data.archdoc`, read by every rule.
 *
 * It holds what the template talks about (title, sections, subsections, code
 * blocks with their position maps); the code-parsing stage adds parsed code
 * to the blocks, and later stages add what the code says, each declaring its
 * own field on `DocumentModel` or `CodeBlock`.
 */
import type {Code, Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {BlockMap, SourceText, type Place} from './positions.js'
import {SectionMatcher, type SectionMatch} from './headings.js'
import {compileForm, type CompiledForm, type SectionRole, type Template, type TemplateSection} from './template.js'

export interface HeadingInfo {
  node: Heading
  /** The heading's text content, trimmed. */
  text: string
  position: Place
}

export interface Subsection {
  heading: HeadingInfo
  section: Section
  /** Nodes after the H3, up to the next H3 or H2. */
  content: RootContent[]
  blocks: CodeBlock[]
  /** The template form this heading matches, if any. */
  form?: CompiledForm
  /** The name the heading gives (`MyApp.Teams.Invitation`, `invitations`). */
  name?: string
}

export interface Section {
  heading: HeadingInfo
  /** Nodes after the H2, before its first H3. */
  content: RootContent[]
  subsections: Subsection[]
  /** All blocks of the section, its subsections' included, in order. */
  blocks: CodeBlock[]
  /** The template's section of the same title, if any. */
  template?: TemplateSection
  /** What the section is for (its template section's role), if it has one. */
  role?: SectionRole
  /** Position in the template's order, or -1. */
  templateIndex: number
  /**
   * Set when the heading is a near miss of its template section (a typo, a
   * number, the wrong level: `headings.ts`): how it should read.
   */
  expectedHeading?: string
}

export interface CodeBlock {
  node: Code
  /** Canonical language (`elixir`, `sql`, `graphql`), else the info string lower-cased, else undefined. */
  language: string | undefined
  /** The info string as written. */
  rawLanguage: string | undefined
  meta: string | undefined
  /** The block's exact content. */
  value: string
  position: Place
  section?: Section
  subsection?: Subsection
  /** Maps block-relative positions to the Markdown file. */
  map: BlockMap
  // The code-parsing stage adds `code` (src/code/types.ts).
}

export interface DocumentModel {
  tree: Root
  template: Template
  source: SourceText
  /** All top-level H1 headings, in order. */
  titles: HeadingInfo[]
  /** Top-level nodes before the first H2 (the title included). */
  preamble: RootContent[]
  sections: Section[]
  /** Every code block of the document (nested ones included), in order. */
  blocks: CodeBlock[]
  // Each later stage adds what it reads to this interface by declaration
  // merging, in its own file (`ash` in src/ash/model.ts, `sql` in
  // src/sql/tables.ts, …), so this layer never names the layers above it.
}

export function headingInfo(node: Heading): HeadingInfo {
  return {node, text: toString(node).trim(), position: placeOf(node)}
}

export function placeOf(node: {position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}}): Place {
  const position = node.position
  if (!position) return {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  return {start: {...position.start}, end: {...position.end}}
}


export function buildDocumentModel(tree: Root, file: VFile, template: Template): DocumentModel {
  const source = new SourceText(String(file.value ?? ''))
  const model: DocumentModel = {
    tree,
    template,
    source,
    titles: [],
    preamble: [],
    sections: [],
    blocks: []
  }

  let section: Section | undefined
  let subsection: Subsection | undefined
  const matcher = new SectionMatcher(
    template,
    tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [headingInfo(node).text] : []))
  )
  const startSection = function (heading: HeadingInfo, match: SectionMatch | undefined): void {
    section = {
      heading,
      content: [],
      subsections: [],
      blocks: [],
      template: match?.section,
      role: match?.section.role,
      templateIndex: match?.index ?? -1,
      ...(match?.expected ? {expectedHeading: match.expected} : {})
    }
    subsection = undefined
    model.sections.push(section)
  }

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) model.titles.push(headingInfo(node))

    if (node.type === 'heading' && node.depth === 2) {
      const heading = headingInfo(node)
      startSection(heading, matcher.matchSection(heading.text))
      continue
    }

    if (node.type === 'heading' && node.depth === 3) {
      const heading = headingInfo(node)
      const match = matchForm(section, heading.text)
      // A section's title one level too deep (`### Database Schema`) is that
      // section, not a subsection of the one above it.
      const deep = match ? undefined : matcher.matchDeepSection(heading.text)
      if (deep) {
        startSection(heading, deep)
        continue
      }
      if (!section) {
        model.preamble.push(node)
        continue
      }
      subsection = {heading, section, content: [], blocks: []}
      if (match) {
        subsection.form = match.form
        subsection.name = match.name
      }
      section.subsections.push(subsection)
      continue
    }

    if (subsection) subsection.content.push(node)
    else if (section) section.content.push(node)
    else model.preamble.push(node)

    collectBlocks(node, function (code) {
      const block = createBlock(code, source, template)
      block.section = section
      block.subsection = subsection
      model.blocks.push(block)
      section?.blocks.push(block)
      subsection?.blocks.push(block)
    })
  }

  return model
}

/** The subsection form of the section that a heading matches, with the name it gives. */
function matchForm(section: Section | undefined, text: string): {form: CompiledForm; name: string | undefined} | undefined {
  for (const form of section?.template?.subsections ?? []) {
    const compiled = compileForm(form)
    const match = compiled.match(text)
    if (match) return {form: compiled, name: match.name}
  }
  return undefined
}

function createBlock(node: Code, source: SourceText, template: Template): CodeBlock {
  const rawLanguage = node.lang ?? undefined
  const lower = rawLanguage?.toLowerCase()
  return {
    node,
    language: lower === undefined ? undefined : (template.languageAliases[lower] ?? lower),
    rawLanguage,
    meta: node.meta ?? undefined,
    value: node.value,
    position: placeOf(node),
    map: new BlockMap(node, source)
  }
}

/** Visit code nodes in document order, without recursion limits on breadth. */
function collectBlocks(node: RootContent, visit: (code: Code) => void): void {
  const stack: RootContent[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'code') {
      visit(current)
      continue
    }
    if ('children' in current) {
      const children = current.children as RootContent[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
}

/** The (first) section of a given role, if the doc has it. */
export function findSection(model: DocumentModel, role: SectionRole): Section | undefined {
  return model.sections.find((section) => section.role === role)
}
