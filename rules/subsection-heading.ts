/**
 * `subsection-heading`: in a section whose template lists subsection forms,
 * every H3 has one of those forms.
 * Docs: docs/rules/subsection-heading.md
 */
import {compileForm, type SubsectionForm} from '../src/document/template.js'
import {defineRule} from '../src/rule.js'
import {joinWords} from '../src/text/words.js'

export default defineRule(
  {
    id: 'subsection-heading',
    description: 'Subsection headings have a form the template allows in their section',
    severity: 'error',
    fixable: true
  },
  {},
  function (model, file) {
    for (const section of model.sections) {
      const forms = section.template?.subsections
      if (!forms) continue
      for (const subsection of section.subsections) {
        if (subsection.form) continue
        const nearMiss = nearMissHeading(subsection.heading.text, forms)
        if (nearMiss !== undefined) {
          const {start, end} = subsection.heading.position
          const expected = '### ' + nearMiss
          const message = file.message(`Subsection heading \`### ${subsection.heading.text}\` should read \`${expected}\``, {
            place: subsection.heading.position
          })
          message.expected = [expected]
          if (start.offset !== undefined && end.offset !== undefined) message.fix = {range: [start.offset, end.offset], text: expected}
          continue
        }
        const reason = headingProblem(subsection.heading.text, section.heading.text, forms)
        if (reason) file.message(reason, {place: subsection.heading.position})
      }
    }
  }
)

/** Letters and digits only, lowercase, one space between words: what a near miss keeps of the form's literal text. */
function loose(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
}

/**
 * The heading a near miss should read: the form's literal text written with
 * other case or punctuation (`Resource MyApp.X`, `resource - MyApp.X`,
 * `Rest endpoints`) around a well-formed name. Only when exactly one form
 * fits: anything else has no single right heading.
 */
function nearMissHeading(text: string, forms: SubsectionForm[]): string | undefined {
  const fits = new Set<string>()
  for (const form of forms) {
    const parts = /^(.*?)\{(module|snake)\}(.*)$/s.exec(form.heading)
    if (!parts) {
      if (loose(text) !== '' && loose(text) === loose(form.heading)) fits.add(form.heading)
      continue
    }
    const [, before, kind, after] = parts as unknown as [string, string, string, string]
    // The name is the heading's last word, after the form's literal text.
    if (after.trim() !== '' || loose(before) === '') continue
    const name = /\s(\S+)$/.exec(text)?.[1]
    if (name === undefined) continue
    const namePattern = kind === 'module' ? /^[A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*$/ : /^[a-z][a-z0-9_]*$/
    if (!namePattern.test(name) || loose(text.slice(0, text.length - name.length)) !== loose(before)) continue
    fits.add(before + name + after)
  }
  return fits.size === 1 ? [...fits][0] : undefined
}

/** What is wrong with a heading that matches none of the forms; undefined to leave it alone. */
function headingProblem(text: string, sectionTitle: string, forms: SubsectionForm[]): string | undefined {
  const unexpected = `Unexpected subsection \`### ${text}\` in \`## ${sectionTitle}\``
  if (forms.length === 0) return `${unexpected}: the template allows no subsections there`

  // A heading with a form's literal text around a wrong name: say precisely
  // what is wrong with the name.
  for (const form of forms) {
    const parts = /^(.*?)\{(module|snake)\}(.*)$/s.exec(form.heading)
    if (!parts || /\{(?:module|snake)\}/.test(parts[3]!)) continue
    const [, before, kind, after] = parts as unknown as [string, string, string, string]
    if (text === (before + after).trim()) return `\`${text}\` has no name: expected \`${compileForm(form).expected}\``
    if (!text.startsWith(before) || !text.endsWith(after) || text.length < before.length + after.length) continue
    const name = text.slice(before.length, text.length - after.length)
    // The template's own placeholder (`Resource: [ResourceName]`) is
    // `no-template-placeholders`' to report.
    if (/^\[.*\]$/s.test(name)) return undefined
    if (kind === 'module') {
      return `\`${text}\` is not an Elixir module name: ${moduleNameProblem(name)} (expected PascalCase segments like \`MyApp.Teams.Invitation\`)`
    }
    const noun = before.replace(/[^A-Za-z ]/g, '').trim().toLowerCase()
    return `\`${text}\` is not a snake_case ${noun ? noun + ' ' : ''}name: ${snakeNameProblem(name)} (expected lowercase words joined by \`_\`, like \`team_invitations\`)`
  }

  return `${unexpected}: expected ${listOf(forms)}`
}

function moduleNameProblem(name: string): string {
  for (const segment of name.split('.')) {
    if (segment === '') return 'it has an empty segment'
    if (!/^[A-Z]/.test(segment)) return `\`${segment}\` does not start with an uppercase letter`
    const bad = /[^A-Za-z0-9_]/.exec(segment)
    if (bad) return `\`${segment}\` contains ${describeCharacter(bad[0])}`
  }
  return 'it is malformed'
}

function snakeNameProblem(name: string): string {
  if (/[A-Z]/.test(name)) return 'it has uppercase letters'
  if (!/^[a-z]/.test(name)) return 'it does not start with a lowercase letter'
  const bad = /[^a-z0-9_]/.exec(name)
  if (bad) return `it contains ${describeCharacter(bad[0])}`
  return 'it is malformed'
}

function describeCharacter(character: string): string {
  return /\s/.test(character) ? 'a space' : '`' + character + '`'
}

/** `` `A` ``, `` `A` or `B` ``, `` `A`, `B` or `C` ``. */
function listOf(forms: SubsectionForm[]): string {
  const names = forms.map((form) => '`' + compileForm(form).expected + '`')
  return joinWords(names, 'or')
}
