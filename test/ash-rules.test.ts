/**
 * The Ash rules on their fixtures: every message of every invalid fixture
 * (exact rule id, reason and place), zero messages on the valid docs, and the
 * rules' options.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import ashActions from '../rules/ash-actions.js'
import ashAttribute from '../rules/ash-attribute.js'
import ashPolicies from '../rules/ash-policies.js'
import ashAtomicActions from '../rules/ash-atomic-actions.js'
import ashPrimaryKey from '../rules/ash-primary-key.js'
import ashRelationship from '../rules/ash-relationship.js'
import ashResource from '../rules/ash-resource.js'
import type {ArchdocRule} from '../src/rule.js'
import {describeMessages, lint, lintFixture, root} from './helpers.js'

const ashRules: Record<string, ArchdocRule> = {
  'ash-resource': ashResource,
  'ash-attribute': ashAttribute,
  'ash-primary-key': ashPrimaryKey,
  'ash-relationship': ashRelationship,
  'ash-actions': ashActions,
  'ash-policies': ashPolicies,
  'ash-atomic-actions': ashAtomicActions
}

const allAshRules = Object.values(ashRules)

function markdownFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
}

/** Every message of every fixture of `fixtures/invalid/<rule-id>/`, in report order. */
const expected: Record<string, Record<string, string[]>> = {
  'ash-resource': {
    // Ash 3 validates the options of `use Ash.Resource` and has no `Ash.Api`: neither compiles.
    'ash2.md': [
      '9:5-9:8: Unknown option `api` in `use Ash.Resource` of `MyApp.Billing.Invoice`: Ash 3 replaced it with `domain` [ash-resource]',
      '33:7-33:14: `use Ash.Api` in `MyApp.Billing` is Ash 2: Ash 3 replaced `Ash.Api` with `Ash.Domain` (`use Ash.Domain`) [ash-resource]'
    ],
    // `AshGraphql.Resource` brings no policy DSL: `policies` is undefined.
    'policies-authorizer.md': [
      '27:3-27:11: The `policies` section of `MyApp.Billing.Invoice` needs `authorizers: [Ash.Policy.Authorizer]` in `use Ash.Resource`: without it Ash 3 does not compile the resource (`policies` is undefined) [ash-resource]'
    ],
    'data-layer.md': [
      '10:17-10:39: Unknown data layer `AshPostgress.DataLayer` for `MyApp.Billing.Invoice`: did you mean `AshPostgres.DataLayer`? [ash-resource]',
      // Equal but for case: a slip.
      '21:56-21:73: Unknown data layer `Ash.DataLayer.ETS` for `MyApp.Billing.Rate`: did you mean `Ash.DataLayer.Ets`? [ash-resource]',
      '32:56-32:65: Data layer of `MyApp.Billing.Currency` must be a module (`AshPostgres.DataLayer`) or `:embedded`, found `:postgres` [ash-resource]'
    ],
    'missing-table.md': [
      '10:17-10:38: Resource `MyApp.Billing.InvoiceLine` uses AshPostgres but has no `postgres` block: add `postgres do table "invoice_lines" end` (or document the table in a `Table: invoice_lines` subsection) [ash-resource]',
      '25:3-25:11: The `postgres` block of `MyApp.Billing.Category` has no `table`: add `table "categories"` (or document the table in a `Table: categories` subsection) [ash-resource]'
    ],
    // `ModifyQuery`, nested in the resource, is not reported; the module beside it is.
    'nested.md': ['27:11-27:36: Module `MyApp.Library.BookHelpers` under Ash Resources does not `use Ash.Resource` [ash-resource]'],
    'not-a-resource.md': [
      '7:11-7:32: Module `MyApp.Billing.Invoice` under Ash Resources does not `use Ash.Resource` (it uses `Ecto.Schema`) [ash-resource]',
      '18:11-18:31: Module `MyApp.Billing.Totals` under Ash Resources does not `use Ash.Resource` [ash-resource]'
    ]
  },
  'ash-attribute': {
    // An excerpt (`# ...`) is checked for what it shows.
    'excerpt-type.md': ['30:27-30:44: Unknown attribute type `:utc_datetme_usec` for `voided_at`: did you mean `:utc_datetime_usec`? [ash-attribute]'],
    'constraints.md': [
      '16:31-16:43: Attribute `code` is a primary key but allows nil: add `allow_nil?: false` [ash-attribute]',
      '16:65-16:75: Unknown constraint `max_lenght` for `:string` attribute `code`: did you mean `max_length`? [ash-attribute]',
      '17:47-17:53: Constraint `one_of` does not apply to `:string` attribute `status`: `:string` takes `max_length`, `min_length`, `match`, `trim?` or `allow_empty?` [ash-attribute]',
      '18:55-18:65: Constraint `max_length` does not apply to `:integer` attribute `seats`: `:integer` takes `min` or `max` [ash-attribute]',
      '19:48-19:51: Constraint `min` does not apply to `:boolean` attribute `active`: `:boolean` takes no constraints [ash-attribute]',
      '20:81-20:84: Constraint `min` does not apply to `:string` attribute `emails`: `:string` takes `max_length`, `min_length`, `match`, `trim?` or `allow_empty?` [ash-attribute]',
      '24:46-24:51: Constraint `match` does not apply to `:atom` attribute `role`: `:atom` takes `one_of` or `unsafe_to_atom?` [ash-attribute]'
    ],
    'duplicates.md': [
      '19:5-19:17: Duplicate name `inserted_at`: attribute `inserted_at` (from `timestamps()`) reuses the name of attribute `inserted_at` [ash-attribute]',
      '23:16-23:21: Duplicate name `team`: relationship `team` reuses the name of attribute `team` [ash-attribute]',
      '32:11-32:26: Duplicate name `reminder_count`: aggregate `reminder_count` reuses the name of calculation `reminder_count` [ash-attribute]'
    ],
    // `do: allow_nil?(false)` is read as a do block: its calls are options.
    'inline-do.md': ['21:35-21:45: Unknown option `allow_nill` on attribute `isbn`: did you mean `allow_nil?`? [ash-attribute]'],
    'options.md': [
      '16:27-16:37: Option `allow_nil?` is not accepted by `uuid_primary_key` (`id`): a primary key is never nil [ash-attribute]',
      '17:35-17:44: Unknown option `allow_nil` on attribute `email`: did you mean `allow_nil?`? [ash-attribute]',
      '18:37-18:45: Unknown option `private?` on attribute `token_hash`: Ash 3 replaced it with `public?` (the opposite meaning) [ash-attribute]',
      '21:7-21:17: Unknown option `allow_nill` on attribute `status`: did you mean `allow_nil?`? [ash-attribute]',
      '22:7-22:15: Unknown option `required` on attribute `status` [ash-attribute]'
    ],
    'types.md': [
      '17:28-17:40: Unknown attribute type `:utc_datetim` for `expires_at`: did you mean `:utc_datetime`? [ash-attribute]',
      '18:25-18:30: Unknown attribute type `:text` for `message`: expected an Ash type (`:string`, `:integer`, …), a type module or `{:array, type}` [ash-attribute]',
      '19:22-19:37: Unknown attribute type `{:arr, :string}` for `tags`: a collection type is written `{:array, type}` [ash-attribute]',
      '20:23-20:31: Attribute type `"string"` for `email` is a string: write `:string` or a type module [ash-attribute]',
      '21:32-21:38: Unknown attribute type `:strin` for `roles`: did you mean `:string`? [ash-attribute]',
      '22:15-22:20: Attribute `note` has no type: add one, e.g. `attribute :note, :string` [ash-attribute]'
    ]
  },
  'ash-primary-key': {
    'missing-primary-key.md': [
      '7:11-7:33: Resource `MyApp.Teams.Invitation` has no primary key: add `uuid_primary_key :id` [ash-primary-key]'
    ],
    // Twins of fixtures/valid/006420-LibraryLoans.md: the requirement kept on,
    // a generic action beside an attribute, a read action without fields.
    'required.md': [
      '10:11-10:34: Resource `MyApp.Library.SearchHit` has no primary key: add `uuid_primary_key :id` [ash-primary-key]',
      '25:11-25:29: Resource `MyApp.Library.Isbn` has no primary key: add `uuid_primary_key :id` [ash-primary-key]',
      '43:11-43:32: Resource `MyApp.Library.Catalog` has no primary key: add `uuid_primary_key :id` [ash-primary-key]'
    ]
  },
  'ash-relationship': {
    // The options ash v3.32.0 gives has_many and has_one, on the kinds that lack them.
    'kinds.md': [
      '23:43-23:50: Option `through` does not apply to belongs_to `book`: only `has_one`, `has_many` and `many_to_many` take it [ash-relationship]',
      '26:7-26:12: Option `limit` does not apply to belongs_to `borrower`: only `has_many` takes it [ash-relationship]',
      '27:7-27:13: Option `offset` does not apply to belongs_to `borrower`: only `has_one` and `has_many` take it [ash-relationship]',
      '30:55-30:60: Option `limit` does not apply to has_one `latest_reminder`: only `has_many` takes it [ash-relationship]',
      '31:50-31:60: Option `from_many?` does not apply to has_many `reminders`: only `has_one` takes it [ash-relationship]'
    ],
    'belongs-to.md': [
      '20:41-20:53: belongs_to `team` is part of the primary key but allows nil: add `allow_nil?: false` [ash-relationship]',
      '22:47-22:64: belongs_to `inviter` has `define_attribute?: false` but `MyApp.Teams.Membership` has no attribute `inviter_id`: declare it in `attributes` [ash-relationship]'
    ],
    'destination.md': [
      '20:24-20:29: Destination of belongs_to `owner` must be a resource module, found `:user` [ash-relationship]',
      '21:24-21:46: Destination of has_one `settings` must be a resource module, found `"MyApp.Teams.Settings"` [ash-relationship]',
      '22:14-22:26: has_many `invitations` has no destination: add the destination resource module after the name [ash-relationship]'
    ],
    // The valid BillingInvoices doc with three slips; `MyApp.Account.User` is not reported: the doc neither defines nor registers `MyApp.Accounts.User`.
    'destination-names.md': [
      '234:27-234:48: Destination `MyApp.Biling.Customer` of belongs_to `customer` is no resource of the doc: did you mean `MyApp.Billing.Customer`? [ash-relationship]',
      '594:27-594:49: Destination `MyApp.Billings.TaxRate` of belongs_to `tax_rate` is no resource of the doc: did you mean `MyApp.Billing.TaxRate`? [ash-relationship]'
    ],
    'many-to-many.md': [
      '22:18-22:26: many_to_many `members` has no `through`: add the join resource (`through: ...`), or a `join_relationship` naming a has_many of this resource [ash-relationship]',
      '23:67-23:85: many_to_many `admins` has no `through` and its `join_relationship` `:admin_memberships` is not a relationship of `MyApp.Teams.Team`: add `through` (the join resource) [ash-relationship]'
    ],
    'options.md': [
      '20:45-20:48: Unknown option `api` on belongs_to `owner`: Ash 3 replaced it with `domain` [ash-relationship]',
      '21:52-21:62: Option `allow_nil?` does not apply to has_many `invitations`: only `belongs_to` and `has_one` take it [ash-relationship]',
      '24:7-24:24: Option `join_relationship` does not apply to has_many `memberships`: only `many_to_many` takes it [ash-relationship]',
      '25:7-25:27: Unknown option `destination_atribute` on has_many `memberships`: did you mean `destination_attribute`? [ash-relationship]'
    ],
    // The valid BillingInvoices doc with the join resource of both many_to_many slipped (one edit, a plural namespace).
    'through-names.md': [
      '243:15-243:42: Join resource `MyApp.Biling.InvoiceTaxRate` (`through`) of many_to_many `tax_rates` is no resource of the doc: did you mean `MyApp.Billing.InvoiceTaxRate`? [ash-relationship]',
      '538:15-538:44: Join resource `MyApp.Billings.InvoiceTaxRate` (`through`) of many_to_many `invoices` is no resource of the doc: did you mean `MyApp.Billing.InvoiceTaxRate`? [ash-relationship]'
    ]
  },
  'ash-actions': {
    // `:*` is every public attribute; only the names after it are checked.
    'accept-all.md': [
      '24:35-24:50: The accept list of the default create action names `internal_notes`, which is not an attribute of `MyApp.Library.Book`: did you mean `internal_note`? [ash-actions]',
      '27:19-27:24: `accept` of update `annotate` names `note`, which is not an attribute of `MyApp.Library.Book` [ash-actions]'
    ],
    'accept.md': [
      '31:29-31:36: `default_accept` names `status`, which is not an attribute of `MyApp.Teams.Invitation` [ash-actions]',
      '32:66-32:72: The accept list of the default update action names `emial`, which is not an attribute of `MyApp.Teams.Invitation`: did you mean `email`? [ash-actions]',
      '35:23-35:28: `accept` of create `invite` names `team`, a relationship: accept its attribute `team_id` [ash-actions]',
      '35:30-35:35: `accept` of create `invite` names `note`, an argument of the action, not an attribute: remove it from `accept` [ash-actions]',
      '35:37-35:44: `accept` of create `invite` names `domain`, a calculation, not an attribute [ash-actions]',
      '40:15-40:25: `accept` of update `remind` names `reminders`, a relationship, not an attribute: use an argument and `manage_relationship` [ash-actions]'
    ],
    'defaults.md': [
      '21:15-21:20: Unknown default action `:reed` in `defaults`: did you mean `:read`? [ash-actions]',
      '21:22-21:27: Unknown default action `:list` in `defaults`: expected `:create`, `:read`, `:update` or `:destroy` [ash-actions]',
      '21:29-21:33: Default `:read` action takes no accept list: write `:read` alone in `defaults` [ash-actions]',
      '21:45-21:51: Unknown default action `upsert:` in `defaults`: only `create:` and `update:` take an accept list [ash-actions]',
      '21:71-21:76: Accept list of default `:create` must be `:*` or a list of attribute atoms, found `"all"` [ash-actions]'
    ],
    'names.md': [
      '24:10-24:15: Action name `read` is already used by `defaults`: action names are unique in a resource, whatever their type [ash-actions]',
      '32:12-32:20: Action name `pending` is already used by the read action above: action names are unique in a resource, whatever their type [ash-actions]'
    ],
    'primary.md': [
      '26:19-26:33: Read action `search` is `primary? true` but `list` already is: one primary read action per resource [ash-actions]'
    ],
    // `define :get_invoice, action: :read` names an action `defaults` makes, `define :void` its own name,
    // `present(:reason)` an argument of the action: none is reported.
    'references.md': [
      '26:28-26:35: `set_attribute(:stauts, …)` in action `void` names `stauts`, which is not an attribute of `MyApp.Billing.Invoice`: did you mean `:status`? [ash-actions]',
      "33:22-33:31: `increment(:revision, …)` in the resource's `changes` names `revision`, which is not an attribute of `MyApp.Billing.Invoice` [ash-actions]",
      '37:35-37:41: Code interface `void_invoice` names the action `:annul`, which `MyApp.Billing.Invoice` does not define [ash-actions]',
      '53:38-53:43: Code interface `list_invoices` (in domain `MyApp.Billing`) names the action `:reed`, which `MyApp.Billing.Invoice` does not define: did you mean `:read`? [ash-actions]'
    ]
  },
  'ash-atomic-actions': {
    // The `defaults` update is not checked (its `require_atomic?` is false); the global change runs on updates only (`on: [:update]`).
    'function-changes.md': [
      "25:12-25:17: Update action `void` of `MyApp.Billing.Invoice` cannot be done atomically: its function `change` has no `atomic/3`, so Ash warns at compile time; add `require_atomic? false` to the action, or write the change as a module with `atomic/3` [ash-atomic-actions]",
      "31:12-31:17: Update action `send` of `MyApp.Billing.Invoice` cannot be done atomically: its function `change` has no `atomic/3`, so Ash warns at compile time; add `require_atomic? false` to the action, or write the change as a module with `atomic/3` [ash-atomic-actions]",
      "35:12-35:21: Update action `renumber` of `MyApp.Billing.Invoice` cannot be done atomically: the function `change` of the resource's `changes` block runs on it and has no `atomic/3`, so Ash warns at compile time; add `require_atomic? false` to the action, or write the change as a module with `atomic/3` [ash-atomic-actions]",
      "40:13-40:21: Destroy action `discard` of `MyApp.Billing.Invoice` cannot be done atomically: its function `change` has no `atomic/3`, so Ash warns at compile time; add `require_atomic? false` to the action, or write the change as a module with `atomic/3` [ash-atomic-actions]"
    ]
  },
  'ash-policies': {
    // Ash compiles it, warns, and applies no policy.
    'authorizer-extension.md': [
      '11:18-11:39: `Ash.Policy.Authorizer` is in `extensions` of `MyApp.Billing.Invoice`, not in `authorizers`: Ash warns and applies no policy; move it to `authorizers: [Ash.Policy.Authorizer]` [ash-policies]'
    ],
    // The `policy_group` condition is reported once, not once per nested policy.
    'action-names.md': [
      '28:19-28:28: `action(:void_now)` names an action `MyApp.Billing.Invoice` does not define: the policy never applies [ash-policies]',
      '32:28-32:36: `action(:archive)` names an action `MyApp.Billing.Invoice` does not define: the policy never applies [ash-policies]',
      '36:25-36:33: `action(:destroi)` names an action `MyApp.Billing.Invoice` does not define: the policy never applies; did you mean `:destroy`? [ash-policies]'
    ],
    'policies.md': [
      '23:5-23:17: Check `authorize_if actor_attribute_equals(:role, :admin)` is outside any policy: move it into a `policy` or `bypass` block [ash-policies]',
      '25:5-25:51: Bypass `actor_attribute_equals(:role, :support)` has no checks: add `authorize_if`, `forbid_if`, `authorize_unless` or `forbid_unless` [ash-policies]',
      '28:5-28:30: Policy `action_type(:read)` has no checks: add `authorize_if`, `forbid_if`, `authorize_unless` or `forbid_unless` [ash-policies]',
      '33:7-33:20: Check `forbid_unless actor_attribute_equals(:active, true)` is outside any policy: move it into a `policy` or `bypass` block [ash-policies]',
      '49:19-49:40: Resource `MyApp.Teams.Reminder` uses `Ash.Policy.Authorizer` but has no policies: add a `policies do ... end` section (without a policy, every request is forbidden) [ash-policies]'
    ]
  }
}

