/** Checks the document plugin's options (the template) with a clear message. */
import {sectionRoles, subsectionRoles, type TemplateOptions} from './template.js'

const languages = new Set(['elixir', 'sql', 'graphql'])

export function validateDocumentOptions(options: TemplateOptions | undefined): void {
  if (options === undefined) return
  const where = 'archdoc-lint/document'
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${where}: options must be an object with \`sections\``)
  }
  for (const key of Object.keys(options)) {
    if (key !== 'sections' && key !== 'languageAliases' && key !== 'numberedHeadings') {
      throw new Error(`${where}: unknown option \`${key}\` (expected \`sections\`, \`languageAliases\` or \`numberedHeadings\`)`)
    }
  }
  if (options.numberedHeadings !== undefined && typeof options.numberedHeadings !== 'boolean') {
    throw new Error(`${where}: \`numberedHeadings\` must be true or false`)
  }
  if (options.sections !== undefined) {
    if (!Array.isArray(options.sections)) throw new Error(`${where}: \`sections\` must be an array`)
    const roleOwners = new Map<string, string>()
    options.sections.forEach(function (section, index) {
      if (!section || typeof section.title !== 'string' || section.title === '') {
        throw new Error(`${where}: \`sections[${index}].title\` must be a non-empty string`)
      }
      if (section.role !== undefined) {
        if (!(sectionRoles as readonly unknown[]).includes(section.role)) {
          throw new Error(`${where}: section \`${section.title}\` has unknown role \`${String(section.role)}\` (expected ${sectionRoles.join(', ')})`)
        }
        const owner = roleOwners.get(section.role)
        if (owner !== undefined) throw new Error(`${where}: sections \`${owner}\` and \`${section.title}\` both have the role \`${section.role}\``)
        roleOwners.set(section.role, section.title)
      }
      if (section.guidance !== undefined && typeof section.guidance !== 'string') {
        throw new Error(`${where}: \`sections[${index}].guidance\` must be a string`)
      }
      if (section.subsections !== undefined && !Array.isArray(section.subsections)) {
        throw new Error(`${where}: \`sections[${index}].subsections\` must be an array`)
      }
      for (const form of section.subsections ?? []) {
        if (!form || typeof form.heading !== 'string') {
          throw new Error(`${where}: every subsection of \`${section.title}\` needs a \`heading\` string`)
        }
        if (form.role !== undefined && !(subsectionRoles as readonly unknown[]).includes(form.role)) {
          throw new Error(`${where}: subsection \`${form.heading}\` has unknown role \`${String(form.role)}\` (expected ${subsectionRoles.join(' or ')})`)
        }
        if (form.language !== undefined && !languages.has(form.language)) {
          throw new Error(`${where}: subsection \`${form.heading}\` has unknown language \`${form.language}\` (expected elixir, sql or graphql)`)
        }
      }
    })
  }
  if (options.languageAliases !== undefined) {
    for (const [alias, language] of Object.entries(options.languageAliases)) {
      if (!languages.has(language)) {
        throw new Error(`${where}: language alias \`${alias}\` maps to unknown language \`${language}\``)
      }
    }
  }
}
