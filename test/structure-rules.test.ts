/**
 * The structural rules (section-order, no-duplicate-sections,
 * no-empty-sections, subsection-heading, code-block-language) on full design
 * docs with the whole preset, then on the edge cases their docs do not show.
 *
 * Every fixture in fixtures/invalid/<rule-id>/ is a complete valid doc with
 * one kind of problem added, so each test asserts every message of the run:
 * the rule's own, and nothing from the other rules.
 */
import {describe, expect, it} from 'vitest'
import codeBlockLanguage from '../rules/code-block-language.js'
import noDuplicateSections from '../rules/no-duplicate-sections.js'
import noEmptySections from '../rules/no-empty-sections.js'
import sectionOrder from '../rules/section-order.js'
import subsectionHeading from '../rules/subsection-heading.js'
import type {ArchdocRule} from '../src/rule.js'
import {describeMessages, lint, lintFixture} from './helpers.js'

const fixtures: Record<string, Record<string, string[]>> = {
  'section-order': {
    'schema-before-components.md': [
      '65:1-65:19: Section `## Database Schema` is out of order: expected it after `## LiveView Components` [section-order]'
    ],
    'reference-at-end.md': [
      '122:1-122:19: Section `## Story Reference` is out of order: expected it before `## Architecture Overview` [section-order]'
    ],
    // `## Rollout Plan` (not in the template) comes first and is not reported.
    'extra-sections-ignored.md': [
      '120:1-120:30: Section `## Performance Considerations` is out of order: expected it after `## Security Considerations` [section-order]'
    ]
  },
  'no-duplicate-sections': {
    // The repeat at the end is not reported as out of order too.
    'repeated-section.md': [
      '125:1-125:27: Duplicate section `## Security Considerations`: already above [no-duplicate-sections]'
    ],
    'repeated-subsection.md': [
      '97:1-97:28: Duplicate subsection `### Table: team_invitations` in `## Database Schema`: already above [no-duplicate-sections]'
    ]
  },
  'no-empty-sections': {
    'empty-last-section.md': [
      '121:1-121:30: Section `## Performance Considerations` is empty: expected content or subsections under it [no-empty-sections]'
    ],
    'comment-only-subsection.md': [
      '99:1-99:19: Subsection `### REST Endpoints` is empty: expected content under it [no-empty-sections]'
    ],
    // An empty `Table:` subsection also lacks its SQL: both rules speak.
    'empty-table-subsection.md': [
      '86:1-86:28: Subsection `### Table: team_invitations` is empty: expected content under it [no-empty-sections]',
      '86:1-86:28: Subsection `### Table: team_invitations` needs a `sql` code block, found none [code-block-language]'
    ]
  },
  'subsection-heading': {
    // A malformed name matches no form, so code-block-language does not ask
    // these subsections for a language.
    'malformed-names.md': [
      '12:1-12:25: `Resource: invitation` is not an Elixir module name: `invitation` does not start with an uppercase letter (expected PascalCase segments like `MyApp.Teams.Invitation`) [subsection-heading]',
      '86:1-86:28: `Table: Team_Invitations` is not a snake_case table name: it has uppercase letters (expected lowercase words joined by `_`, like `team_invitations`) [subsection-heading]'
    ],
    'unknown-forms.md': [
      '12:1-12:28: Unexpected subsection `### The invitation resource` in `## Ash Resources`: expected `Resource: Name` [subsection-heading]',
      '99:1-99:14: Unexpected subsection `### Endpoints` in `## API Design`: expected `REST Endpoints` or `GraphQL Schema` [subsection-heading]'
    ]
  },
  'code-block-language': {
    'untagged-blocks.md': [
      '10:1-10:4: Code block has no language: add one, e.g. ```elixir [code-block-language]',
      '71:1-71:45: Subsection `### Component: MyAppWeb.InvitationLive.Index` needs an `elixir` code block, found only a code block without a language [code-block-language]',
      '72:1-72:4: Code block has no language: add one, e.g. ```elixir [code-block-language]'
    ],
    'wrong-languages.md': [
      '86:1-86:28: Subsection `### Table: team_invitations` needs a `sql` code block, found `elixir` [code-block-language]',
      '110:1-110:19: Subsection `### GraphQL Schema` needs a `graphql` code block, found `json` [code-block-language]'
    ]
  }
}