describe('ash rules on their invalid fixtures', function () {
  for (const [id, fixtures] of Object.entries(expected)) {
    it(`${id}: every fixture of fixtures/invalid/${id} is listed here`, function () {
      expect(markdownFiles(`fixtures/invalid/${id}`)).toEqual(Object.keys(fixtures).sort())
    })

    for (const [name, messages] of Object.entries(fixtures)) {
      it(`${id}: ${name}`, async function () {
        const file = await lintFixture(`fixtures/invalid/${id}/${name}`, {plugins: [ashRules[id]!]})
        expect(describeMessages(file)).toEqual(messages)
        for (const message of file.messages) {
          expect(message.source).toBe('archdoc-lint')
          expect(message.fatal).toBe(ashRules[id]!.meta.severity === 'error')
        }
      })

      it(`${id}: ${name} triggers no other Ash rule`, async function () {
        const file = await lintFixture(`fixtures/invalid/${id}/${name}`, {plugins: allAshRules})
        expect(describeMessages(file)).toEqual(messages)
      })
    }
  }
})

describe('ash rules on valid docs', function () {
  for (const folder of ['fixtures/ash/valid', 'fixtures/valid']) {
    for (const name of markdownFiles(folder)) {
      it(`${folder}/${name} has no Ash message`, async function () {
        const file = await lintFixture(`${folder}/${name}`, {plugins: allAshRules})
        expect(describeMessages(file)).toEqual([])
      })
    }
  }

  it('fixtures/ash/valid holds resources (the stage read them)', async function () {
    const file = await lintFixture('fixtures/ash/valid/006120-ProjectBoards.md', {plugins: allAshRules})
    expect(file.data.archdoc?.ash?.resources.map((resource) => resource.module)).toEqual([
      'MyApp.Projects.Project',
      'MyApp.Projects.Tag'
    ])
  })
})

