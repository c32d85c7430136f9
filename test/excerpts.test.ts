/**
 * Excerpts (src/code/excerpts.ts): what marks a module, a DSL section or a
 * GraphQL or SQL block as showing part of the code, and that the readers apply it
 * where it counts (a module body or a section, never a function body).
 */
import {describe, expect, it} from 'vitest'
import {elisionWords, isElisionComment, isSqlElisionComment} from '../src/code/excerpts.js'
import {knownScalars} from '../src/code/graphql-scalars.js'
import type {GraphqlCode, SqlCode} from '../src/code/types.js'
import type {AshResource} from '../src/ash/model.js'
import liveviewComponent from '../rules/liveview-component.js'
import ashPrimaryKey from '../rules/ash-primary-key.js'
import {describeMessages, lint} from './helpers.js'

const resourceDoc = (elixir: string) => `# Architecture Design Changes\n\n## Ash Resources\n\n\`\`\`elixir\n${elixir}\n\`\`\`\n`

async function resource(elixir: string): Promise<AshResource> {
  const file = await lint(resourceDoc(elixir), {plugins: []})
  const resources = file.data.archdoc!.ash!.resources
  expect(resources).toHaveLength(1)
  return resources[0]!
}

const at = (place: {start: {line: number; column: number}} | undefined) => (place ? `${place.start.line}:${place.start.column}` : 'none')

describe('elision comments', function () {
  it('are the ones that say code is left out: a leading ellipsis or a listed word', function () {
    expect(elisionWords).toEqual(['existing', 'unchanged', 'omitted', 'rest of', 'as before', 'etc'])
    for (const comment of [
      '# ...',
      '#...',
      '# … helpers',
      '# other attributes as before',
      '# Rest of the actions',
      '# existing policies',
      '# timestamps, etc.',
      '## fields omitted',
      '# UNCHANGED'
    ]) {
      expect(isElisionComment(comment), comment).toBe(true)
    }
    for (const comment of [
      '# the email of the invitee',
      '# preexisting? no: existingness is not a word here',
      '# etcetera',
      '# restore the record',
      '# as soon as possible',
      '# Implementation',
      '# fields'
    ]) {
      expect(isElisionComment(comment), comment).toBe(false)
    }
  })
})

describe('SQL excerpts', function () {
  it('SQL comments say so the same way', function () {
    for (const comment of ['-- ...', '--…', '-- other columns unchanged', '/* existing indexes */', '/* ... */']) expect(isSqlElisionComment(comment), comment).toBe(true)
    for (const comment of ['-- the invoice number', '/* soft delete */', '-- etcetera']) expect(isSqlElisionComment(comment), comment).toBe(false)
  })

  async function sqlCode(text: string): Promise<SqlCode> {
    const file = await lint(`# Architecture Design Changes\n\n## Database Schema\n\n### Table: t\n\n\`\`\`sql\n${text}\n\`\`\`\n`, {plugins: []})
    const code = file.data.archdoc!.blocks[0]!.code
    if (code?.language !== 'sql') throw new Error('no SQL block')
    return code
  }

  it('a block with an elision comment on its own line is an excerpt, valid or not', async function () {
    expect(at((await sqlCode('CREATE TABLE t (\n  id INT,\n  -- other columns unchanged\n  b INT\n);')).excerpt)).toBe('10:3')
    expect(at((await sqlCode('CREATE TABLE t (id INT);\n/* indexes as before */')).excerpt)).toBe('9:1')
    expect(at((await sqlCode('CREATE TABLE t (id INT,);\n-- ...')).excerpt)).toBe('9:1')
    expect(at((await sqlCode('CREATE TABLE t (id INT);\n/*\n  other tables unchanged\n*/')).excerpt)).toBe('9:1')
    expect((await sqlCode("CREATE TABLE t (id INT DEFAULT '\n-- ...\n');")).excerpt).toBeUndefined()
    expect((await sqlCode('CREATE TABLE t (\n  id INT -- existing column\n);')).excerpt).toBeUndefined()
    expect((await sqlCode('CREATE TABLE t (id INT);')).excerpt).toBeUndefined()
  })
})

