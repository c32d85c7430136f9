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
import {unified} from 'unified'
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
    'five-digits.md': [
      '4:1-4:23: malformed story reference `03150-ProjectArchiving`: the id has 5 digits instead of 6; expected `003150-ProjectArchiving` [story-reference]'
    ],
    // An id written without its leading zeros, as trackers show it.
    'short-id.md': [
      '4:1-4:22: malformed story reference `3150-ProjectArchiving`: the id has 4 digits instead of 6; expected `003150-ProjectArchiving` [story-reference]'
    ],
    // The link text is read; the URL (`.../browse/7`) is not a reference.
    'short-id-in-link.md': [
      '4:2-4:20: malformed story reference `7-ProjectArchiving`: the id has 1 digit instead of 6; expected `000007-ProjectArchiving` [story-reference]'
    ],
    'space-separator.md': [
      '4:1-4:24: malformed story reference `003150 ProjectArchiving`: a space instead of a hyphen between id and name; expected `003150-ProjectArchiving` [story-reference]'
    ],
    'underscore-in-link.md': [
      '4:2-4:25: malformed story reference `003150_ProjectArchiving`: `_` instead of a hyphen between id and name; expected `003150-ProjectArchiving` [story-reference]'
    ],
    'tracker-key.md': [
      '4:12-4:21: `PROJ-3150` looks like a tracker key, not a story reference: expected the form `NNNNNN-StoryName` (6 digits, a hyphen, a PascalCase name) [story-reference]'
    ],
    'lowercase-name.md': [
      '4:2-4:25: malformed story reference `003150-projectArchiving`: the name starts with a lowercase letter; expected `003150-ProjectArchiving` [story-reference]'
    ],
    'two-references.md': [
      '4:42-4:64: another story reference `003151-ProjectDeletion`: a design doc covers one story, and `003150-ProjectArchiving` comes first [story-reference]'
    ],
    'no-reference.md': ['3:1-3:19: no story reference found: expected `NNNNNN-StoryName` [story-reference]'],
    // Reported once, by story-reference: no-template-placeholders leaves it.
    'template-placeholder.md': [
      "4:2-4:18: story reference is the template placeholder `NNNNNN-StoryName`: expected the story's own reference [story-reference]"
    ],
    // A copy of 003150-ProjectArchiving.md saved under the next story's name.
    '003151-ProjectArchiving.md': [
      '4:2-4:25: story reference `003150-ProjectArchiving` does not agree with the file name `003151-ProjectArchiving.md`: the ids differ (`003150` and `003151`) [story-reference]'
    ],
    // Clean with the default options (a name not shaped like a reference is
    // not compared); see the matchFileName test below.
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
function lintWith(value: string, rule: typeof storyReference, options?: object, filePath?: string | null) {
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
      '7:1-7:17: another story reference `004218-TeamRoles`: a design doc covers one story, and `004217-TeamInvitations` comes first [story-reference]',
      '7:22-7:38: another story reference `004219-TeamSeats`: a design doc covers one story, and `004217-TeamInvitations` comes first [story-reference]',
      '7:40-7:54: malformed story reference `004217AddUsers`: no hyphen between id and name; expected `004217-AddUsers` [story-reference]'
    ])
  })

  it('reports every problem of an attempt in one message, with the correction when there is exactly one', async function () {
    const cases: Array<[string, string]> = [
      [
        '7_exportInvoices',
        '3:1-3:17: malformed story reference `7_exportInvoices`: the id has 1 digit instead of 6, `_` instead of a hyphen between id and name, the name starts with a lowercase letter; expected `000007-ExportInvoices` [story-reference]'
      ],
      [
        '000007 - ExportInvoices',
        '3:1-3:24: malformed story reference `000007 - ExportInvoices`: spaces around the hyphen between id and name; expected `000007-ExportInvoices` [story-reference]'
      ],
      [
        '000007\u2014ExportInvoices',
        '3:1-3:22: malformed story reference `000007\u2014ExportInvoices`: an em dash (`\u2014`) instead of a hyphen between id and name; expected `000007-ExportInvoices` [story-reference]'
      ],
      [
        '0004217-AddUsers',
        '3:1-3:17: malformed story reference `0004217-AddUsers`: the id has 7 digits instead of 6; expected `004217-AddUsers` [story-reference]'
      ],
      [
        '004217-team-invitations',
        '3:1-3:24: malformed story reference `004217-team-invitations`: the name starts with a lowercase letter and has characters other than letters and digits (`-`); expected `004217-TeamInvitations` [story-reference]'
      ],
      // No single right correction: the message says what is missing, around what is right.
      [
        '1234567-AddUsers',
        "3:1-3:17: malformed story reference `1234567-AddUsers`: the id has 7 digits instead of 6; expected the story's 6-digit id before `-AddUsers` [story-reference]"
      ],
      [
        '004217-Team/Invitations',
        "3:1-3:24: malformed story reference `004217-Team/Invitations`: the name has characters other than letters and digits (`/`); expected the story's PascalCase name after `004217-` [story-reference]"
      ],
      [
        '004217-Team\u200bInvitations',
        "3:1-3:24: malformed story reference `004217-Team\u200bInvitations`: the name has characters other than letters and digits (U+200B); expected the story's PascalCase name after `004217-` [story-reference]"
      ],
      [
        '004217',
        "3:1-3:7: malformed story reference `004217`: the name is missing; expected the story's PascalCase name after `004217-` [story-reference]"
      ],
      [
        'NNNNNN_StoryName',
        '3:1-3:17: malformed story reference `NNNNNN_StoryName`: the id is the template placeholder `NNNNNN`, `_` instead of a hyphen between id and name, the name is the template placeholder `StoryName`; expected the form `NNNNNN-StoryName` (6 digits, a hyphen, a PascalCase name) [story-reference]'
      ]
    ]
    for (const [reference, expected] of cases) {
      const file = await lintWith(`## Story Reference\n\n${reference}\n`, storyReference)
      expect(describeMessages(file), reference).toEqual([expected])
    }
  })

  it('keeps the corrected reference on the message as data (`actual`, `expected`), and none when it is not certain', async function () {
    const file = await lintWith('## Story Reference\n\n[7-ExportInvoices](https://jira.example.com/browse/7)\n', storyReference)
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([['7-ExportInvoices', ['000007-ExportInvoices']]])
    const unsure = await lintWith('## Story Reference\n\n1234567-AddUsers\n', storyReference)
    expect(unsure.messages.map((message) => [message.actual, message.expected])).toEqual([[undefined, undefined]])
  })

  it('takes prose-like forms as the attempt only when the section has no reference, and then the closest one', async function () {
    const prose = 'Ships with the 1-Click flow, tracked as PROJ-7'
    const beside = await lintWith(`## Story Reference\n\n004217-TeamInvitations. ${prose}; moved from 000007 ExportInvoices.\n`, storyReference)
    expect(describeMessages(beside)).toEqual([])
    const alone = await lintWith(`## Story Reference\n\n${prose}; moved from 000007 ExportInvoices.\n`, storyReference)
    expect(describeMessages(alone)).toEqual([
      '3:60-3:81: malformed story reference `000007 ExportInvoices`: a space instead of a hyphen between id and name; expected `000007-ExportInvoices` [story-reference]'
    ])
    const shortId = await lintWith(`## Story Reference\n\n${prose} (7-ExportInvoices).\n`, storyReference)
    // As close as `1-Click` (one digit for six), but with a story's PascalCase name.
    expect(describeMessages(shortId)).toEqual([
      '3:49-3:65: malformed story reference `7-ExportInvoices`: the id has 1 digit instead of 6; expected `000007-ExportInvoices` [story-reference]'
    ])
    const oneClick = await lintWith('## Story Reference\n\nShips with the 1-Click flow.\n', storyReference)
    expect(describeMessages(oneClick)).toEqual([
      '3:16-3:23: malformed story reference `1-Click`: the id has 1 digit instead of 6; expected `000001-Click` [story-reference]'
    ])
    // A sure attempt elsewhere in the section is the attempt: prose-like forms stay prose.
    const sure = await lintWith(`## Story Reference\n\n${prose}; 12345-ExportInvoices\n`, storyReference)
    expect(describeMessages(sure)).toEqual([
      '3:49-3:69: malformed story reference `12345-ExportInvoices`: the id has 5 digits instead of 6; expected `012345-ExportInvoices` [story-reference]'
    ])
  })

  it('reports a file named like a reference that does not agree with it, at the reference', async function () {
    const value = '## Story Reference\n\n`004217-TeamInvitations`\n'
    const names = await lintWith(value, storyReference, undefined, 'docs/004217-TeamInvites.md')
    expect(describeMessages(names)).toEqual([
      '3:2-3:24: story reference `004217-TeamInvitations` does not agree with the file name `004217-TeamInvites.md`: the names differ (`TeamInvitations` and `TeamInvites`) [story-reference]'
    ])
    const both = await lintWith(value, storyReference, undefined, 'docs/004218-team-roles.md')
    expect(describeMessages(both)).toEqual([
      '3:2-3:24: story reference `004217-TeamInvitations` does not agree with the file name `004218-team-roles.md`: the ids and names differ (`004217` and `004218`, `TeamInvitations` and `team-roles`) [story-reference]'
    ])
  })

  it('accepts a file name that agrees ignoring case and separators, and leaves other names and stdin alone', async function () {
    const value = '## Story Reference\n\n004217-TeamInvitations\n'
    for (const name of [
      'docs/004217-TeamInvitations.md',
      'docs/004217-team-invitations.md',
      'docs/004217-Team_Invitations-draft.md',
      'docs/004217-TEAM-INVITATIONS.v2.markdown',
      'docs/design.md',
      'docs/2024-05-01-invitations.md',
      'docs/20240501-Invitations.md',
      null
    ]) {
      const file = await lintWith(value, storyReference, undefined, name)
      expect(describeMessages(file), String(name)).toEqual([])
    }
    // `TeamInvitationsV2` is another name, not `TeamInvitations` and a suffix.
    const longer = await lintWith(value, storyReference, undefined, 'docs/004217-TeamInvitationsV2.md')
    expect(describeMessages(longer)).toEqual([
      '3:1-3:23: story reference `004217-TeamInvitations` does not agree with the file name `004217-TeamInvitationsV2.md`: the names differ (`TeamInvitations` and `TeamInvitationsV2`) [story-reference]'
    ])
  })

  it('gives a malformed attempt, several references or a custom pattern no file-name message', async function () {
    const path = 'docs/000107-ExportInvoices.md'
    const malformed = await lintWith('## Story Reference\n\n7-ExportInvoices\n', storyReference, undefined, path)
    expect(describeMessages(malformed)).toEqual([
      '3:1-3:17: malformed story reference `7-ExportInvoices`: the id has 1 digit instead of 6; expected `000007-ExportInvoices` [story-reference]'
    ])
    const several = await lintWith('## Story Reference\n\n000108-ExportInvoices, 000109-ImportInvoices\n', storyReference, undefined, path)
    expect(describeMessages(several)).toEqual([
      '3:24-3:45: another story reference `000109-ImportInvoices`: a design doc covers one story, and `000108-ExportInvoices` comes first [story-reference]'
    ])
    const custom = await lintWith('## Story Reference\n\nINV-107\n', storyReference, {pattern: '^[A-Z]+-\\d+$'}, path)
    expect(describeMessages(custom)).toEqual([])
  })

  it('fills what the template placeholders leave open from a file named like a reference', async function () {
    const path = 'docs/000107-ExportInvoices.md'
    const cases: Array<[string, string]> = [
      [
        '[NNNNNN-StoryName]',
        "3:2-3:18: story reference is the template placeholder `NNNNNN-StoryName`: expected `000107-ExportInvoices`, the file name's reference [story-reference]"
      ],
      [
        'NNNNNN-ExportInvoices',
        "3:1-3:22: malformed story reference `NNNNNN-ExportInvoices`: the id is the template placeholder `NNNNNN`; expected `000107-ExportInvoices`, the file name's reference [story-reference]"
      ],
      [
        '000107-StoryName',
        "3:1-3:17: malformed story reference `000107-StoryName`: the name is the template placeholder `StoryName`; expected `000107-ExportInvoices`, the file name's reference [story-reference]"
      ],
      [
        '000107',
        "3:1-3:7: malformed story reference `000107`: the name is missing; expected `000107-ExportInvoices`, the file name's reference [story-reference]"
      ],
      [
        'Invoice export.',
        "1:1-1:19: no story reference found: expected `000107-ExportInvoices`, the file name's reference [story-reference]"
      ],
      // The file name disagrees with what is written: no correction from it.
      [
        '000108-StoryName',
        "3:1-3:17: malformed story reference `000108-StoryName`: the name is the template placeholder `StoryName`; expected the story's PascalCase name after `000108-` [story-reference]"
      ]
    ]
    for (const [reference, expected] of cases) {
      const file = await lintWith(`## Story Reference\n\n${reference}\n`, storyReference, undefined, path)
      expect(describeMessages(file), reference).toEqual([expected])
      expect(file.messages[0]!.expected, reference).toEqual(expected.includes("file name's reference") ? ['000107-ExportInvoices'] : undefined)
    }
  })

  it('with matchFileName, the stricter check replaces the default one: one message', async function () {
    const file = await lintWith('## Story Reference\n\n004217-TeamInvitations\n', storyReference, {matchFileName: true}, 'docs/004218-TeamInvitations.md')
    expect(describeMessages(file)).toEqual([
      '3:1-3:23: file name `004218-TeamInvitations.md` does not start with the story reference `004217-TeamInvitations` [story-reference]'
    ])
    const stdin = await lintWith('## Story Reference\n\n004217-TeamInvitations\n', storyReference, {matchFileName: true}, null)
    expect(describeMessages(stdin)).toEqual([])
  })

  it('with a custom pattern, reports template-form words that do not match it', async function () {
    const options = {pattern: '^[A-Z]+-\\d+$'}
    const ok = await lintWith('## Story Reference\n\nTEAM-4217\n', storyReference, options)
    expect(describeMessages(ok)).toEqual([])
    const none = await lintWith('## Story Reference\n\nTeam invitations\n', storyReference, options)
    expect(describeMessages(none)).toEqual([
      '1:1-1:19: no story reference found: expected a reference matching `^[A-Z]+-\\d+$` [story-reference]'
    ])
    // The precise messages are the default form's; prose-like forms are not attempts here.
    const attempts = await lintWith('## Story Reference\n\n12345-AddUsers, 7-ExportInvoices\n', storyReference, options)
    expect(describeMessages(attempts)).toEqual([
      '3:1-3:15: `12345-AddUsers` does not match the story reference pattern `^[A-Z]+-\\d+$` [story-reference]'
    ])
  })

  it('rejects a pattern that is not a regular expression, and unknown options, when configured', async function () {
    await expect(lintWith('## Story Reference\n', storyReference, {pattern: '('})).rejects.toThrow(
      /^story-reference: option `pattern` is not a valid regular expression \(Invalid regular expression: /
    )
    // When configured, before any file; and not at all when the rule is off.
    expect(() => unified().use(storyReference, {pattern: '('}).freeze()).toThrow(/^story-reference: option `pattern` is not a valid regular expression/)
    expect(() => unified().use(storyReference, ['off', {pattern: '('}]).freeze()).not.toThrow()
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
        "4:2-4:18: story reference is the template placeholder `NNNNNN-StoryName`: expected the story's own reference [story-reference]",
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

  it('gives the corrected reference as data in the JSON report, and compares a file named like a reference with it', function () {
    const folder = 'fixtures/invalid/story-reference/'
    const result = runCli(['--no-config', '--format', 'json', folder + '003151-ProjectArchiving.md', folder + 'short-id-in-link.md'])
    expect(result.code).toBe(1)
    const reports = JSON.parse(result.stdout) as Array<{
      path: string
      messages: Array<{reason: string; ruleId: string; line: number; column: number; actual?: string; expected?: string[]}>
    }>
    const stories = reports.map((report) => [
      report.path,
      report.messages
        .filter((message) => message.ruleId === 'story-reference')
        .map((message) => ({at: `${message.line}:${message.column}`, reason: message.reason, actual: message.actual, expected: message.expected}))
    ])
    expect(stories).toEqual([
      [
        folder + '003151-ProjectArchiving.md',
        [
          {
            at: '4:2',
            reason:
              'story reference `003150-ProjectArchiving` does not agree with the file name `003151-ProjectArchiving.md`: the ids differ (`003150` and `003151`)',
            actual: undefined,
            expected: undefined
          }
        ]
      ],
      [
        folder + 'short-id-in-link.md',
        [
          {
            at: '4:2',
            reason: 'malformed story reference `7-ProjectArchiving`: the id has 1 digit instead of 6; expected `000007-ProjectArchiving`',
            actual: '7-ProjectArchiving',
            expected: ['000007-ProjectArchiving']
          }
        ]
      ]
    ])
  })
})