const doc = (elixir: string) => `# Architecture Design Changes\n\n## Ash Resources\n\n\`\`\`elixir\n${elixir}\n\`\`\`\n`

describe('ash rule options', function () {
  it('ash-resource leaves data layers it does not know alone, and takes `dataLayers` as near-miss targets', async function () {
    // Any module may implement Ash.DataLayer: not a slip of a known one, no message.
    const unknown = doc('defmodule MyApp.Rates.Rate do\n  use Ash.Resource, data_layer: AshCubDB.DataLayer\nend')
    expect(describeMessages(await lint(unknown, {plugins: [ashResource]}))).toEqual([])
    const slip = doc('defmodule MyApp.Rates.Rate do\n  use Ash.Resource, data_layer: MyApp.RatesApi.DataLayr\nend')
    expect(describeMessages(await lint(slip, {plugins: [ashResource]}))).toEqual([])
    expect(describeMessages(await lint(slip, {plugins: [[ashResource, {dataLayers: ['MyApp.RatesApi.DataLayer']}]]}))).toEqual([
      '7:33-7:56: Unknown data layer `MyApp.RatesApi.DataLayr` for `MyApp.Rates.Rate`: did you mean `MyApp.RatesApi.DataLayer`? [ash-resource]'
    ])
    const named = doc('defmodule MyApp.Rates.Rate do\n  use Ash.Resource, data_layer: MyApp.RatesApi.DataLayer\nend')
    expect(describeMessages(await lint(named, {plugins: [[ashResource, {dataLayers: ['MyApp.RatesApi.DataLayer']}]]}))).toEqual([])
  })

  it('ash-attribute accepts the short names of `customTypes`', async function () {
    const value = doc('defmodule MyApp.Billing.Price do\n  use Ash.Resource\n\n  attributes do\n    uuid_primary_key :id\n    attribute :amount, :money\n  end\nend')
    const without = await lint(value, {plugins: [ashAttribute]})
    expect(describeMessages(without)).toEqual([
      '11:24-11:30: Unknown attribute type `:money` for `amount`: expected an Ash type (`:string`, `:integer`, …), a type module or `{:array, type}` [ash-attribute]'
    ])
    const file = await lint(value, {plugins: [[ashAttribute, {customTypes: ['money']}]]})
    expect(describeMessages(file)).toEqual([])
  })

  it('a rule option of the wrong shape is a configuration error', async function () {
    await expect(lint(doc(''), {plugins: [[ashResource, {dataLayers: 'AshCubDB.DataLayer'}]]})).rejects.toThrow(
      'ash-resource: option `dataLayers` must be array'
    )
    await expect(lint(doc(''), {plugins: [[ashAttribute, {types: ['money']}]]})).rejects.toThrow(
      'ash-attribute: unknown option `types` (known: `customTypes`)'
    )
    await expect(lint(doc(''), {plugins: [[ashPrimaryKey, {strict: true}]]})).rejects.toThrow('ash-primary-key: this rule takes no options')
  })

  it('ash-policies and ash-atomic-actions are warnings, the other Ash rules are errors', function () {
    expect(Object.fromEntries(Object.entries(ashRules).map(([id, rule]) => [id, rule.meta.severity]))).toEqual({
      'ash-resource': 'error',
      'ash-attribute': 'error',
      'ash-primary-key': 'error',
      'ash-relationship': 'error',
      'ash-actions': 'error',
      'ash-policies': 'warn',
      'ash-atomic-actions': 'warn'
    })
  })
})