describe('structural rules on full docs (whole preset)', function () {
  for (const [ruleId, files] of Object.entries(fixtures)) {
    for (const [name, expected] of Object.entries(files)) {
      it(`${ruleId}/${name}`, async function () {
        const file = await lintFixture(`fixtures/invalid/${ruleId}/${name}`)
        expect(describeMessages(file)).toEqual(expected)
      })
    }
  }

  it('section-order is a warning, the other four are errors', async function () {
    const order = await lintFixture('fixtures/invalid/section-order/schema-before-components.md')
    expect(order.messages.map((message) => message.fatal)).toEqual([false])
    const duplicate = await lintFixture('fixtures/invalid/no-duplicate-sections/repeated-section.md')
    expect(duplicate.messages.map((message) => message.fatal)).toEqual([true])
  })

  it('a message is turned off by a comment before the heading, not by one under it', async function () {
    const under = await lint('# Architecture Design Changes\n\n## Story Reference\n\n<!-- lint disable no-empty-sections -->\n')
    expect(describeMessages(under).filter((line) => line.includes('[no-empty-sections]'))).toEqual([
      '3:1-3:19: Section `## Story Reference` is empty: expected content or subsections under it [no-empty-sections]'
    ])
    const before = await lint('# Architecture Design Changes\n\n<!-- lint ignore no-empty-sections -->\n\n## Story Reference\n')
    expect(describeMessages(before).filter((line) => line.includes('[no-empty-sections]'))).toEqual([])
  })
})

/** Lint with only `rule` on (and the document model). */
async function messagesOf(rule: ArchdocRule, value: string, template?: object): Promise<string[]> {
  return describeMessages(await lint(value, {plugins: [rule], template}), false)
}

describe('section-order edge cases', function () {
  it('compares the first occurrence of a repeated section only', async function () {
    const doc = '# T\n\n## Story Reference\n## Ash Resources\n## Database Schema\n## Ash Resources\n'
    expect(await messagesOf(sectionOrder, doc)).toEqual([])
  })

  it('reports the fewest sections: one moved far up is one message', async function () {
    const doc = [
      '# T',
      '## Performance Considerations',
      '## Story Reference',
      '## Architecture Overview',
      '## Ash Resources',
      '## API Design'
    ].join('\n')
    expect(await messagesOf(sectionOrder, doc)).toEqual([
      '2:1-2:30: Section `## Performance Considerations` is out of order: expected it after `## API Design`'
    ])
  })

  it('reports every section of a reversed doc but the one it keeps', async function () {
    const doc = '# T\n## Database Schema\n## Ash Resources\n## Story Reference\n'
    expect(await messagesOf(sectionOrder, doc)).toEqual([
      '2:1-2:19: Section `## Database Schema` is out of order: expected it after `## Story Reference`',
      '3:1-3:17: Section `## Ash Resources` is out of order: expected it after `## Story Reference`'
    ])
  })
})

describe('no-duplicate-sections edge cases', function () {
  it('compares titles exactly and subsections within their own section', async function () {
    const doc = '# T\n## Notes\n### Open\n## notes\n### Open\n## Notes\n### Open\n'
    expect(await messagesOf(noDuplicateSections, doc)).toEqual([
      '6:1-6:9: Duplicate section `## Notes`: already above'
    ])
  })

  it('names the first line for every later repeat', async function () {
    const doc = '# T\n## A\n### X\n### X\n### X\n'
    expect(await messagesOf(noDuplicateSections, doc)).toEqual([
      '4:1-4:6: Duplicate subsection `### X` in `## A`: already above',
      '5:1-5:6: Duplicate subsection `### X` in `## A`: already above'
    ])
  })
})

describe('no-empty-sections edge cases', function () {
  it('counts HTML that is not only comments, and deeper headings, as content', async function () {
    const doc = '# T\n\n## A\n\n<details>Why</details>\n\n## B\n\n<!-- note --> visible\n\n## C\n\n#### Detail\n'
    expect(await messagesOf(noEmptySections, doc)).toEqual([])
  })

  it('does not count link definitions, thematic breaks and several comments', async function () {
    const doc = '# T\n\n## A\n\n[story]: https://example.com/104233\n\n## B\n\n***\n\n<!-- a -->\n<!-- b -->\n'
    expect(await messagesOf(noEmptySections, doc)).toEqual([
      '3:1-3:5: Section `## A` is empty: expected content or subsections under it',
      '7:1-7:5: Section `## B` is empty: expected content or subsections under it'
    ])
  })

  it('reports an empty subsection but not its section', async function () {
    const doc = '# T\n\n## API Design\n\n### REST Endpoints\n\n### GraphQL Schema\n\nNone.\n'
    expect(await messagesOf(noEmptySections, doc)).toEqual([
      '5:1-5:19: Subsection `### REST Endpoints` is empty: expected content under it'
    ])
  })
})