describe('Elixir excerpts', function () {
  it('an elision in the module body makes every section an excerpt', async function () {
    const r = await resource('defmodule A do\n  use Ash.Resource\n\n  # other sections as before\n\n  attributes do\n    attribute :x, :string\n  end\nend')
    expect(r.complete).toEqual({attributes: false, relationships: false, actions: false, policies: false})
    expect(at(r.excerpt)).toBe('9:3')
    const bare = await resource('defmodule A do\n  use Ash.Resource\n  ...\nend')
    expect(bare.complete.attributes).toBe(false)
    expect(at(bare.excerpt)).toBe('8:3')
    // `…` is no Elixir, but it is an elision, not a syntax error.
    const file = await lint(resourceDoc('defmodule A do\n  use Ash.Resource\n  …\n  attributes do\n    …\n    attribute :x, :string\n  end\nend'), {
      plugins: [ashPrimaryKey, (await import('../rules/elixir-syntax.js')).default]
    })
    expect(describeMessages(file)).toEqual([])
    const ellipsis = file.data.archdoc!.ash!.resources[0]!
    expect(ellipsis.syntaxError).toBe(false)
    expect(at(ellipsis.excerpt)).toBe('8:3')
  })

  it('an elision in a section makes that section an excerpt', async function () {
    const r = await resource('defmodule A do\n  use Ash.Resource\n\n  attributes do\n    # ...\n    attribute :x, :string\n  end\n\n  actions do\n    defaults [:read]\n  end\nend')
    expect(r.complete).toEqual({attributes: false, relationships: true, actions: true, policies: true})
    expect(at(r.excerpt)).toBe('10:5')
    const opening = await resource('defmodule A do\n  use Ash.Resource\n\n  actions do # rest of the actions unchanged\n    defaults [:read]\n  end\nend')
    expect(opening.complete).toEqual({attributes: true, relationships: true, actions: false, policies: true})
  })

  it('a comment after a statement on its line, or inside an entity, is no elision', async function () {
    const trailing = await resource('defmodule A do\n  use Ash.Resource\n\n  attributes do\n    uuid_primary_key :id # as before\n    attribute :x, :string do\n      # etc\n      public? true\n    end\n  end\nend')
    expect(trailing.complete).toEqual({attributes: true, relationships: true, actions: true, policies: true})
    expect(trailing.excerpt).toBeUndefined()
  })

  it('an absence check fires on code not marked, with the note on how to mark it, and stands down on an excerpt', async function () {
    const unmarked = await lint(resourceDoc('defmodule A do\n  use Ash.Resource\n\n  attributes do\n    attribute :x, :string\n  end\nend'), {
      plugins: [ashPrimaryKey]
    })
    expect(describeMessages(unmarked)).toEqual(['6:11-6:12: Resource `A` has no primary key: add `uuid_primary_key :id` [ash-primary-key]'])
    expect(unmarked.messages[0]!.note).toBe('If the block shows only part of the code, mark it as an excerpt with a `# ...` line')
    const marked = await lint(resourceDoc('defmodule A do\n  use Ash.Resource\n\n  attributes do\n    # ...\n    attribute :x, :string\n  end\nend'), {
      plugins: [ashPrimaryKey]
    })
    expect(describeMessages(marked)).toEqual([])
  })

  const liveView = (body: string) =>
    `# Architecture Design Changes\n\n## LiveView Components\n\n### Component: MyAppWeb.InvoiceLive\n\`\`\`elixir\ndefmodule MyAppWeb.InvoiceLive do\n  use MyAppWeb, :live_view\n\n${body}\nend\n\`\`\`\n`
  const handler = '  @impl true\n  def handle_event("void", _params, socket) do\n    # reuse the existing record\n    {:noreply, socket}\n  end\n'

  it('`# reuse the existing record` inside a function body does not make an excerpt', async function () {
    const file = await lint(liveView(handler), {plugins: [liveviewComponent]})
    expect(file.data.archdoc!.liveViews![0]!.module!.complete).toBe(true)
    expect(describeMessages(file)).toEqual([
      '7:11-7:31: LiveView `MyAppWeb.InvoiceLive` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection [liveview-component]'
    ])
  })

  it('the same words in the module body do', async function () {
    const file = await lint(liveView('  # mount and render as before\n\n' + handler), {plugins: [liveviewComponent]})
    const module = file.data.archdoc!.liveViews![0]!.module!
    expect(module.complete).toBe(false)
    expect(module.incomplete).toBe('elided')
    expect(describeMessages(file)).toEqual([])
  })
})

describe('GraphQL excerpts', function () {
  async function graphqlCode(sdl: string): Promise<GraphqlCode> {
    const file = await lint(`# Architecture Design Changes\n\n## API Design\n\n### GraphQL Schema\n\n\`\`\`graphql\n${sdl}\n\`\`\`\n`, {plugins: []})
    const code = file.data.archdoc!.blocks[0]!.code
    if (code?.language !== 'graphql') throw new Error('no GraphQL block')
    return code
  }

  it('a block with an extend definition or an elision comment on its own line is an excerpt', async function () {
    expect(at((await graphqlCode('type A { id: ID! }\nextend type Invoice { voidedAt: DateTime }')).excerpt)).toBe('9:13')
    expect(at((await graphqlCode('type Invoice {\n  # ... other fields unchanged\n  voidedAt: DateTime\n}')).excerpt)).toBe('9:3')
    expect((await graphqlCode('type Invoice {\n  voidedAt: DateTime # as before\n}')).excerpt).toBeUndefined()
    expect((await graphqlCode('type Invoice {\n  # when it was voided\n  voidedAt: DateTime\n}')).excerpt).toBeUndefined()
  })

  it('knows the AshGraphql scalars in every block', async function () {
    expect(knownScalars).toEqual(['DateTime', 'NaiveDateTime', 'Date', 'Time', 'Decimal', 'Json', 'JsonString'])
    const code = await graphqlCode('type Payment {\n' + knownScalars.map((name, index) => `  f${index}: ${name}`).join('\n') + '\n}')
    expect(code.schemaErrors).toEqual([])
  })
})