describe('references inside a resource', function () {
  const fixture = (name: string) => readFileSync(path.join(root, 'fixtures/invalid', name), 'utf8')

  it('names the nearest definition as a related place, with the excerpt hint', async function () {
    const file = await lintFixture('fixtures/invalid/ash-actions/references.md', {plugins: [ashActions]})
    expect(file.messages.every((message) => (message as unknown as {note?: string}).note?.includes('# ...'))).toBe(true)
    const related = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => (message as unknown as {related?: unknown}).related)
    expect(related).toEqual([
      [{place: {start: {line: 18, column: 15}, end: {line: 18, column: 22}}, message: 'Attribute `status` of `MyApp.Billing.Invoice`'}],
      undefined,
      undefined,
      [{place: {start: {line: 22, column: 15}, end: {line: 22, column: 20}}, message: 'Action `read` of `MyApp.Billing.Invoice`'}]
    ])
  })

  it('stays silent on the valid twin', async function () {
    const twin = fixture('ash-actions/references.md')
      .replace(':stauts', ':status')
      .replace('increment(:revision)', 'increment(:number)')
      .replace('action: :annul', 'action: :void')
      .replace('action: :reed', 'action: :read')
    expect(describeMessages(await lint(twin, {plugins: allAshRules}))).toEqual([])
    const policies = fixture('ash-policies/action-names.md')
      .replace(':void_now', ':void')
      .replace('[:read, :archive]', '[:read, :void]')
      .replace(':destroi', ':destroy')
    expect(describeMessages(await lint(policies, {plugins: allAshRules}))).toEqual([])
  })

  it('stands down where the doc may not show every action or attribute', async function () {
    const doc = fixture('ash-actions/references.md')
    // An extension that adds actions (AshAuthentication), a `use` wrapper, a computed `defaults`, an excerpt.
    const variants = [
      doc.replace('data_layer: AshPostgres.DataLayer', 'data_layer: AshPostgres.DataLayer, extensions: [AshAuthentication]'),
      doc.replace('use Ash.Resource, domain: MyApp.Billing,', 'use MyApp.Resource, domain: MyApp.Billing,'),
      doc.replace('defaults [:read, :destroy, create: [:number]]', 'defaults @default_actions'),
      // An excerpt: the module body and the actions marked as partial.
      doc.replace('  actions do\n', '  actions do\n    # ...\n').replace('  attributes do\n', '  attributes do\n    # ...\n')
    ]
    for (const variant of variants) {
      const messages = describeMessages(await lint(variant, {plugins: [ashActions]}))
      expect(messages.filter((message) => /Code interface|set_attribute|increment/.test(message))).toEqual([])
    }
    const policies = fixture('ash-policies/action-names.md').replace('authorizers: [Ash.Policy.Authorizer]', 'authorizers: [Ash.Policy.Authorizer], extensions: [AshAuthentication]')
    expect(describeMessages(await lint(policies, {plugins: [ashPolicies]}))).toEqual([])
  })
})

