/**
 * section-heading's matching rules beyond its doc's examples: ambiguity, the
 * typo limits by title length, the numbering option, and the heading each
 * message carries as its `expected` value.
 */
import {describe, expect, it} from 'vitest'
import requiredSections from '../rules/required-sections.js'
import sectionHeading from '../rules/section-heading.js'
import subsectionHeading from '../rules/subsection-heading.js'
import {describeMessages, lint} from './helpers.js'

const plugins = [requiredSections, sectionHeading, subsectionHeading]

async function messages(markdown: string, template?: object): Promise<string[]> {
  return describeMessages(await lint(markdown, {plugins, template}))
}

describe('section-heading', function () {
  it('leaves a heading that nearly matches two sections as an extra section', async function () {
    const template = {sections: [{title: 'Data Model', required: true}, {title: 'Data Models', required: true}]}
    expect(await messages('# T\n\n## data model\n', template)).toEqual([
      '3:1-3:1: Missing section `## Data Model`, expected after the title [required-sections]',
      '3:1-3:1: Missing section `## Data Models`, expected after the title [required-sections]'
    ])
  })

  it('leaves a near miss of a section the doc also has exactly', async function () {
    const template = {sections: [{title: 'Security Considerations', required: true}]}
    expect(await messages('# T\n\n## Security Consideration\n\n## Security Considerations\n', template)).toEqual([])
  })

  it('takes one near miss per section, the first', async function () {
    const template = {sections: [{title: 'Database Schema', required: true}]}
    expect(await messages('# T\n\n## database schema\n\n## Databse Schema\n', template)).toEqual([
      '3:1-3:19: Heading `## database schema` should read `## Database Schema` [section-heading]'
    ])
  })

  it('allows one edit in a title under 12 characters, two in a longer one, never a whole word', async function () {
    const short = {sections: [{title: 'API Design', required: true}]}
    expect(await messages('# T\n\n## API Desing\n', short)).toEqual([
      '3:1-3:14: Heading `## API Desing` should read `## API Design` [section-heading]'
    ])
    expect(await messages('# T\n\n## APl Desing\n', short)).toEqual(['3:1-3:1: Missing section `## API Design`, expected after the title [required-sections]'])
    expect(await messages('# T\n\n## UI Design\n', short)).toEqual(['3:1-3:1: Missing section `## API Design`, expected after the title [required-sections]'])

    const long = {sections: [{title: 'Database Schema', required: true}]}
    expect(await messages('# T\n\n## Databse Shcema\n', long)).toEqual([
      '3:1-3:18: Heading `## Databse Shcema` should read `## Database Schema` [section-heading]'
    ])
    expect(await messages('# T\n\n## Dtabse Shcema\n', long)).toEqual(['3:1-3:1: Missing section `## Database Schema`, expected after the title [required-sections]'])
  })

  it('takes a title one level too deep as its section, not as an unexpected subsection', async function () {
    const markdown = '# Architecture Design Changes\n\n## Database Schema\n\n### Table: memberships\n\nText.\n\n### API Design\n\n### REST Endpoints\n\n- `GET /api/x` - X\n'
    const template = {
      sections: [
        {title: 'Database Schema', required: true, subsections: [{heading: 'Table: {snake}', language: 'sql'}]},
        {title: 'API Design', required: true, subsections: [{heading: 'REST Endpoints'}]}
      ]
    }
    expect(await messages(markdown, template)).toEqual(['9:1-9:15: Heading `### API Design` should read `## API Design` [section-heading]'])
  })

  it('accepts numbered headings as exact with `numberedHeadings`, and not without', async function () {
    const markdown = '# T\n\n## 1. Story Reference\n\n## II) Architecture Overview\n'
    const sections = [
      {title: 'Story Reference', required: true},
      {title: 'Architecture Overview', required: true}
    ]
    expect(await messages(markdown, {sections, numberedHeadings: true})).toEqual([])
    expect(await messages(markdown, {sections})).toEqual([
      '3:1-3:22: Heading `## 1. Story Reference` should read `## Story Reference` [section-heading]',
      '5:1-5:29: Heading `## II) Architecture Overview` should read `## Architecture Overview` [section-heading]'
    ])
  })

  it('carries the heading it should be as the message’s expected value', async function () {
    const file = await lint('# T\n\n## Phoenix Context\n', {plugins})
    const message = file.messages.find((candidate) => candidate.ruleId === 'section-heading')
    expect(message?.expected).toEqual(['## Phoenix Contexts'])
  })
})
