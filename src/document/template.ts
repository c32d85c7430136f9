/**
 * The team's design-doc template, as data.
 *
 * A preset cannot take options (unified-engine drops them), so the template is
 * given as the options of the document-model plugin
 * (`["archdoc-lint/document", {"sections": [...]}]`) and every rule reads it
 * through the model. Users change the template without writing code.
 */
import {withRoles} from './roles.js'

/** Canonical languages that archdoc-lint understands. */
export type CodeLanguage = 'elixir' | 'sql' | 'graphql'

/**
 * What a section is for: the stages and rules find a section by its role,
 * never by its title, so a team can retitle any section of its template.
 */
export type SectionRole = 'story' | 'overview' | 'resources' | 'contexts' | 'components' | 'tables' | 'api' | 'security' | 'performance'

export const sectionRoles: readonly SectionRole[] = ['story', 'overview', 'resources', 'contexts', 'components', 'tables', 'api', 'security', 'performance']

/** What a subsection form of the `api` section is for. */
export type SubsectionRole = 'rest' | 'graphql'

export const subsectionRoles: readonly SubsectionRole[] = ['rest', 'graphql']

/** One allowed form of an H3 heading inside a section. */
export interface SubsectionForm {
  /**
   * The heading's form. `{module}` stands for an Elixir module name
   * (`MyAppWeb.InvitationLive.Index`), `{snake}` for a snake_case name
   * (`team_invitations`); everything else is literal.
   */
  heading: string
  /** The language of the fenced block the subsection must contain, if any. */
  language?: CodeLanguage
  /** What the subsection is for; inferred when absent (`roles.ts`). */
  role?: SubsectionRole
}

export interface TemplateSection {
  /** The H2 text, exactly. */
  title: string
  /** Whether `required-sections` reports the section when it is missing. */
  required?: boolean
  /** The allowed H3 forms; absent means any H3 is allowed. */
  subsections?: SubsectionForm[]
  /** What the section is for; inferred when absent (`roles.ts`). */
  role?: SectionRole
  /** What to write in the section: `--fix` inserts a missing section with it as an HTML comment. */
  guidance?: string
}

export interface TemplateOptions {
  /** Ordered H2 sections. */
  sections?: TemplateSection[]
  /** Extra language aliases (`{"ex": "elixir"}`), merged over the defaults. */
  languageAliases?: Record<string, string>
  /** Section headings carry a number (`## 1. Story Reference`): accepted as exact. */
  numberedHeadings?: boolean
}

export interface Template {
  sections: TemplateSection[]
  languageAliases: Record<string, string>
  numberedHeadings: boolean
}

export const defaultSections: TemplateSection[] = [
  {
    title: 'Story Reference',
    required: true,
    role: 'story',
    guidance: "The story this design is for, as its reference: six digits, a hyphen, the story's name in PascalCase."
  },
  {
    title: 'Architecture Overview',
    required: true,
    role: 'overview',
    guidance: 'A high-level description of the architecture: what changes, and how the parts work together.'
  },
  {
    title: 'Ash Resources',
    required: true,
    guidance: 'One `### Resource: <module>` subsection per Ash resource, with its definition in an `elixir` block.',
    role: 'resources',
    subsections: [{heading: 'Resource: {module}', language: 'elixir'}]
  },
  {
    title: 'Phoenix Contexts',
    required: true,
    guidance: 'One `### Context Module: <module>` subsection per context, with its module in an `elixir` block.',
    role: 'contexts',
    subsections: [{heading: 'Context Module: {module}', language: 'elixir'}]
  },
  {
    title: 'LiveView Components',
    required: true,
    guidance: 'One `### Component: <module>` subsection per LiveView or component, with its module in an `elixir` block.',
    role: 'components',
    subsections: [{heading: 'Component: {module}', language: 'elixir'}]
  },
  {
    title: 'Database Schema',
    required: true,
    guidance: 'One `### Table: <name>` subsection per table, with its `CREATE TABLE` in a `sql` block.',
    role: 'tables',
    subsections: [{heading: 'Table: {snake}', language: 'sql'}]
  },
  {
    title: 'API Design',
    required: true,
    guidance: 'A `### REST Endpoints` subsection listing each endpoint, and a `### GraphQL Schema` subsection with a `graphql` block.',
    role: 'api',
    subsections: [
      {heading: 'REST Endpoints', role: 'rest'},
      {heading: 'GraphQL Schema', language: 'graphql', role: 'graphql'}
    ]
  },
  {
    title: 'Security Considerations',
    required: true,
    role: 'security',
    guidance: 'How the design handles authentication, authorization policies, data validation and rate limiting.'
  },
  {
    title: 'Performance Considerations',
    required: true,
    role: 'performance',
    guidance: 'How the design handles query optimization, caching, background jobs and real-time updates.'
  }
]

/** Info strings that mean one of the canonical languages. */
export const defaultLanguageAliases: Record<string, CodeLanguage> = {
  elixir: 'elixir',
  ex: 'elixir',
  exs: 'elixir',
  sql: 'sql',
  postgresql: 'sql',
  postgres: 'sql',
  pgsql: 'sql',
  graphql: 'graphql',
  gql: 'graphql'
}

/** The template a config gives, every section's role settled (given or inferred, `roles.ts`). */
export function resolveTemplate(options: TemplateOptions | undefined): Template {
  return {
    sections: options?.sections ? withRoles(options.sections) : defaultSections,
    languageAliases: {...defaultLanguageAliases, ...options?.languageAliases},
    numberedHeadings: options?.numberedHeadings === true
  }
}

const modulePattern = '[A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*'
const snakePattern = '[a-z][a-z0-9_]*'

/** A compiled subsection form: matches a heading and captures its name. */
export interface CompiledForm {
  form: SubsectionForm
  /** The literal part before the name (`Resource: `), for messages. */
  expected: string
  match(text: string): {name: string | undefined} | undefined
}

const compiledCache = new WeakMap<SubsectionForm, CompiledForm>()

export function compileForm(form: SubsectionForm): CompiledForm {
  let compiled = compiledCache.get(form)
  if (compiled) return compiled
  let hasName = false
  const source = form.heading
    .split(/(\{module\}|\{snake\})/)
    .map(function (part) {
      if (part === '{module}') {
        hasName = true
        return '(' + modulePattern + ')'
      }
      if (part === '{snake}') {
        hasName = true
        return '(' + snakePattern + ')'
      }
      return part.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
    })
    .join('')
  const regex = new RegExp('^' + source + '$')
  compiled = {
    form,
    expected: form.heading.replace('{module}', 'Name').replace('{snake}', 'name'),
    match(text) {
      const result = regex.exec(text)
      if (!result) return undefined
      return {name: hasName ? result[1] : undefined}
    }
  }
  compiledCache.set(form, compiled)
  return compiled
}
