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
  'document-title': {
    'wrong-title.md': ['1:1-1:21: Unexpected document title `Team Roster Design`, expected `Architecture Design Changes` [document-title]'],
    'second-title.md': ['8:1-8:14: Unexpected second H1 `Team Roster`: a design doc has one title (line 1) [document-title]']
  },
  'required-sections': {
    // `## Contexts` is not the template's `## Phoenix Contexts`.
    'missing-sections.md': [
      '89:1-89:1: Missing section `## Phoenix Contexts`, expected after `## Ash Resources` [required-sections]',
      '277:1-277:1: Missing section `## Performance Considerations`, expected after `## Security Considerations` [required-sections]'
    ]
  },
  'elixir-syntax': {
    'missing-end.md': ['71:25-71:27: "update :change_role do" on line 71 is never closed: missing "end" [elixir-syntax]']
  },
  'sql-syntax': {
    'misspelled-keyword.md': ['234:15-234:19: syntax error at or near "INDX" [sql-syntax]']
  },
  'graphql-syntax': {
    'unclosed-type.md': ['262:6-262:6: Syntax Error: Expected ":", found Name "Query". [graphql-syntax]']
  },
  'graphql-schema': {
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
