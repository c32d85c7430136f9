/**
 * Every rule has a folder of invalid fixtures (fixtures/invalid/<rule-id>),
 * and the rules whose other tests live elsewhere (title, required sections,
 * the syntax and schema rules) get their fixtures' messages asserted here,
 * with the whole preset: the rule's own messages and nothing else.
 */
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/rules.js'
import {describeMessages, lintFixture, root} from './helpers.js'

const fixtures: Record<string, Record<string, string[]>> = {
  // Each near-miss heading is its section: one message at the heading, no
  // "Missing section", and the defect inside the section is still reported.
  'section-heading': {
    'case.md': [
      '220:1-220:19: Heading `## database schema` should read `## Database Schema` [section-heading]',
      '227:8-227:15: Attribute `role` of `MyApp.Teams.Membership` is `:atom` but column `memberships.role` is `INTEGER`: expected `text`, `character varying` or an enum type of the doc [consistency-ash-sql]'
    ],
    'numbered.md': [
      '89:1-89:23: Heading `## 4. Phoenix Contexts` should read `## Phoenix Contexts` [section-heading]',
      '113:11-113:31: Module `MyApp.Teams.Notifier` does not match the heading `Context Module: MyApp.Teams.Notifications` [phoenix-context]'
    ],
    'punctuation.md': [
      '237:1-237:15: Heading `## API Design:` should read `## API Design` [section-heading]',
      '243:4-243:10: Unknown HTTP method `PATCHH` in `PATCHH /api/memberships/:id`: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS [rest-endpoints]'
    ],
    'singular.md': [
      '89:1-89:19: Heading `## Phoenix Context` should read `## Phoenix Contexts` [section-heading]',
      '113:11-113:31: Module `MyApp.Teams.Notifier` does not match the heading `Context Module: MyApp.Teams.Notifications` [phoenix-context]'
    ],
    'emoji.md': [
      '141:1-141:25: Heading `## LiveView Components ⚡` should read `## LiveView Components` [section-heading]',
      '205:20-205:27: `handle_event` of LiveComponent `MyAppWeb.RosterLive.RoleComponent` matches the event `:change`, an atom: event names arrive as strings (`"change"`) [liveview-component]'
    ],
    // One level too deep under a section with subsection forms: no "Unexpected subsection" either.
    'wrong-level.md': [
      '220:1-220:20: Heading `### Database Schema` should read `## Database Schema` [section-heading]',
      '227:8-227:15: Attribute `role` of `MyApp.Teams.Membership` is `:atom` but column `memberships.role` is `INTEGER`: expected `text`, `character varying` or an enum type of the doc [consistency-ash-sql]'
    ],
    'typo.md': [
      '272:1-272:27: Heading `## Secuirty Considerations` should read `## Security Considerations` [section-heading]',
      '275:1-275:16: Template bullet `- Rate limiting` left in as is: add what this design does (`Rate limiting: ...`) [no-template-placeholders]'
    ]
  },
  'document-title': {
    'wrong-title.md': ['1:1-1:21: Unexpected document title `Team Roster Design`, expected `Architecture Design Changes` [document-title]'],
    'second-title.md': ['8:1-8:14: Unexpected second H1 `Team Roster`: a design doc has one title [document-title]']
  },
  'required-sections': {
    // `## Contexts` is not the template's `## Phoenix Contexts`.
    'missing-sections.md': [
      '89:1-89:1: Missing section `## Phoenix Contexts`, expected after `## Ash Resources` [required-sections]',
      '277:1-277:1: Missing section `## Performance Considerations`, expected after `## Security Considerations` [required-sections]'
    ]
  },
  'elixir-syntax': {
    'missing-end.md': ['71:25-71:27: "update :change_role do" is never closed: missing "end" [elixir-syntax]']
  },
  'sql-syntax': {
    'misspelled-keyword.md': ['234:15-234:19: syntax error at or near "INDX" [sql-syntax]']
  },
  'graphql-syntax': {
    'unclosed-type.md': ['262:6-262:6: Syntax Error: Expected ":", found Name "Query". [graphql-syntax]']
  },
  'graphql-schema': {
    // A schema excerpt: the app's types are known, a slip for one the block extends is not.
    'excerpt-near-miss.md': ['117:45-117:51: Unknown type "Invoce". Did you mean "Invoice"? [graphql-schema]'],
    'unknown-type.md': ['263:25-263:34: Unknown type "Membershp". Did you mean "Membership"? [graphql-schema]']
  }
}

describe('fixtures/invalid', function () {
  it('has a folder with at least one doc for every rule', function () {
    const missing = rules
      .map((rule) => rule.meta.id)
      .filter(function (id) {
        const folder = path.join(root, 'fixtures', 'invalid', id)
        return !existsSync(folder) || !readdirSync(folder).some((name) => name.endsWith('.md'))
      })
    expect(missing).toEqual([])
  })

  for (const [rule, files] of Object.entries(fixtures)) {
    for (const [name, expected] of Object.entries(files)) {
      it(`${rule}/${name}`, async function () {
        const file = await lintFixture(`fixtures/invalid/${rule}/${name}`)
        expect(describeMessages(file)).toEqual(expected)
      })
    }
  }
})
