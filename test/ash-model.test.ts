/**
 * The Ash stage's model (`model.ash`): what the DSL reader makes of the
 * Elixir values, and what the resource model says about attributes,
 * relationships, actions, policies, with their places in the Markdown file.
 */
import {describe, expect, it} from 'vitest'
import type {ElixirValue} from '../src/elixir/dsl.js'
import type {AshModel, AshResource, AshType} from '../src/ash/model.js'
import type {Place} from '../src/document/positions.js'
import {lint} from './helpers.js'

async function ashModel(markdown: string): Promise<AshModel> {
  const file = await lint(markdown, {plugins: []})
  const ash = file.data.archdoc?.ash
  if (!ash) throw new Error('no Ash model')
  return ash
}

const doc = (elixir: string) => `# Architecture Design Changes\n\n## Ash Resources\n\n\`\`\`elixir\n${elixir}\n\`\`\`\n`

async function resource(elixir: string): Promise<AshResource> {
  const ash = await ashModel(doc(elixir))
  expect(ash.resources).toHaveLength(1)
  return ash.resources[0]!
}

/** `line:column-line:column`. */
function at(place: Place | undefined): string {
  if (!place) return 'none'
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

function typeText(type: AshType | undefined): string {
  if (!type) return 'none'
  if (type.kind === 'atom') return ':' + type.name
  if (type.kind === 'module') return type.module.name
  if (type.kind === 'array') return `{:array, ${typeText(type.of)}}`
  return '?' + type.text
}

/** A compact, JSON-like view of a value, places left out. */
function plain(value: ElixirValue | undefined): unknown {
  if (!value) return undefined
  switch (value.kind) {
    case 'atom':
    case 'number':
    case 'boolean':
      return {[value.kind]: value.value}
    case 'string':
      return {string: value.value, interpolated: value.interpolated}
    case 'nil':
      return 'nil'
    case 'alias':
      return {alias: value.name}
    case 'list':
      return {list: value.items.map(plain), pairs: value.pairs.map((pair) => [pair.key, plain(pair.value)])}
    case 'tuple':
      return {tuple: value.items.map(plain)}
    case 'keyword':
      return {keyword: value.pairs.map((pair) => [pair.key, plain(pair.value)])}
    case 'call':
      return {call: value.call.name, args: value.call.args.map(plain)}
    case 'unknown':
      return {unknown: value.nodeType, text: value.text}
  }
}

describe('the DSL reader', function () {
  it('reads option values into the value model', async function () {
    const project = await resource(
      [
        'defmodule MyApp.Projects.Project do',
        '  use Ash.Resource',
        '',
        '  attributes do',
        '    attribute :x, :string,',
        '      a: :active, b: :"two words", c: "plain", d: "hi #{name}", e: -1_000, f: 2.5,',
        '      g: true, h: nil, i: MyApp.Types.Money, j: [:read, create: :*], k: {:array, :string},',
        '      l: [max: 3], m: expr(x > 1), n: ~r/^a/, o: %{a: 1}, p: &Ash.UUID.generate/0, q: @default, r: 0x1F',
        '  end',
        'end'
      ].join('\n')
    )
    const options = project.attributes[0]!.options
    expect(Object.fromEntries(options.map((option) => [option.key, plain(option.value)]))).toEqual({
      a: {atom: 'active'},
      b: {atom: 'two words'},
      c: {string: 'plain', interpolated: false},
      d: {string: 'hi ', interpolated: true},
      e: {number: -1000},
      f: {number: 2.5},
      g: {boolean: true},
      h: 'nil',
      i: {alias: 'MyApp.Types.Money'},
      j: {list: [{atom: 'read'}], pairs: [['create', {atom: '*'}]]},
      k: {tuple: [{atom: 'array'}, {atom: 'string'}]},
      l: {list: [], pairs: [['max', {number: 3}]]},
      m: {call: 'expr', args: [{unknown: 'binary_operator', text: 'x > 1'}]},
      n: {unknown: 'sigil', text: '~r/^a/'},
      o: {unknown: 'map', text: '%{a: 1}'},
      p: {unknown: 'unary_operator', text: '&Ash.UUID.generate/0'},
      q: {unknown: 'unary_operator', text: '@default'},
      r: {number: 31}
    })
    // Keys point at the key without its `: `; values at the value.
    expect(at(options[0]!.keyPlace)).toBe('11:7-11:8')
    expect(at(options[0]!.value.place)).toBe('11:10-11:17')
    expect(options.every((option) => option.form === 'keyword')).toBe(true)
  })

  it('reads the do-block form of options like the keyword form', async function () {
    const project = await resource(
      [
        'defmodule MyApp.Projects.Project do',
        '  use Ash.Resource',
        '',
        '  attributes do',
        '    attribute :role, :atom do',
        '      allow_nil? false',
        '      constraints one_of: [:admin, :member]',
        '    end',
        '  end',
        'end'
      ].join('\n')
    )
    const role = project.attributes[0]!
    expect(role.allowNil).toBe(false)
    expect(role.options.map((option) => [option.key, option.form, at(option.keyPlace)])).toEqual([
      ['allow_nil?', 'block', '11:7-11:17'],
      ['constraints', 'block', '12:7-12:18']
    ])
    expect(plain(role.constraints?.value)).toEqual({keyword: [['one_of', {list: [{atom: 'admin'}, {atom: 'member'}], pairs: []}]]})
  })

  it('maps places through a list item indent', async function () {
    const ash = await ashModel(
      '# T\n\n## Ash Resources\n\n- The resource:\n\n  ```elixir\n  defmodule MyApp.A do\n    use Ash.Resource\n    attributes do\n      uuid_primary_key :id\n    end\n  end\n  ```\n'
    )
    const a = ash.resources[0]!
    expect(at(a.place)).toBe('8:13-8:20')
    expect(at(a.attributes[0]!.place)).toBe('11:24-11:27')
  })
})

describe('the Ash resource model', function () {
  const invitation = [
    'defmodule MyApp.Teams.Invitation do',
    '  use Ash.Resource,',
    '    domain: MyApp.Teams,',
    '    data_layer: AshPostgres.DataLayer,',
    '    extensions: [AshGraphql.Resource],',
    '    authorizers: [Ash.Policy.Authorizer]',
    '',
    '  alias MyApp.Teams.{Team, Reminder}',
    '  alias MyApp.Accounts.User, as: Account',
    '',
    '  postgres do',
    '    table "invitations"',
    '    repo MyApp.Repo',
    '  end',
    '',
    '  attributes do',
    '    uuid_primary_key :id',
    '    attribute :email, :ci_string, allow_nil?: false, public?: true',
    '    attribute :roles, {:array, :atom}, default: []',
    '    attribute :token, MyApp.Types.Token, sensitive?: true, source: :token_hash',
    '    timestamps()',
    '  end',
    '',
    '  relationships do',
    '    belongs_to :team, Team, allow_nil?: false, public?: true',
    '    belongs_to :invited_by, Account, attribute_type: :uuid_v7',
    '    belongs_to :accepted_by, Account, define_attribute?: false',
    '    has_many :reminders, Reminder',
    '    many_to_many :watchers, Account, through: MyApp.Teams.Watcher',
    '  end',
    '',
    '  calculations do',
    '    calculate :domain, :string, expr(fragment("split_part(?, \'@\', 2)", email))',
    '  end',
    '',
    '  aggregates do',
    '    count :reminder_count, :reminders',
    '    sum :total, [:reminders, :lines], :amount',
    '  end',
    '',
    '  identities do',
    '    identity :unique_email, [:team_id, :email]',
    '  end',
    '',
    '  actions do',
    '    default_accept [:email]',
    '    defaults [:read, :destroy, create: :*, update: [:roles]]',
    '',
    '    create :invite do',
    '      accept [:email, :team_id]',
    '      argument :note, :string, allow_nil?: false',
    '    end',
    '',
    '    read :pending, primary?: true',
    '    update :resend',
    '    action :preview, :string',
    '  end',
    '',
    '  policies do',
    '    authorize_if always()',
    '',
    '    bypass actor_attribute_equals(:admin, true) do',
    '      authorize_if always()',
    '    end',
    '',
    '    policy_group actor_present() do',
    '      policy action_type(:read) do',
    '        authorize_if expr(team_id == ^actor(:team_id))',
    '      end',
    '    end',
    '  end',
    '',
    '  field_policies do',
    '    field_policy :token, always() do',
    '      forbid_if always()',
    '    end',
    '  end',
    'end'
  ].join('\n')

  it('reads the module, its use options and its postgres table, resolving aliases', async function () {
    const r = await resource(invitation)
    expect(r.module).toBe('MyApp.Teams.Invitation')
    expect(at(r.place)).toBe('6:11-6:33')
    expect(r.use?.ash).toBe(true)
    expect(r.domain?.name).toBe('MyApp.Teams')
    expect(r.dataLayer?.module?.name).toBe('AshPostgres.DataLayer')
    expect(at(r.dataLayer?.place)).toBe('9:17-9:38')
    expect(r.extensions.map((module) => module.name)).toEqual(['AshGraphql.Resource'])
    expect(r.authorizers.map((module) => module.name)).toEqual(['Ash.Policy.Authorizer'])
    expect(Object.fromEntries(r.aliases)).toEqual({
      Team: 'MyApp.Teams.Team',
      Reminder: 'MyApp.Teams.Reminder',
      Account: 'MyApp.Accounts.User'
    })
    expect(r.postgres?.table?.name).toBe('invitations')
    expect(at(r.postgres?.table?.place)).toBe('17:11-17:24')
    expect(r.postgres?.repo?.name).toBe('MyApp.Repo')
    expect(r.complete).toEqual({attributes: true, relationships: true, actions: true, policies: true})
    expect(r.syntaxError).toBe(false)
    expect(r.sections.map((section) => section.name)).toEqual([
      'postgres',
      'attributes',
      'relationships',
      'calculations',
      'aggregates',
      'identities',
      'actions',
      'policies',
      'field_policies'
    ])
  })

  it('lists attributes with their types and flags, those Ash adds included', async function () {
    const r = await resource(invitation)
    expect(
      r.attributes.map((attribute) => [
        attribute.name,
        attribute.origin,
        typeText(attribute.type),
        attribute.primaryKey,
        attribute.allowNil,
        attribute.public,
        attribute.writable
      ])
    ).toEqual([
      ['id', 'uuid_primary_key', ':uuid', true, false, true, false],
      ['email', 'attribute', ':ci_string', false, false, true, true],
      ['roles', 'attribute', '{:array, :atom}', false, true, false, true],
      ['token', 'attribute', 'MyApp.Types.Token', false, true, false, true],
      ['inserted_at', 'timestamps', ':utc_datetime_usec', false, false, false, false],
      ['updated_at', 'timestamps', ':utc_datetime_usec', false, false, false, false],
      ['team_id', 'belongs_to', ':uuid', false, false, true, true],
      ['invited_by_id', 'belongs_to', ':uuid_v7', false, true, false, true]
    ])
    const token = r.attributes.find((attribute) => attribute.name === 'token')!
    expect(token.source).toBe('token_hash')
    expect(token.sensitive).toBe(true)
    expect(at(token.place)).toBe('25:15-25:21')
    expect(r.attributes.find((attribute) => attribute.name === 'team_id')?.relationship).toBe('team')
    expect(r.primaryKey.map((attribute) => attribute.name)).toEqual(['id'])
  })

  it('lists relationships with the join attributes Ash defaults to', async function () {
    const r = await resource(invitation)
    expect(
      r.relationships.map((relationship) => [
        relationship.kind,
        relationship.name,
        relationship.destination?.name,
        relationship.sourceAttribute,
        relationship.destinationAttribute,
        relationship.allowNil,
        relationship.defineAttribute
      ])
    ).toEqual([
      ['belongs_to', 'team', 'MyApp.Teams.Team', 'team_id', 'id', false, true],
      ['belongs_to', 'invited_by', 'MyApp.Accounts.User', 'invited_by_id', 'id', true, true],
      ['belongs_to', 'accepted_by', 'MyApp.Accounts.User', 'accepted_by_id', 'id', true, false],
      ['has_many', 'reminders', 'MyApp.Teams.Reminder', 'id', 'invitation_id', true, false],
      ['many_to_many', 'watchers', 'MyApp.Accounts.User', 'id', 'id', true, false]
    ])
    const watchers = r.relationships[4]!
    expect(watchers.through?.name).toBe('MyApp.Teams.Watcher')
    expect(watchers.sourceAttributeOnJoinResource).toBe('invitation_id')
    expect(watchers.destinationAttributeOnJoinResource).toBe('user_id')
    expect(at(r.relationships[0]!.destination?.place)).toBe('30:23-30:27')
  })

  it('lists actions, those of `defaults` first, with accept and primary as Ash sets them', async function () {
    const r = await resource(invitation)
    expect(
      r.actions.map((action) => [
        action.type,
        action.name,
        action.fromDefaults,
        action.primary,
        action.accept === undefined ? 'none' : action.accept.all ? '*' : action.accept.names.map((name) => name.name).join(',')
      ])
    ).toEqual([
      ['read', 'read', true, false, 'none'],
      ['destroy', 'destroy', true, true, ''],
      ['create', 'create', true, true, '*'],
      ['update', 'update', true, true, 'roles'],
      ['create', 'invite', false, false, 'email,team_id'],
      ['read', 'pending', false, true, 'none'],
      ['update', 'resend', false, false, 'email'],
      ['action', 'preview', false, false, 'none']
    ])
    const invite = r.actions[4]!
    expect(invite.arguments.map((argument) => [argument.name, typeText(argument.type), argument.allowNil])).toEqual([['note', ':string', false]])
    expect(typeText(r.actions[7]!.returns)).toBe(':string')
    expect(at(r.actions[3]!.place)).toBe('52:44-52:50')
    expect(r.defaults?.entries.map((entry) => entry.type)).toEqual(['read', 'destroy', 'create', 'update'])
  })

  it('reads calculations, aggregates and identities', async function () {
    const r = await resource(invitation)
    expect(r.calculations.map((calculation) => [calculation.name, typeText(calculation.type), calculation.calculation?.kind])).toEqual([
      ['domain', ':string', 'call']
    ])
    expect(r.aggregates.map((aggregate) => [aggregate.kind, aggregate.name, aggregate.path, aggregate.field])).toEqual([
      ['count', 'reminder_count', ['reminders'], undefined],
      ['sum', 'total', ['reminders', 'lines'], 'amount']
    ])
    expect(r.identities.map((identity) => [identity.name, identity.keys.map((key) => key.name)])).toEqual([
      ['unique_email', ['team_id', 'email']]
    ])
  })

  it('reads the multitenancy section: the strategy (`:context` unless written) and the tenant attribute', async function () {
    const withSection = (body: string) => resource(`defmodule MyApp.Billing.Invoice do\n  use Ash.Resource, data_layer: AshPostgres.DataLayer\n\n  multitenancy do\n${body}\n  end\nend`)
    const attribute = await withSection('    strategy :attribute\n    attribute :org_id\n    global? true')
    expect([attribute.multitenancy?.strategy, attribute.multitenancy?.attribute?.name, at(attribute.multitenancy?.attribute?.place)]).toEqual(['attribute', 'org_id', '11:15-11:22'])
    expect((await withSection('    global? true')).multitenancy?.strategy).toBe('context')
    expect((await withSection('    strategy @strategy')).multitenancy?.strategy).toBeUndefined()
    expect((await resource(invitation)).multitenancy).toBeUndefined()
  })

  it('reads policies, policy groups, field policies and stray checks', async function () {
    const r = await resource(invitation)
    expect(
      r.policies.policies.map((policy) => [
        policy.kind,
        policy.condition?.text,
        policy.groups.map((group) => group.text),
        policy.checks.map((check) => check.kind)
      ])
    ).toEqual([
      ['bypass', 'actor_attribute_equals(:admin, true)', [], ['authorize_if']],
      ['policy', 'action_type(:read)', ['actor_present()'], ['authorize_if']],
      ['field_policy', 'always()', [], ['forbid_if']]
    ])
    expect(r.policies.strayChecks.map((check) => [check.kind, at(check.place)])).toEqual([['authorize_if', '65:5-65:26']])
    expect(r.policies.sections.map((section) => section.name)).toEqual(['policies', 'field_policies'])
  })

  it('knows when the doc may not show the whole resource', async function () {
    const fragments = await resource('defmodule A do\n  use Ash.Resource, fragments: [A.Fields]\nend')
    expect(fragments.complete).toEqual({attributes: false, relationships: false, actions: false, policies: false})
    const extension = await resource('defmodule A do\n  use Ash.Resource, extensions: [AshArchival.Resource]\nend')
    expect(extension.complete.attributes).toBe(false)
    const wrapper = await resource('defmodule A do\n  use MyApp.Resource\nend')
    expect(wrapper.use?.ash).toBe(false)
    expect(wrapper.complete.attributes).toBe(false)
    const macro = await resource('defmodule A do\n  use Ash.Resource\n  attributes do\n    MyApp.Macros.audit_fields()\n  end\nend')
    expect(macro.complete).toEqual({attributes: false, relationships: true, actions: true, policies: true})
    const embedded = await resource('defmodule A do\n  use Ash.Resource, data_layer: :embedded\nend')
    expect(embedded.embedded).toBe(true)
  })

  it('reads nested modules, only in the Ash Resources section', async function () {
    const ash = await ashModel(
      doc('defmodule MyApp.Outer do\n  use Ash.Resource\n\n  defmodule Inner do\n    use Ash.Resource\n  end\nend') +
        '\n## Phoenix Contexts\n\n```elixir\ndefmodule MyApp.Elsewhere do\n  use Ash.Resource\nend\n```\n'
    )
    expect(ash.resources.map((r) => r.module)).toEqual(['MyApp.Outer', 'MyApp.Outer.Inner'])
  })

  it('flags modules with a syntax error, which the Ash rules skip', async function () {
    const r = await resource('defmodule A do\n  use Ash.Resource\n  attributes do\n    attribute :x, :string, [\n  end\nend')
    expect(r.syntaxError).toBe(true)
    const file = await lint(doc('defmodule A do\n  use Ash.Resource\n  attributes do\n    attribute :x, :strng, [\n  end\nend'), {
      plugins: [(await import('../rules/ash-attribute.js')).default, (await import('../rules/ash-primary-key.js')).default]
    })
    expect(file.messages).toEqual([])
  })

  it('is empty without an Ash Resources section', async function () {
    const ash = await ashModel('# Architecture Design Changes\n\n## Story Reference\n\n`004217-TeamInvitations`\n')
    expect(ash.resources).toEqual([])
  })
})
