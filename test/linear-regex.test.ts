/**
 * Lines of 200,000 characters in the shapes that made a regex backtrack
 * quadratically (35 to 120 s each before): each rule still gives its exact
 * answer. No time is asserted here (a slow run fails by vitest's timeout);
 * the times are in `npm run bench` (the `long-lines` case).
 */
import {describe, expect, it} from 'vitest'
import ashResource from '../rules/ash-resource.js'
import liveviewComponent from '../rules/liveview-component.js'
import noTemplatePlaceholders from '../rules/no-template-placeholders.js'
import {camelCase, pluralize, snakeCase} from '../src/text/words.js'
import {describeMessages, lint} from './helpers.js'

const length = 200_000
const fence = '```'

/** A message with the long run in it shortened to `…<length>…`. */
function short(lines: string[]): string[] {
  return lines.map((line) => line.replace(/([A-Za-z_ ])\1{99,}/g, (run) => `${run[0]}…${run.length}…`))
}

describe('long lines of the worst shapes', function () {
  it('no-template-placeholders: a bullet with a long run of spaces not ending in `.` or `:` (was /\\s*[.:]$/)', async function () {
    const doc = `## Security Considerations\n- a${' '.repeat(length)}b\n- Rate limiting${' '.repeat(length)}.\n`
    const file = await lint(doc, {plugins: [noTemplatePlaceholders]})
    expect(short(describeMessages(file))).toEqual([
      `3:1-3:${length + 17}: Template bullet \`- Rate limiting .\` left in as is: add what this design does (\`Rate limiting: ...\`) [no-template-placeholders]`
    ])
  })

  it('no-template-placeholders: brackets around a long run of spaces (was /[ \\t]*\\r?\\n[\\s>]*/ in src/document/prose.ts)', async function () {
    const doc = `# Architecture Design Changes\n\nSee [Name${' '.repeat(length)}Here] and [Resource Name].\n`
    const file = await lint(doc, {plugins: [noTemplatePlaceholders]})
    expect(describeMessages(file)).toEqual([
      '3:5-3:200015: Bracketed text `[Name Here]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '3:200020-3:200035: Bracketed text `[Resource Name]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]'
    ])
  })

  it('liveview-component: prose of a long word and no `.heex` (was /[\\w./-]*\\.heex\\b/)', async function () {
    const doc = [
      '# Architecture Design Changes',
      '',
      '## LiveView Components',
      '',
      '### Component: MyAppWeb.BoardLive',
      'a'.repeat(length) + '.hee',
      '',
      fence + 'elixir',
      'defmodule MyAppWeb.BoardLive do',
      '  use MyAppWeb, :live_view',
      '  def mount(_params, _session, socket), do: {:ok, socket}',
      'end',
      fence,
      ''
    ].join('\n')
    const file = await lint(doc, {plugins: [liveviewComponent]})
    expect(describeMessages(file)).toEqual([
      '9:11-9:29: LiveView `MyAppWeb.BoardLive` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection [liveview-component]'
    ])
    const named = await lint(doc.replace('.hee\n', ' board.html.heex\n'), {plugins: [liveviewComponent]})
    expect(describeMessages(named)).toEqual([])
  })

  it('ash-resource: a module name of a long run of capitals (was /([A-Z]+)([A-Z][a-z])/ in src/text/words.ts)', async function () {
    const name = 'MyApp.' + 'A'.repeat(length)
    const file = await lint(resourceDoc(name), {plugins: [ashResource]})
    expect(short(describeMessages(file))).toEqual([
      `8:33-8:54: Resource \`MyApp.A…${length}…\` uses AshPostgres but has no \`postgres\` block: add \`postgres do table "a…${length}…s" end\` (or document the table in a \`Table: a…${length}…s\` subsection) [ash-resource]`
    ])
  })

  it('ash-resource: a module name of a long word ending in `_` (was /^(.*?)([a-z\\d]+)$/ in src/text/words.ts)', async function () {
    const name = 'MyApp.B' + 'b'.repeat(length) + '_'
    const file = await lint(resourceDoc(name), {plugins: [ashResource]})
    expect(short(describeMessages(file))).toEqual([
      `8:33-8:54: Resource \`MyApp.Bb…${length}…_\` uses AshPostgres but has no \`postgres\` block: add \`postgres do table "b…${length + 1}…_s" end\` (or document the table in a \`Table: b…${length + 1}…_s\` subsection) [ash-resource]`
    ])
  })

  it('the name helpers give the same names on short input', function () {
    expect(['TeamMember', 'HTTPRequest', 'ABCDeFGh', 'Item2Go', 'V2'].map(snakeCase)).toEqual(['team_member', 'http_request', 'abc_de_f_gh', 'item2_go', 'v2'])
    expect(['team_member', 'category', 'person', 'box', 'news', 'a_b_', '', 'x-y'].map(pluralize)).toEqual([
      'team_members',
      'categories',
      'people',
      'boxes',
      'news',
      'a_b_s',
      's',
      'x-ys'
    ])
    expect(['archived_by_id', 'archived?', 'a__b', 'a__', '_x', 'a_-b'].map(camelCase)).toEqual(['archivedById', 'archived', 'aB', 'a__', 'X', 'a_-b'])
    expect(camelCase('a' + '_'.repeat(length) + '-')).toBe('a' + '_'.repeat(length) + '-')
  })
})

function resourceDoc(module: string): string {
  return [
    '# Architecture Design Changes',
    '',
    '## Ash Resources',
    '',
    `### Resource: ${module}`,
    fence + 'elixir',
    `defmodule ${module} do`,
    '  use Ash.Resource, data_layer: AshPostgres.DataLayer',
    'end',
    fence,
    ''
  ].join('\n')
}