describe('subsection-heading edge cases', function () {
  it('accepts any H3 in sections without forms and in sections outside the template', async function () {
    const doc = '# T\n## Security Considerations\n### Threats\n## Rollout Plan\n### Resource: lowercase\n'
    expect(await messagesOf(subsectionHeading, doc)).toEqual([])
  })

  it('says what is wrong with a module name', async function () {
    const doc = '# T\n## LiveView Components\n### Component: MyAppWeb.Invitation Live\n### Component: MyAppWeb.\n'
    expect(await messagesOf(subsectionHeading, doc)).toEqual([
      '3:1-3:40: `Component: MyAppWeb.Invitation Live` is not an Elixir module name: `Invitation Live` contains a space (expected PascalCase segments like `MyApp.Teams.Invitation`)',
      '4:1-4:25: `Component: MyAppWeb.` is not an Elixir module name: it has an empty segment (expected PascalCase segments like `MyApp.Teams.Invitation`)'
    ])
  })

  it('says what is wrong with a snake_case name', async function () {
    const doc = '# T\n## Database Schema\n### Table: 2fa_codes\n### Table: team invitations\n'
    expect(await messagesOf(subsectionHeading, doc)).toEqual([
      '3:1-3:21: `Table: 2fa_codes` is not a snake_case table name: it does not start with a lowercase letter (expected lowercase words joined by `_`, like `team_invitations`)',
      '4:1-4:28: `Table: team invitations` is not a snake_case table name: it contains a space (expected lowercase words joined by `_`, like `team_invitations`)'
    ])
  })

  it('reads the text of a heading with inline code', async function () {
    const doc = '# T\n## Ash Resources\n### Resource: `MyApp.Teams.Invitation`\n'
    expect(await messagesOf(subsectionHeading, doc)).toEqual([])
  })
})

describe('code-block-language edge cases', function () {
  it('checks tilde fences and fences in lists, not indented blocks', async function () {
    const doc = '# T\n\n## A\n\n~~~\nx\n~~~\n\n- item\n\n  ```\n  y\n  ```\n\n## B\n\n    indented\n'
    expect(await messagesOf(codeBlockLanguage, doc)).toEqual([
      '5:1-5:4: Code block has no language: add one, e.g. ```elixir',
      '11:3-11:6: Code block has no language: add one, e.g. ```elixir'
    ])
  })

  it('accepts the language aliases and a block nested in the subsection', async function () {
    const doc = [
      '# T',
      '## Ash Resources',
      '### Resource: MyApp.A',
      '```exs',
      'defmodule MyApp.A do',
      'end',
      '```',
      '## Database Schema',
      '### Table: a',
      '> ```pgsql',
      '> CREATE TABLE a (id int);',
      '> ```',
      '## API Design',
      '### GraphQL Schema',
      '```gql',
      'type A { id: ID! }',
      '```'
    ].join('\n')
    expect(await messagesOf(codeBlockLanguage, doc)).toEqual([])
  })

  it('lists every other language a subsection holds', async function () {
    const doc = '# T\n## Database Schema\n### Table: a\n```elixir\nx\n```\n```text\ny\n```\n```elixir\nz\n```\n'
    expect(await messagesOf(codeBlockLanguage, doc)).toEqual([
      '3:1-3:13: Subsection `### Table: a` needs a `sql` code block, found `elixir` and `text`'
    ])
  })

  it('follows the languages and aliases of a custom template', async function () {
    const template = {
      sections: [{title: 'Queries', subsections: [{heading: 'Query: {snake}', language: 'sql'}]}],
      languageAliases: {psql: 'sql'}
    }
    const doc = '# T\n## Queries\n### Query: pending\n```psql\nSELECT 1;\n```\n### Query: accepted\nNone yet.\n'
    expect(await messagesOf(codeBlockLanguage, doc, template)).toEqual([
      '7:1-7:20: Subsection `### Query: accepted` needs a `sql` code block, found none'
    ])
  })
})
