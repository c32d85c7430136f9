/**
 * Sections are found by their role, never by their title: a team that
 * retitles its template's sections keeps every check of them, whether the
 * roles are inferred (default title, subsection forms, distinctive word) or
 * given (`role`).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultSections, resolveTemplate, type TemplateSection} from '../src/document/template.js'
import {root, runCli, workspaces} from './helpers.js'

const {workspace} = workspaces('roles')

/** fixtures/valid/006310-TeamRoster.md with one defect in every section that has checks of its content. */
function docWithDefects(): string {
  const defects: Array<[string, string]> = [
    // resources: an unknown type (ash-attribute)
    ['attribute :team_id, :uuid, allow_nil?: false', 'attribute :team_id, :uuidd, allow_nil?: false'],
    // contexts: the module is not the heading's (phoenix-context)
    ['defmodule MyApp.Teams.Notifications do', 'defmodule MyApp.Teams.Notifier do'],
    // components: an atom event name (liveview-component)
    ['def handle_event("change", %{"role" => role}, socket)', 'def handle_event(:change, %{"role" => role}, socket)'],
    // tables: a column type that does not fit its attribute (consistency-ash-sql)
    ["role TEXT NOT NULL DEFAULT 'member'", "role INTEGER NOT NULL DEFAULT 0"],
    // api, REST: an unknown method (rest-endpoints); GraphQL: a wrong field type (consistency-ash-graphql)
    ['`PATCH /api/memberships/:id`', '`PATCHH /api/memberships/:id`'],
    ['  id: ID!\n  role:', '  id: Int!\n  role:'],
    // security and performance: a template bullet left in (no-template-placeholders)
    ['- Removing a member deletes', '- Rate limiting\n- Removing a member deletes'],
    ['- Role changes update a single row', '- Caching strategy\n- Role changes update a single row']
  ]
  let text = readFileSync(path.join(root, 'fixtures/valid/006310-TeamRoster.md'), 'utf8')
  for (const [from, to] of defects) {
    expect(text).toContain(from)
    text = text.replace(from, to)
  }
  return text
}

/** The doc and the template with the sections retitled (Story Reference kept). */
function retitled(titles: Record<string, string>, roles: boolean): {doc: string; sections: TemplateSection[]} {
  let doc = docWithDefects()
  for (const [from, to] of Object.entries(titles)) doc = doc.replace(`\n## ${from}\n`, `\n## ${to}\n`)
  const sections = defaultSections.map(function (section) {
    const {role, ...rest} = section
    const title = titles[section.title] ?? section.title
    const subsections = rest.subsections?.map(({role: _role, ...form}) => form)
    return {...rest, title, ...(subsections ? {subsections} : {}), ...(roles ? {role} : {})}
  })
  return {doc, sections}
}

interface JsonMessage {
  line: number
  column: number
  reason: string
  ruleId: string
}

function lintWith(doc: string, sections?: TemplateSection[]) {
  const plugins: unknown[] = ['archdoc-lint']
  if (sections) plugins.push(['archdoc-lint/document', {sections}])
  const folder = workspace({
    'docs/006310-TeamRoster.md': doc,
    '.remarkrc.json': JSON.stringify({plugins})
  })
  const result = runCli(['--format', 'json', 'docs'], {cwd: folder})
  const files = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
  return {
    stderr: result.stderr,
    messages: files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column}: ${message.reason} [${message.ruleId}]`))
  }
}

const inferable: Record<string, string> = {
  'Architecture Overview': 'System Overview',
  'Ash Resources': 'Domain Model',
  'Phoenix Contexts': 'Domains and Modules',
  'LiveView Components': 'User Interface',
  'Database Schema': 'Data Storage',
  'API Design': 'Interfaces',
  'Security Considerations': 'Security',
  'Performance Considerations': 'Performance and Scale'
}

const opaque: Record<string, string> = Object.fromEntries(Object.keys(inferable).map((title, index) => [title, `Part ${index + 2}`]))

describe('sections by role', function () {
  it('infers the roles of retitled sections: default title, subsection forms, distinctive word', function () {
    const {sections} = retitled(inferable, false)
    expect(resolveTemplate({sections}).sections.map((section) => [section.title, section.role])).toEqual([
      ['Story Reference', 'story'],
      ['System Overview', 'overview'],
      ['Domain Model', 'resources'],
      ['Domains and Modules', 'contexts'],
      ['User Interface', 'components'],
      ['Data Storage', 'tables'],
      ['Interfaces', 'api'],
      ['Security', 'security'],
      ['Performance and Scale', 'performance']
    ])
  })

  it('gives the same messages, at the same places, for a retitled template with inferred roles', {timeout: 60_000}, function () {
    const expected = lintWith(docWithDefects())
    expect(expected.messages).toHaveLength(8)
    expect(new Set(expected.messages.map((message) => message.replace(/.*\[/, '')))).toEqual(
      new Set(['ash-attribute]', 'phoenix-context]', 'liveview-component]', 'consistency-ash-sql]', 'rest-endpoints]', 'consistency-ash-graphql]', 'no-template-placeholders]'])
    )
    const {doc, sections} = retitled(inferable, false)
    const actual = lintWith(doc, sections)
    expect(actual.messages).toEqual(expected.messages)
    expect(actual.stderr).toBe('')
  })

  it('gives the same messages for titles from which nothing can be inferred, given explicit roles', {timeout: 60_000}, function () {
    const expected = lintWith(docWithDefects())
    const {doc, sections} = retitled(opaque, true)
    expect(lintWith(doc, sections).messages).toEqual(expected.messages)
  })

  it('warns once on stderr which sections have no role (only the structural rules check them)', {timeout: 60_000}, function () {
    const {doc, sections} = retitled(opaque, false)
    const result = lintWith(doc, sections)
    expect(result.stderr).toBe(
      'archdoc-lint: warning: .remarkrc.json: sections with no role get only the structural checks: `Part 2`, `Part 8` and `Part 9` (give each a `role`, see the README)\n'
    )
    expect(result.messages.some((message) => message.includes('[no-template-placeholders]'))).toBe(false)
  })
})
