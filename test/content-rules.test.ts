/**
 * The content rules (story-reference, no-template-placeholders) on full
 * design docs with the whole preset, on the edge cases their docs do not
 * show, and through the CLI on the team template itself.
 *
 * Every fixture in fixtures/invalid/<rule-id>/ is a valid doc
 * (fixtures/valid/003150-ProjectArchiving.md) with one kind of problem added.
 * The fixture tests assert every message of these two rules, so a leftover
 * reported twice (by both rules) or not at all fails them; other rules'
 * messages are theirs to assert.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import noTemplatePlaceholders from '../rules/no-template-placeholders.js'
import storyReference from '../rules/story-reference.js'
import {placeholderComments} from '../src/code/placeholder.js'
import {templatePlaceholders} from '../src/document/placeholders.js'
import {describeMessages, lint, lintFixture, runCli} from './helpers.js'

const contentRuleIds = ['story-reference', 'no-template-placeholders']

/** The messages of the content rules only, `line:col-line:col: reason [rule-id]`. */
function contentMessages(file: VFile): string[] {
  return describeMessages(file).filter((line) => contentRuleIds.some((id) => line.endsWith(`[${id}]`)))
}

const fixtures: Record<string, Record<string, string[]>> = {
  'story-reference': {
    'five-digits.md': ['4:1-4:23: expected 6 digits, found 5 in `03150-ProjectArchiving` [story-reference]'],
    // The link text is read; the URL (`.../browse/003150`) is not a reference.
    'underscore-in-link.md': [
      '4:2-4:25: expected a hyphen after the number in `003150_ProjectArchiving` [story-reference]'
    ],
    'lowercase-name.md': [
      '4:2-4:25: name must start with an uppercase letter in `003150-projectArchiving` [story-reference]'
    ],
    'two-references.md': ['4:42-4:64: found 2 story references, expected 1 [story-reference]'],
    'no-reference.md': ['3:1-3:19: no story reference found: expected `NNNNNN-StoryName` [story-reference]'],
    // Reported once, by story-reference: no-template-placeholders leaves it.
    'template-placeholder.md': [
      '4:2-4:18: story reference is the template placeholder `NNNNNN-StoryName` [story-reference]'
    ],
    // Clean with the default options; see the matchFileName test below.
    'file-name.md': []
  },
  'no-template-placeholders': {
    // `[003150-ProjectArchiving]` in the Story Reference section, the link,
    // the escaped `\[draft\]` and the task-list boxes are not placeholders.
    'prose-placeholders.md': [
      '7:1-7:38: Template placeholder `[High-level architecture description]` left in: replace it with the architecture description [no-template-placeholders]',
      '16:36-16:49: Template placeholder `[ContextName]` left in: replace it with the real name [no-template-placeholders]',
      '282:19-282:34: Bracketed text `[security team]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '285:16-285:31: Template placeholder `[ComponentName]` left in: replace it with the real name [no-template-placeholders]'
    ],
    'template-code.md': [
      '252:30-252:41: Template sample name `ContextName` left in: replace it with the real name [no-template-placeholders]',
      '254:20-254:31: Template sample name `ContextName` left in: replace it with the real name [no-template-placeholders]',
      '255:3-255:27: Template placeholder comment `# Context implementation` left in: replace it with the real code [no-template-placeholders]',
      '484:12-484:22: Template sample name `table_name` left in: replace it with the real name [no-template-placeholders]',
      '486:14-486:24: Template sample name `table_name` left in: replace it with the real name [no-template-placeholders]',
      '487:3-487:13: Template placeholder comment `-- columns` left in: replace it with the real code [no-template-placeholders]',
      '549:3-549:11: Template placeholder comment `# fields` left in: replace it with the real code [no-template-placeholders]'
    ],
    // `- Rate limiting: 60 …`, `- Caching: none.` and a bullet with a nested
    // list are filled in.
    'template-bullets.md': [
      '572:1-572:24: Template bullet `- Authentication method` left in as is: add what this design does (`Authentication method: ...`) [no-template-placeholders]',
      '582:1-582:20: Template bullet `- Caching strategy.` left in as is: add what this design does (`Caching strategy: ...`) [no-template-placeholders]'
    ]
  }
}

