/**
 * `no-duplicate-sections`: no H2 title twice, no H3 title twice in one section.
 * Docs: docs/rules/no-duplicate-sections.md
 */
import type {HeadingInfo} from '../src/document/model.js'
import {defineRule, reportWithRelated} from '../src/rule.js'

export default defineRule(
  {
    id: 'no-duplicate-sections',
    description: 'No section title appears twice, no subsection title twice in a section',
    severity: 'error'
  },
  {},
  function (model, file) {
    const sections = new Map<string, HeadingInfo>()
    for (const section of model.sections) {
      const heading = section.heading
      const first = sections.get(heading.text)
      if (first) {
        reportWithRelated(file, `Duplicate section \`## ${heading.text}\`: already above`, heading.position, [
          {place: first.position, message: `first \`## ${heading.text}\` here`}
        ])
      } else {
        sections.set(heading.text, heading)
      }

      const subsections = new Map<string, HeadingInfo>()
      for (const subsection of section.subsections) {
        const heading = subsection.heading
        const first = subsections.get(heading.text)
        if (first) {
          reportWithRelated(
            file,
            `Duplicate subsection \`### ${heading.text}\` in \`## ${section.heading.text}\`: already above`,
            heading.position,
            [{place: first.position, message: `first \`### ${heading.text}\` here`}]
          )
        } else {
          subsections.set(heading.text, heading)
        }
      }
    }
  }
)
