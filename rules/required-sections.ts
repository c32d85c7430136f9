/**
 * `required-sections`: every required H2 of the template is present.
 * Docs: docs/rules/required-sections.md
 */
import type {Point} from '../src/document/positions.js'
import type {TemplateSection} from '../src/document/template.js'
import {defineRule, messageWithNote} from '../src/rule.js'

export default defineRule(
  {
    id: 'required-sections',
    description: 'Every required section of the template is present',
    severity: 'error',
    fixable: true
  },
  {},
  function (model, file) {
    // A near-miss heading (`## Phoenix Context`) is its section: `section-heading` speaks of it.
    const present = new Set(model.sections.flatMap((section) => (section.template ? [section.template.title] : [])))
    const sections = model.template.sections

    sections.forEach(function (templateSection, index) {
      if (!templateSection.required || present.has(templateSection.title)) return

      // The section belongs after the nearest earlier template section the
      // doc has; the message points where it should be inserted.
      let previous: string | undefined
      for (let earlier = index - 1; earlier >= 0; earlier--) {
        if (present.has(sections[earlier]!.title)) {
          previous = sections[earlier]!.title
          break
        }
      }
      const after = previous === undefined ? undefined : model.sections.find((section) => section.template?.title === previous)
      const where = after
        ? `after \`## ${previous}\``
        : model.titles[0]
          ? 'after the title'
          : 'at the start of the document'
      const point = insertionPoint(model, after?.heading.position.start.line)
      const message = messageWithNote(file, `Missing section \`## ${templateSection.title}\``, `expected ${where}`, {
        place: {start: point, end: point}
      }, ', ')
      if (point.offset !== undefined) {
        message.fix = {range: [point.offset, point.offset], text: sectionText(model.source.text, point.offset, templateSection)}
      }
    })
  }
)

/**
 * The missing section as inserted: its heading and the template's guidance
 * as an HTML comment (the heading alone without guidance), separated from
 * what comes before and after by a blank line.
 */
function sectionText(text: string, offset: number, section: TemplateSection): string {
  // `--` cannot stand inside an HTML comment.
  const guidance = section.guidance?.trim().replace(/-(?=-)/g, '- ').replace(/\s+/g, ' ')
  const body = `## ${section.title}\n` + (guidance ? `\n<!-- ${guidance} -->\n` : '')
  if (offset < text.length) return body + '\n'
  // At the end of the document: a blank line before, one newline after.
  const before = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n'
  return before + body
}

/** The start of the next H2 after the given line (or the end of the document). */
function insertionPoint(
  model: import('../src/document/model.js').DocumentModel,
  afterLine: number | undefined
): Point {
  const next = model.sections.find((section) =>
    afterLine === undefined ? true : section.heading.position.start.line > afterLine
  )
  if (next) return {...next.heading.position.start}
  const end = model.tree.position?.end
  return end ? {line: end.line, column: end.column, offset: end.offset} : {line: 1, column: 1}
}