describe('content rules on fixtures (whole preset)', function () {
  for (const [id, files] of Object.entries(fixtures)) {
    for (const [name, expected] of Object.entries(files)) {
      it(`${id}: ${name}`, async function () {
        const file = await lintFixture(path.join('fixtures', 'invalid', id, name))
        expect(contentMessages(file)).toEqual(expected)
      })
    }
  }
})

/** Lint with only the given rule (and its options) after the document model. */
function lintWith(value: string, rule: typeof storyReference, options?: object, filePath?: string) {
  return lint(value, {plugins: [[rule, options]], path: filePath})
}

describe('story-reference', function () {
  it('with matchFileName, reports a file name without the reference, at the reference', async function () {
    const file = await lintFixture('fixtures/invalid/story-reference/file-name.md', {
      plugins: [[storyReference, {matchFileName: true}]]
    })
    expect(describeMessages(file)).toEqual([
      '4:2-4:25: file name `file-name.md` does not start with the story reference `003150-ProjectArchiving` [story-reference]'
    ])
  })

  it('with matchFileName, accepts the valid docs, whose names start with their reference', async function () {
    for (const name of ['003150-ProjectArchiving.md', '004217-TeamInvitations.md', '005002-BillingInvoices.md']) {
      const file = await lintFixture(path.join('fixtures', 'valid', name), {
        plugins: [[storyReference, {matchFileName: true}]]
      })
      expect(describeMessages(file), name).toEqual([])
    }
  })

  it('with matchFileName, a longer name is not the same reference', async function () {
    const file = await lintWith('## Story Reference\n\n004217-TeamInvitations\n', storyReference, {matchFileName: true}, 'docs/004217-TeamInvitationsV2.md')
    expect(describeMessages(file)).toEqual([
      '3:1-3:23: file name `004217-TeamInvitationsV2.md` does not start with the story reference `004217-TeamInvitations` [story-reference]'
    ])
  })

  it('says nothing when the section is missing (required-sections reports it)', async function () {
    const file = await lintWith('# Architecture Design Changes\n\n## Architecture Overview\n\n12345-AddUsers\n', storyReference)
    expect(describeMessages(file)).toEqual([])
  })

  it('ignores prose, URLs, HTML comments and code blocks in the section', async function () {
    const file = await lintWith(
      [
        '## Story Reference',
        '',
        '004217-TeamInvitations (the 1-Click flow of 2024-05-01, https://jira.example.com/browse/004218-Other).',
        '',
        '<!-- 004219-Draft -->',
        '',
        '```text',
        '004220-InCode',
        '```',
        ''
      ].join('\n'),
      storyReference
    )
    expect(describeMessages(file)).toEqual([])
  })

  it('reads the section subsections, and reports every attempt and the count', async function () {
    const file = await lintWith(
      [
        '## Story Reference',
        '',
        '004217-TeamInvitations',
        '',
        '### Related',
        '',
        '004218-TeamRoles and 004219-TeamSeats; 004217AddUsers',
        ''
      ].join('\n'),
      storyReference
    )
    expect(describeMessages(file)).toEqual([
      '7:1-7:17: found 3 story references, expected 1 [story-reference]',
      '7:40-7:54: expected a hyphen after the number in `004217AddUsers` [story-reference]'
    ])
  })

  it('with a custom pattern, reports template-form words that do not match it', async function () {
    const options = {pattern: '^[A-Z]+-\\d+$'}
    const ok = await lintWith('## Story Reference\n\nTEAM-4217\n', storyReference, options)
    expect(describeMessages(ok)).toEqual([])
    const none = await lintWith('## Story Reference\n\nTeam invitations\n', storyReference, options)
    expect(describeMessages(none)).toEqual([
      '1:1-1:19: no story reference found: expected a reference matching `^[A-Z]+-\\d+$` [story-reference]'
    ])
  })

  it('rejects a pattern that is not a regular expression, and unknown options, when configured', async function () {
    await expect(lintWith('## Story Reference\n', storyReference, {pattern: '('})).rejects.toThrow(
      /^story-reference: option `pattern` is not a valid regular expression \(Invalid regular expression: /
    )
    await expect(lintWith('## Story Reference\n', storyReference, {matchFilename: true})).rejects.toThrow(
      'story-reference: unknown option `matchFilename` (known: `pattern`, `matchFileName`)'
    )
  })
})

describe('no-template-placeholders', function () {
  it('reports bracketed prose, not links, references, images, footnotes, boxes, escapes or code', async function () {
    const file = await lintWith(
      [
        '# Architecture Design Changes',
        '',
        '- [ ] task',
        '- [x] done',
        '',
        'See [the ADR](https://example.com/[draft]), [adr], ![diagram](d.png), [^1], \\[optional\\], `[Ash.Policy.Authorizer]`, <!-- [html] -->.',
        '',
        'Broken refs are not placeholders: ![missing] [^missing]; a missing label is one span: [text][label].',
        '',
        '| field | note |',
        '| --- | --- |',
        '| status | [TODO] |',
        '',
        '> A quote [spread',
        '> over lines] and [**Emphasis**].',
        '',
        '[adr]: https://example.com/adr',
        '[^1]: A footnote with [Placeholder].',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '8:87-8:100: Bracketed text `[text][label]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '12:12-12:18: Bracketed text `[TODO]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '14:11-15:14: Bracketed text `[spread over lines]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '15:19-15:33: Bracketed text `[**Emphasis**]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '18:23-18:36: Bracketed text `[Placeholder]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]'
    ])
  })

  it('in the Story Reference section, leaves bracketed words to story-reference but reports known placeholders', async function () {
    const file = await lintWith(
      '## Story Reference\n\n[004217-TeamInvitations] [NNNNNN-StoryName] [ResourceName] [two words]\n',
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '3:45-3:59: Template placeholder `[ResourceName]` left in: replace it with the real name [no-template-placeholders]',
      '3:60-3:71: Bracketed text `[two words]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]'
    ])
  })

  it('reports sample names as whole identifiers in headings, inline code and code, not in prose', async function () {
    const file = await lintWith(
      [
        '## Phoenix Contexts',
        '',
        'The ContextName module is `MyAppWeb.ContextName`; `ContextNames` and `my_table_name` are other names.',
        '',
        '#### Notes on `ResourceName`',
        '',
        '```elixir',
        'defmodule MyApp.ResourceContext.ResourceName do',
        '  def table_name?, do: :table_name',
        'end',
        '```',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '3:37-3:48: Template sample name `ContextName` left in: replace it with the real name [no-template-placeholders]',
      '5:16-5:28: Template sample name `ResourceName` left in: replace it with the real name [no-template-placeholders]',
      '8:11-8:45: Template sample name `MyApp.ResourceContext.ResourceName` left in: replace it with the real name [no-template-placeholders]'
    ])
  })

  it('reports PascalCase sample names alone or under the template\'s namespaces, not in a real module name', async function () {
    const file = await lintWith(
      [
        '## Ash Resources',
        '',
        '### Resource: Billing.Trigger.ResourceName',
        'Resolves `Billing.Trigger.ResourceName` names; not `MyApp.Billing.ResourceName` yet.',
        '',
        '```elixir',
        'defmodule Billing.Trigger.ResourceName do',
        '  alias Billing.Trigger.ResourceName',
        '  def short(name), do: ResourceName.resolve(name)',
        'end',
        '',
        'defmodule ContextName do',
        'end',
        '```',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '4:67-4:79: Template sample name `ResourceName` left in: replace it with the real name [no-template-placeholders]',
      '12:11-12:22: Template sample name `ContextName` left in: replace it with the real name [no-template-placeholders]'
    ])
  })

  it('reports `table_name` only in the template\'s shapes, not as an identifier of real code', async function () {
    const file = await lintWith(
      [
        '## Ash Resources',
        '',
        'The `table_name` function reads `@table_name`.',
        '',
        '```elixir',
        'defmodule MyApp.Sync.Source do',
        '  @table_name "sources"',
        '  def table_name, do: @table_name',
        '  def rows(table_name), do: MyApp.Repo.all(from(r in table_name))',
        '  postgres do',
        '    table "table_name"',
        '  end',
        'end',
        '```',
        '',
        '```sql',
        'CREATE TABLE table_name (id UUID PRIMARY KEY);',
        'SELECT table_name FROM information_schema.tables;',
        '```',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '11:12-11:22: Template sample name `table_name` left in: replace it with the real name [no-template-placeholders]',
      '17:14-17:24: Template sample name `table_name` left in: replace it with the real name [no-template-placeholders]'
    ])
  })

  it('reports placeholder comments at their place in nested and indented blocks, only in their language', async function () {
    const file = await lintWith(
      [
        '## Ash Resources',
        '',
        '> ```elixir',
        '> defmodule MyApp.Teams.Team do',
        '>   # Implementation',
        '> end',
        '> ```',
        '',
        '- item',
        '',
        '  ```sql',
        '    -- columns',
        '  ```',
        '',
        '```python',
        '# Implementation',
        '```',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '5:5-5:21: Template placeholder comment `# Implementation` left in: replace it with the real code [no-template-placeholders]',
      '12:5-12:15: Template placeholder comment `-- columns` left in: replace it with the real code [no-template-placeholders]'
    ])
  })

  it('reports template bullets only in their section, any list marker', async function () {
    const file = await lintWith(
      [
        '## Architecture Overview',
        '',
        '- Rate limiting',
        '',
        '## Security Considerations',
        '',
        '1. Rate limiting:',
        '2. Authorization policies: Ash policies on every action',
        '* Data validation rules',
        ''
      ].join('\n'),
      noTemplatePlaceholders
    )
    expect(describeMessages(file)).toEqual([
      '7:1-7:18: Template bullet `1. Rate limiting:` left in as is: add what this design does (`Rate limiting: ...`) [no-template-placeholders]',
      '9:1-9:24: Template bullet `* Data validation rules` left in as is: add what this design does (`Data validation rules: ...`) [no-template-placeholders]'
    ])
  })

  it('reports the extra placeholders of its option anywhere, once per place', async function () {
    const file = await lintWith(
      '## Architecture Overview\n\nTBD, then [TBD].\n\n```sql\n-- TBD\n```\n',
      noTemplatePlaceholders,
      {placeholders: ['TBD']}
    )
    expect(describeMessages(file)).toEqual([
      '3:1-3:4: Placeholder `TBD` left in: replace it with the real content [no-template-placeholders]',
      '3:11-3:16: Bracketed text `[TBD]` looks like a template placeholder: replace it, make it a link, or escape the brackets [no-template-placeholders]',
      '6:4-6:7: Placeholder `TBD` left in: replace it with the real content [no-template-placeholders]'
    ])
  })

  it('keeps the placeholder comments in one place, shared with the code-parsing stage', function () {
    expect(placeholderComments).toBe(templatePlaceholders.comments)
  })
})

