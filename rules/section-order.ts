/**
 * `section-order`: the template's sections (H2) come in the template's order.
 * Docs: docs/rules/section-order.md
 */
import type {Section} from '../src/document/model.js'
import type {Fix} from '../src/fix/edits.js'
import {defineRule} from '../src/rule.js'

export default defineRule(
  {
    id: 'section-order',
    description: 'The template sections follow the template order',
    severity: 'warn',
    fixable: true
  },
  {},
  function (model, file) {
    // Sections outside the template have no place in its order, and a
    // repeated title is `no-duplicate-sections`' problem: only the first
    // occurrence of each template section takes part.
    const seen = new Set<string>()
    const sections = model.sections.filter(function (section) {
      if (section.templateIndex === -1 || seen.has(section.heading.text)) return false
      seen.add(section.heading.text)
      return true
    })

    // Keep the most sections that are already in template order and report
    // the others: the fewest moves that put the document in order.
    const inOrder = new Set(longestOrderedSubsequence(sections))
    const kept = sections.filter((section) => inOrder.has(section))

    for (const section of sections) {
      if (inOrder.has(section)) continue
      const previous = kept.filter((other) => other.templateIndex < section.templateIndex).pop()
      const next = kept.find((other) => other.templateIndex > section.templateIndex)
      const where = previous ? `after \`## ${previous.heading.text}\`` : `before \`## ${next!.heading.text}\``
      const message = file.message(`Section \`## ${section.heading.text}\` is out of order: expected it ${where}`, {
        place: section.heading.position
      })
      const fix = moveFix(model.source.text, model.sections, section, previous, next!)
      if (fix) message.fix = fix
    }
  }
)

/** Where a section starts and ends in the text: from its heading to the next H2, or the end. */
function extent(text: string, sections: Section[], section: Section): [number, number] | undefined {
  const start = section.heading.position.start.offset
  const following = sections[sections.indexOf(section) + 1]
  const end = following ? following.heading.position.start.offset : text.length
  return start === undefined || end === undefined ? undefined : [start, end]
}

/**
 * The move of a whole section, as one replacement: the stretch from the
 * section to where it belongs (right after the previous section in order,
 * or before the next one), with the section and what lies between swapped.
 * The text's ending stays at the end of the document.
 */
function moveFix(text: string, sections: Section[], section: Section, previous: Section | undefined, next: Section): Fix | undefined {
  const moved = extent(text, sections, section)
  const anchor = previous ? extent(text, sections, previous) : extent(text, sections, next)
  if (!moved || !anchor) return undefined
  const target = previous ? anchor[1] : anchor[0]
  const [low, high] = target <= moved[0] ? [target, moved[1]] : [moved[0], target]
  const split = target <= moved[0] ? moved[0] : moved[1]
  const first = text.slice(low, split)
  const second = text.slice(split, high)
  if (high < text.length) return {range: [low, high], text: second + first}
  const ending = text.slice(text.trimEnd().length)
  return {range: [low, high], text: second.trimEnd() + '\n\n' + first.trimEnd() + ending}
}

/**
 * A longest subsequence of `sections` with increasing template indexes
 * (quadratic, but there are at most as many as the template has sections).
 * Among equally long ones it keeps the later sections, so a section moved
 * up is the one reported, not everything it jumped over.
 */
function longestOrderedSubsequence(sections: Section[]): Section[] {
  const length: number[] = []
  const previous: number[] = []
  let end = -1
  sections.forEach(function (section, index) {
    length[index] = 1
    previous[index] = -1
    for (let before = 0; before < index; before++) {
      if (sections[before]!.templateIndex < section.templateIndex && length[before]! + 1 >= length[index]!) {
        length[index] = length[before]! + 1
        previous[index] = before
      }
    }
    if (end === -1 || length[index]! >= length[end]!) end = index
  })
  const kept: Section[] = []
  for (let index = end; index !== -1; index = previous[index]!) kept.unshift(sections[index]!)
  return kept
}