describe('ash-relationship: join resources (`through`)', function () {
  const blog = (through: string, joinResource = 'MyApp.Blog.PostTag') =>
    doc(
      [
        `defmodule ${joinResource} do\n  use Ash.Resource, domain: MyApp.Blog\nend`,
        'defmodule MyApp.Blog.Post do\n  use Ash.Resource, domain: MyApp.Blog\n\n  relationships do',
        `    many_to_many :tags, MyApp.Blog.Tag, through: ${through}\n  end\nend`
      ].join('\n\n')
    )

  it('reports the keyword form, at the module, with the join resource as a related place', async function () {
    const file = await lint(blog('MyApp.Blogs.PostTag'), {plugins: [ashRelationship]})
    expect(describeMessages(file)).toEqual([
      '15:50-15:69: Join resource `MyApp.Blogs.PostTag` (`through`) of many_to_many `tags` is no resource of the doc: did you mean `MyApp.Blog.PostTag`? [ash-relationship]'
    ])
    expect((file.messages[0] as unknown as {related: unknown}).related).toEqual([
      {place: {start: {line: 6, column: 11}, end: {line: 6, column: 29}}, message: 'resource `MyApp.Blog.PostTag` defined here'}
    ])
  })

  it('stays silent on the valid twin, on an alias and on a join resource the doc does not show', async function () {
    expect(describeMessages(await lint(blog('MyApp.Blog.PostTag'), {plugins: [ashRelationship]}))).toEqual([])
    const aliased = blog('PostTag').replace('defmodule MyApp.Blog.Post do\n', 'defmodule MyApp.Blog.Post do\n  alias MyApp.Blog.PostTag\n')
    expect(describeMessages(await lint(aliased, {plugins: [ashRelationship]}))).toEqual([])
    // The join resource lives elsewhere in the app: nothing shown is near it.
    expect(describeMessages(await lint(blog('MyApp.Blog.Tagging', 'MyApp.Blog.Comment'), {plugins: [ashRelationship]}))).toEqual([])
  })

  it('keeps the notion of a slip: the last segment is the same', async function () {
    // `PostTg` for `PostTag` differs in the last segment: any module may be named so, and the doc does not show it.
    expect(describeMessages(await lint(blog('MyApp.Blog.PostTg'), {plugins: [ashRelationship]}))).toEqual([])
    // Two edits in the namespace are no slip either.
    expect(describeMessages(await lint(blog('MyApp.Bg.PostTag'), {plugins: [ashRelationship]}))).toEqual([])
  })
})