describe('the CLI on the team template', function () {
  // Reads dist/: `npx tsc -p .` (or `npm test`) first.
  it('reports the story placeholder and every other placeholder of the template, exit 1', function () {
    const result = runCli(['--no-config', '--format', 'json', 'template/design-doc-template.md'])
    expect(result.code).toBe(1)
    const [report] = JSON.parse(result.stdout) as Array<{
      path: string
      messages: Array<{
        reason: string
        ruleId: string
        place: {start: {line: number; column: number}; end: {line: number; column: number}}
      }>
    }>
    expect(report!.path).toBe('template/design-doc-template.md')
    const messages = report!.messages.map(
      (message) =>
        `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}: ${message.reason} [${message.ruleId}]`
    )
    // Other rules add their own messages: assert these are present, not the whole list.
    expect(messages).toEqual(
      expect.arrayContaining([
        '4:2-4:18: story reference is the template placeholder `NNNNNN-StoryName` [story-reference]',
        '7:1-7:38: Template placeholder `[High-level architecture description]` left in: replace it with the architecture description [no-template-placeholders]',
        '11:15-11:29: Template placeholder `[ResourceName]` left in: replace it with the real name [no-template-placeholders]',
        '13:11-13:45: Template sample name `MyApp.ResourceContext.ResourceName` left in: replace it with the real name [no-template-placeholders]',
        '31:28-31:43: Template sample name `ResourceContext` left in: replace it with the real name [no-template-placeholders]',
        '39:7-39:23: Template placeholder comment `# Implementation` left in: replace it with the real code [no-template-placeholders]',
        '53:21-53:34: Template placeholder `[ContextName]` left in: replace it with the real name [no-template-placeholders]',
        '55:20-55:31: Template sample name `ContextName` left in: replace it with the real name [no-template-placeholders]',
        '56:3-56:27: Template placeholder comment `# Context implementation` left in: replace it with the real code [no-template-placeholders]',
        '62:16-62:31: Template placeholder `[ComponentName]` left in: replace it with the real name [no-template-placeholders]',
        '64:25-64:38: Template sample name `ComponentName` left in: replace it with the real name [no-template-placeholders]',
        '67:3-67:28: Template placeholder comment `# LiveView implementation` left in: replace it with the real code [no-template-placeholders]',
        '73:12-73:24: Template placeholder `[table_name]` left in: replace it with the real name [no-template-placeholders]',
        '75:14-75:24: Template sample name `table_name` left in: replace it with the real name [no-template-placeholders]',
        '77:3-77:13: Template placeholder comment `-- columns` left in: replace it with the real code [no-template-placeholders]',
        '97:3-97:11: Template placeholder comment `# fields` left in: replace it with the real code [no-template-placeholders]',
        '102:1-102:24: Template bullet `- Authentication method` left in as is: add what this design does (`Authentication method: ...`) [no-template-placeholders]',
        '103:1-103:25: Template bullet `- Authorization policies` left in as is: add what this design does (`Authorization policies: ...`) [no-template-placeholders]',
        '104:1-104:24: Template bullet `- Data validation rules` left in as is: add what this design does (`Data validation rules: ...`) [no-template-placeholders]',
        '105:1-105:16: Template bullet `- Rate limiting` left in as is: add what this design does (`Rate limiting: ...`) [no-template-placeholders]',
        '108:1-108:21: Template bullet `- Query optimization` left in as is: add what this design does (`Query optimization: ...`) [no-template-placeholders]',
        '109:1-109:19: Template bullet `- Caching strategy` left in as is: add what this design does (`Caching strategy: ...`) [no-template-placeholders]',
        '110:1-110:18: Template bullet `- Background jobs` left in as is: add what this design does (`Background jobs: ...`) [no-template-placeholders]',
        '111:1-111:20: Template bullet `- Real-time updates` left in as is: add what this design does (`Real-time updates: ...`) [no-template-placeholders]'
      ])
    )
    // The story placeholder is reported once: by story-reference, not also by no-template-placeholders.
    expect(messages.filter((message) => message.includes('NNNNNN-StoryName'))).toHaveLength(1)
  })

})
