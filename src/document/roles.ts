/**
 * Section roles: what each section of a template is for. The stages and rules
 * find a section by its role, so a team that retitles "Ash Resources" to
 * "Domain Model" keeps every check of that section.
 *
 * A section without a `role` in the config gets one inferred, in this order:
 * 1. the default template's section of exactly that title;
 * 2. its subsection forms: a form the default template gives one section
 *    (`Resource: {module}` → resources), or a REST or GraphQL subsection
 *    (→ api);
 * 3. a word of its title that names one default section alone (`Security`,
 *    `Performance`, `Overview`).
 * Each role belongs to one section: a role already given or inferred is not
 * inferred again. A section none of these places has no role and gets only
 * the structural rules (`rolelessSections` lists them for a warning).
 */
import type {SectionRole, SubsectionForm, SubsectionRole, TemplateSection} from './template.js'

/** The default template's titles, forms and distinctive words, by role (kept in step with `defaultSections`). */
const defaultTitles: Readonly<Record<string, SectionRole>> = {
  'Story Reference': 'story',
  'Architecture Overview': 'overview',
  'Ash Resources': 'resources',
  'Phoenix Contexts': 'contexts',
  'LiveView Components': 'components',
  'Database Schema': 'tables',
  'API Design': 'api',
  'Security Considerations': 'security',
  'Performance Considerations': 'performance'
}

const defaultForms: Readonly<Record<string, SectionRole>> = {
  'Resource: {module}': 'resources',
  'Context Module: {module}': 'contexts',
  'Component: {module}': 'components',
  'Table: {snake}': 'tables'
}

const distinctiveWords: Readonly<Record<string, SectionRole>> = {
  security: 'security',
  performance: 'performance',
  overview: 'overview'
}

const defaultSubsectionHeadings: Readonly<Record<string, SubsectionRole>> = {
  'REST Endpoints': 'rest',
  'GraphQL Schema': 'graphql'
}

/** The role of a subsection form: given; else the default heading; else a word of it (`REST`, `GraphQL`) or its GraphQL language. */
export function subsectionRole(form: SubsectionForm): SubsectionRole | undefined {
  if (form.role) return form.role
  const byHeading = defaultSubsectionHeadings[form.heading]
  if (byHeading) return byHeading
  const words = new Set(form.heading.toLowerCase().split(/[^a-z]+/))
  if (words.has('rest')) return 'rest'
  if (words.has('graphql') || form.language === 'graphql') return 'graphql'
  return undefined
}

/** Copies of the sections with every role settled (sections and their subsection forms). */
export function withRoles(sections: readonly TemplateSection[]): TemplateSection[] {
  const settled: TemplateSection[] = sections.map((section) => ({
    ...section,
    subsections: section.subsections?.map((form) => {
      const role = subsectionRole(form)
      return role ? {...form, role} : form
    })
  }))
  const taken = new Set<SectionRole>(settled.flatMap((section) => (section.role ? [section.role] : [])))
  const inferences: Array<(section: TemplateSection) => SectionRole | undefined> = [
    (section) => defaultTitles[section.title],
    roleFromForms,
    (section) => section.title.toLowerCase().split(/[^a-z]+/).map((word) => distinctiveWords[word]).find(Boolean)
  ]
  for (const infer of inferences) {
    for (const section of settled) {
      if (section.role) continue
      const role = infer(section)
      if (role && !taken.has(role)) {
        section.role = role
        taken.add(role)
      }
    }
  }
  return settled
}

function roleFromForms(section: TemplateSection): SectionRole | undefined {
  for (const form of section.subsections ?? []) {
    const role = defaultForms[form.heading]
    if (role) return role
    if (form.role) return 'api'
  }
  return undefined
}

/** The titles of the sections that have no role (they get only the structural rules). */
export function rolelessSections(sections: readonly TemplateSection[]): string[] {
  return sections.filter((section) => !section.role).map((section) => section.title)
}