describe('Ash 2 leftovers and the Ash 3 rules around them', function () {
  const fixture = (name: string) => readFileSync(path.join(root, 'fixtures/invalid', name), 'utf8')
  const messagesOf = async (doc: string, rule: ArchdocRule = ashResource) => describeMessages(await lint(doc, {plugins: [rule]}))

  it('the Ash 3 twins stay clean', async function () {
    const ash2 = fixture('ash-resource/ash2.md').replace('api: MyApp.Billing', 'domain: MyApp.Billing').replace('use Ash.Api', 'use Ash.Domain')
    expect(describeMessages(await lint(ash2, {plugins: allAshRules}))).toEqual([])
    const policies = fixture('ash-resource/policies-authorizer.md').replace(
      'extensions: [AshGraphql.Resource]',
      'extensions: [AshGraphql.Resource],\n    authorizers: [Ash.Policy.Authorizer]'
    )
    expect(describeMessages(await lint(policies, {plugins: allAshRules}))).toEqual([])
    const extension = fixture('ash-policies/authorizer-extension.md').replace('extensions: [Ash.Policy.Authorizer]', 'authorizers: Ash.Policy.Authorizer')
    expect(describeMessages(await lint(extension, {plugins: allAshRules}))).toEqual([])
    const atomic = fixture('ash-atomic-actions/function-changes.md')
      .replaceAll('    update :void do\n', '    update :void do\n      require_atomic? false\n')
      .replace('    update :send do\n', '    update :send do\n      require_atomic? false\n')
      .replace('    update :renumber do\n', '    update :renumber do\n      require_atomic? false\n')
      .replace('    destroy :discard do\n', '    destroy :discard do\n      require_atomic? false\n')
    expect(describeMessages(await lint(atomic, {plugins: allAshRules}))).toEqual([])
  })

  it('`api:` and `use Ash.Api` are read where Ash reads them', async function () {
    const doc = fixture('ash-resource/ash2.md')
    // A wrapper may take its own `api:`; a module that `use`s something else is not a domain.
    expect(await messagesOf(doc.replace('use Ash.Resource,', 'use MyApp.Resource,').replace('use Ash.Api', 'use MyApp.Api'))).toEqual([])
    // `Ash.Api` in a resources block is reported too.
    const inResources = doc.replace('## Phoenix Contexts\n\n### Context Module: MyApp.Billing\n', '')
    expect(await messagesOf(inResources)).toEqual([
      '9:5-9:8: Unknown option `api` in `use Ash.Resource` of `MyApp.Billing.Invoice`: Ash 3 replaced it with `domain` [ash-resource]',
      '30:7-30:14: `use Ash.Api` in `MyApp.Billing` is Ash 2: Ash 3 replaced `Ash.Api` with `Ash.Domain` (`use Ash.Domain`) [ash-resource]'
    ])
  })

  it('policies without the authorizer: silent where the doc may not show what brings it', async function () {
    const doc = fixture('ash-resource/policies-authorizer.md')
    const variants = [
      // A wrapper macro, fragments, an extension that may add the authorizer (`add_extensions`), options not written as modules.
      doc.replace('use Ash.Resource,', 'use MyApp.Resource,'),
      doc.replace('extensions: [AshGraphql.Resource]', 'extensions: [AshGraphql.Resource],\n    fragments: [MyApp.Billing.Invoice.Policies]'),
      doc.replace('extensions: [AshGraphql.Resource]', 'extensions: [AshGraphql.Resource, AshFeatureFlags]'),
      doc.replace('extensions: [AshGraphql.Resource]', 'authorizers: @authorizers'),
      // Excerpts: the module body, or the `use` options, marked as partial.
      doc.replace('  postgres do\n', '  # ...\n\n  postgres do\n'),
      doc.replace('    extensions: [AshGraphql.Resource]', '    extensions: [AshGraphql.Resource]\n    # ...'),
      // In `extensions`, not `authorizers`: Ash compiles and warns (ash-policies).
      doc.replace('extensions: [AshGraphql.Resource]', 'extensions: [AshGraphql.Resource, Ash.Policy.Authorizer]')
    ]
    for (const variant of variants) expect(await messagesOf(variant)).toEqual([])
    // The `use` line elided: the whole doc is silent.
    const elided = doc.replace(/  use Ash\.Resource,\n(?:    .*\n){3}/, '  # ...\n')
    expect(elided).not.toContain('use Ash.Resource')
    expect(describeMessages(await lint(elided, {plugins: allAshRules}))).toEqual([])
  })

  it('the misplaced authorizer: silent with a wrapper, fragments, authorizers the doc cannot read or an unknown extension', async function () {
    const doc = fixture('ash-policies/authorizer-extension.md')
    const variants = [
      doc.replace('use Ash.Resource,', 'use MyApp.Resource,'),
      doc.replace('extensions: [Ash.Policy.Authorizer]', 'extensions: [Ash.Policy.Authorizer],\n    fragments: [MyApp.Billing.Invoice.Policies]'),
      doc.replace('extensions: [Ash.Policy.Authorizer]', 'extensions: [Ash.Policy.Authorizer],\n    authorizers: @authorizers'),
      doc.replace('extensions: [Ash.Policy.Authorizer]', 'extensions: [Ash.Policy.Authorizer, AshFeatureFlags]')
    ]
    for (const variant of variants) expect(await messagesOf(variant, ashPolicies)).toEqual([])
  })

  it('function changes: only where Ash would warn', async function () {
    const doc = fixture('ash-atomic-actions/function-changes.md')
    const reported = async (variant: string) =>
      // The action named, without its place: the variants below move lines.
      (await messagesOf(variant, ashAtomicActions)).map((message) => message.replace(/^[\d:-]+ /, '').replace(/ of `MyApp.*$/, ''))
    const all = ['Update action `void`', 'Update action `send`', 'Update action `renumber`', 'Destroy action `discard`']
    expect(await messagesOf(doc, ashAtomicActions)).toEqual(expected['ash-atomic-actions']!['function-changes.md'])
    expect(await reported(doc)).toEqual(all)
    // ETS updates and destroys by query too (ash v3.32.0 `Ash.DataLayer.Ets.can?/2`).
    expect(await reported(doc.replace('data_layer: AshPostgres.DataLayer', 'data_layer: Ash.DataLayer.Ets'))).toEqual(all)
    // Data layers that do not, embedded resources (`Ash.DataLayer.Simple`), a wrapper macro: silent.
    for (const variant of [
      doc.replace('data_layer: AshPostgres.DataLayer', 'data_layer: Ash.DataLayer.Mnesia'),
      doc.replace('data_layer: AshPostgres.DataLayer', 'data_layer: AshCubDB.DataLayer'),
      doc.replace(', data_layer: AshPostgres.DataLayer', ''),
      doc.replace('domain: MyApp.Billing, data_layer: AshPostgres.DataLayer', 'data_layer: :embedded'),
      doc.replace('use Ash.Resource,', 'use MyApp.Resource,')
    ]) {
      expect(await reported(variant)).toEqual([])
    }
    // `require_atomic? false` (or not a literal `true`), `manual`, an excerpt of the action: that action is silent.
    expect(await reported(doc.replace('    update :void do\n', '    update :void do\n      require_atomic? false\n'))).toEqual(all.filter((line) => !line.includes('`void`')))
    expect(await reported(doc.replace('    update :send do\n', '    update :send do\n      require_atomic? @strict\n'))).toEqual(all.filter((line) => !line.includes('`send`')))
    expect(await reported(doc.replace('    update :send do\n', '    update :send, require_atomic?: false do\n'))).toEqual(all.filter((line) => !line.includes('`send`')))
    expect(await reported(doc.replace('    destroy :discard do\n', '    destroy :discard do\n      manual MyApp.Billing.ManualDiscard\n'))).toEqual(
      all.filter((line) => !line.includes('`discard`'))
    )
    expect(await reported(doc.replace('    update :renumber do\n', '    update :renumber do\n      # ...\n'))).toEqual(all.filter((line) => !line.includes('`renumber`')))
    // `require_atomic? true` written is the default.
    expect(await reported(doc.replace('    update :void do\n', '    update :void do\n      require_atomic? true\n'))).toEqual(all)
    // The global change: `on: [:create]` leaves updates alone; without `on:` it runs on creates and updates, not destroys.
    expect(await reported(doc.replace('end, on: [:update]', 'end, on: [:create]'))).toEqual(all.filter((line) => !line.includes('`renumber`')))
    expect(await reported(doc.replace('end, on: [:update]', 'end'))).toEqual(all)
    expect(await reported(doc.replace('end, on: [:update]', 'end, on: [:destroy]'))).toEqual(all.filter((line) => !line.includes('`renumber`')))
    // AshPostgres updates one by one a resource that manages its tenant on update: destroys are still checked.
    expect(await reported(doc.replace('    repo MyApp.Repo\n', '    repo MyApp.Repo\n\n    manage_tenant do\n      template ["org_", :org_id]\n      update? true\n    end\n'))).toEqual(
      all.filter((line) => line.includes('Destroy'))
    )
    // A change module, a function inside a tuple's options: not `Ash.Resource.Change.Function` (the global change moved to creates).
    const others = doc
      .replace('change &MyApp.Billing.Changes.mark_sent/2', 'change MyApp.Billing.Changes.MarkSent')
      .replace('change fn changeset, _context ->\n        Ash.Changeset', 'change {MyApp.Billing.Changes.Apply, fun: fn changeset, _context ->\n        Ash.Changeset')
      .replace(':status, :void)\n      end', ':status, :void)\n      end}')
      .replace('end, on: [:update]', 'end, on: [:create]')
    expect(await reported(others)).toEqual(['Destroy action `discard`'])
  })

  it('names the function changes as related places', async function () {
    const file = await lintFixture('fixtures/invalid/ash-atomic-actions/function-changes.md', {plugins: [ashAtomicActions]})
    const related = file.messages.map((message) => (message as unknown as {related?: unknown}).related)
    expect(related[2]).toEqual([
      {place: {start: {line: 46, column: 12}, end: {line: 46, column: 103}}, message: 'function `change` of the `changes` block'}
    ])
    expect(related[3]).toEqual([{place: {start: {line: 41, column: 14}, end: {line: 41, column: 110}}, message: 'function `change` of `discard`'}])
  })
})
