/**
 * Cross-block consistency: the table model (`src/sql/tables.ts`), the
 * GraphQL type model (`src/graphql/types.ts`), the join (`src/join/`) and
 * the five consistency rules on their fixtures: every message of every
 * `fixtures/invalid/consistency-*` doc (exact rule id, reason and place),
 * zero messages on each consistent twin in `fixtures/consistency/`, and the
 * rules' options.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import consistencyAshGraphql from '../rules/consistency-ash-graphql.js'
import consistencyAshSql from '../rules/consistency-ash-sql.js'
import consistencyRestResources from '../rules/consistency-rest-resources.js'
import consistencyUnmappedColumn from '../rules/consistency-unmapped-column.js'
import consistencyUnmappedField from '../rules/consistency-unmapped-field.js'
import ashActions from '../rules/ash-actions.js'
import ashAttribute from '../rules/ash-attribute.js'
import ashPrimaryKey from '../rules/ash-primary-key.js'
import ashRelationship from '../rules/ash-relationship.js'
import ashResource from '../rules/ash-resource.js'
import graphqlSchema from '../rules/graphql-schema.js'
import graphqlSyntax from '../rules/graphql-syntax.js'
import restEndpoints from '../rules/rest-endpoints.js'
import sqlSyntax from '../rules/sql-syntax.js'
import {joinFor} from '../src/join/join.js'
import {isSlip} from '../src/join/graphql-mutations.js'
import {ashToGraphql, ashToSql} from '../src/join/mappings.js'
import type {DocumentModel} from '../src/document/model.js'
import archdocDocument from '../src/pipeline/plugin.js'
import type {Pluggable} from 'unified'
import {catalogTypeName} from '../src/sql/tables.js'
import {describeMessages, lint, lintFixture, root} from './helpers.js'

const consistencyRules: Pluggable[] = [
  consistencyAshSql,
  consistencyAshGraphql,
  consistencyUnmappedColumn,
  consistencyUnmappedField,
  consistencyRestResources
]

/** The rules that check each block on its own: a consistent twin is also a valid doc for them. */
const codeRules: Pluggable[] = [
  sqlSyntax,
  graphqlSyntax,
  graphqlSchema,
  ashResource,
  ashAttribute,
  ashPrimaryKey,
  ashRelationship,
  ashActions,
  restEndpoints
]

function markdownFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
}

/** The document model of a Markdown string, as the rules see it. */
async function modelOf(value: string): Promise<DocumentModel> {
  const file = new VFile({path: 'doc.md', value})
  const processor = unified().use(remarkParse).use(remarkGfm).use(archdocDocument)
  await processor.run(processor.parse(file), file)
  return file.data.archdoc!
}

/** A minimal doc from its sections' Markdown. */
function doc(...sections: string[]): string {
  return '# Architecture Design Changes\n\n' + sections.join('\n')
}

function elixir(heading: string, code: string): string {
  return `### Resource: ${heading}\n\`\`\`elixir\n${code}\n\`\`\`\n`
}

function sql(table: string, code: string): string {
  return `### Table: ${table}\n\`\`\`sql\n${code}\n\`\`\`\n`
}

function graphql(code: string): string {
  return `### GraphQL Schema\n\`\`\`graphql\n${code}\n\`\`\`\n`
}

/** Every message of every fixture of `fixtures/invalid/consistency-*`, with the five rules on. */
const expected: Record<string, Record<string, string[]>> = {
  'consistency-ash-graphql': {
    // Twin of fixtures/valid/006420-LibraryLoans.md: `nullable_fields` covers `title` only,
    // `attribute_types` gives `shelf` a `String`, `field_names` renames `inserted_at`.
    'graphql-options.md': [
      '52:9-52:15: Attribute `isbn` of `MyApp.Library.Book` is `allow_nil?: false` but field `Book.isbn` is nullable `String` [consistency-ash-graphql]',
      '53:10-53:13: Attribute `shelf` of `MyApp.Library.Book` has `attribute_types` `:string` in its `graphql` block but field `Book.shelf` is `Int`: expected `String` [consistency-ash-graphql]',
      '54:11-54:21: Attribute `format` of `MyApp.Library.Book` is `:atom` with `one_of: [:hardcover, :ebook]` but field `Book.format` is enum `BookFormat` with the values `HARDCOVER`: expected exactly `HARDCOVER` and `EBOOK` [consistency-ash-graphql]',
      '55:3-55:13: Field `Book.insertedAt` maps to no attribute, relationship, calculation or aggregate of `MyApp.Library.Book` [consistency-unmapped-field]'
    ],
    // A shown attribute and the field its excerpt extends still agree in nullability.
    'excerpt-nullability.md': [
      '113:15-113:22: Attribute `void_reason` of `MyApp.Sales.Invoice` allows nil but field `Invoice.voidReason` is non-null `String!` [consistency-ash-graphql]'
    ],
    // The doc declares its mutations: a slip of one, and fields of resources whose every mutation the doc shows.
    'mutations.md': [
      "87:3-87:13: Mutation `voidInvoce` matches no mutation of the doc's `graphql` blocks: did you mean `voidInvoice`? [consistency-ash-graphql]",
      '90:3-90:15: Mutation `annulInvoice` matches no mutation or action of `MyApp.Billing.Invoice`: its mutations are `createInvoice` and `voidInvoice` [consistency-ash-graphql]',
      '91:3-91:18: Mutation `archiveCustomer` matches no mutation or action of `MyApp.Billing.Customer`: the doc gives it none [consistency-ash-graphql]'
    ],
    'enums.md': [
      // AshGraphql makes an `:atom` a `String`; a hand-written schema may give the enum instead, nothing else.
      '50:9-50:13: Attribute `role` of `MyApp.Teams.Invitation` is `:atom` with `one_of: [:admin, :member]` but field `Invitation.role` is `Int!`: expected `String` or an enum with the values `ADMIN` and `MEMBER` [consistency-ash-graphql]',
      '51:11-51:28: Attribute `status` of `MyApp.Teams.Invitation` is `:atom` with `one_of: [:pending, :accepted, :revoked]` but field `Invitation.status` is enum `InvitationStatus` with the values `PENDING`, `ACCEPTED` and `EXPIRED`: expected exactly `PENDING`, `ACCEPTED` and `REVOKED` [consistency-ash-graphql]'
    ],
    'nullability.md': [
      '71:7-71:9: Attribute `id` of `MyApp.Teams.Invitation` is the primary key but field `Invitation.id` is nullable `ID` [consistency-ash-graphql]',
      '72:10-72:16: Attribute `email` of `MyApp.Teams.Invitation` is `allow_nil?: false` but field `Invitation.email` is nullable `String` [consistency-ash-graphql]',
      '73:12-73:19: Attribute `message` of `MyApp.Teams.Invitation` allows nil but field `Invitation.message` is non-null `String!` [consistency-ash-graphql]',
      '74:9-74:13: Relationship `team` of `MyApp.Teams.Invitation` is `allow_nil?: false` (`belongs_to`) but field `Invitation.team` is nullable `Team` [consistency-ash-graphql]',
      '76:15-76:20: Relationship `accepted_by` of `MyApp.Teams.Invitation` allows nil (`belongs_to`) but field `Invitation.acceptedBy` is non-null `User!` [consistency-ash-graphql]',
      '78:12-78:20: Calculation `expired?` of `MyApp.Teams.Invitation` allows nil but field `Invitation.expired` is non-null `Boolean!` [consistency-ash-graphql]',
      '79:18-79:21: Calculation `reminder_count` of `MyApp.Teams.Invitation` is `allow_nil?: false` but field `Invitation.reminderCount` is nullable `Int` [consistency-ash-graphql]',
      '80:15-80:23: Attribute `inserted_at` of `MyApp.Teams.Invitation` is never nil (from `timestamps()`) but field `Invitation.insertedAt` is nullable `DateTime` [consistency-ash-graphql]'
    ],
    'relationships.md': [
      '100:16-100:26: Relationship `invitations` of `MyApp.Teams.Team` points at `MyApp.Teams.Invitation` (`has_many`) but field `Workspace.invitations` is `Invitation`: expected a list of `Invitation` [consistency-ash-graphql]',
      '101:13-101:24: Relationship `settings` of `MyApp.Teams.Team` points at `MyApp.Teams.Settings` (`has_one`) but field `Workspace.settings` is `[Settings!]`: expected `Settings` [consistency-ash-graphql]',
      '107:9-107:14: Relationship `team` of `MyApp.Teams.Invitation` points at `MyApp.Teams.Team` (`belongs_to`) but field `Invitation.team` is `Team!`: expected `Workspace` [consistency-ash-graphql]'
    ],
    'types.md': [
      '52:7-52:14: Attribute `id` of `MyApp.Catalog.Product` is the primary key but field `Product.id` is `String!`: expected `ID` [consistency-ash-graphql]',
      '54:10-54:17: Attribute `stock` of `MyApp.Catalog.Product` is `:integer` but field `Product.stock` is `String!`: expected `Int` [consistency-ash-graphql]',
      '56:9-56:14: Attribute `cost` of `MyApp.Catalog.Product` is `:decimal` but field `Product.cost` is `Money`: expected `Float`, `Decimal` or a scalar the doc declares [consistency-ash-graphql]',
      '58:9-58:15: Attribute `tags` of `MyApp.Catalog.Product` is `{:array, :string}` but field `Product.tags` is `String`: expected a list of `String` [consistency-ash-graphql]',
      '59:8-59:17: Attribute `sku` of `MyApp.Catalog.Product` is `:string` but field `Product.sku` is `[String!]`: expected `String`, not a list [consistency-ash-graphql]',
      '60:15-60:23: Attribute `released_on` of `MyApp.Catalog.Product` is `:date` but field `Product.releasedOn` is `DateTime`: expected `Date` [consistency-ash-graphql]',
      '61:11-61:14: Attribute `active` of `MyApp.Catalog.Product` is `:boolean` but field `Product.active` is `Int`: expected `Boolean` [consistency-ash-graphql]',
      '64:13-64:19: Attribute `vendor_id` of `MyApp.Catalog.Product` is `:uuid` (from `belongs_to :vendor`) but field `Product.vendorId` is `String`: expected `ID` [consistency-ash-graphql]',
      '65:16-65:19: Calculation `display_name` of `MyApp.Catalog.Product` is `:string` but field `Product.displayName` is `Int`: expected `String` [consistency-ash-graphql]',
      '66:15-66:22: Attribute `inserted_at` of `MyApp.Catalog.Product` is `:utc_datetime_usec` (from `timestamps()`) but field `Product.insertedAt` is `String!`: expected `DateTime`, `UtcDateTime`, `NaiveDateTime` or `Timestamp` [consistency-ash-graphql]'
    ]
  },
  'consistency-ash-sql': {
    // The `postgres` block's `migration_types` and `storage_types` decide the column type.
    'postgres-types.md': [
      '36:8-36:12: Attribute `isbn` of `MyApp.Library.Book` has `migration_types` `{:varchar, 13}` in its `postgres` block but column `books.isbn` is `TEXT`: expected `character varying` [consistency-ash-sql]',
      '37:8-37:19: Attribute `code` of `MyApp.Library.Book` has `storage_types` `:citext` in its `postgres` block but column `books.code` is `VARCHAR(40)`: expected `citext` [consistency-ash-sql]'
    ],
    'alter.md': [
      '40:26-40:30: Attribute `archived_at` of `MyApp.Projects.Project` is `:utc_datetime_usec` but column `projects.archived_at` is `DATE`: expected `timestamp without time zone` or `timestamp with time zone` [consistency-ash-sql]',
      '41:14-41:28: Attribute `archive_reason` of `MyApp.Projects.Project` is `allow_nil?: false` but column `projects.archive_reason` is nullable [consistency-ash-sql]',
      '42:16-42:20: Attribute `name` of `MyApp.Projects.Project` is `allow_nil?: false` but column `projects.name` is nullable [consistency-ash-sql]',
      '43:33-43:40: Attribute `description` of `MyApp.Projects.Project` is `:string` but column `projects.description` is `INTEGER`: expected `text` or `character varying` [consistency-ash-sql]',
      '44:16-44:24: Attribute `position` of `MyApp.Projects.Project` allows nil but column `projects.position` is NOT NULL [consistency-ash-sql]',
      '47:7-47:53: `belongs_to :parent` of `MyApp.Projects.Project` points at table `projects` of `MyApp.Projects.Project` but column `projects.parent_id` REFERENCES `teams` [consistency-ash-sql]'
    ],
    // Twin of fixtures/valid/004217-TeamInvitations.md: the unique index of `teams.slug` left out, that of memberships not UNIQUE.
    'identities.md': [
      '91:28-91:35: Identity `unique_slug` of `MyApp.Teams.Team` has no unique index or constraint on column `teams.slug`: expected `CREATE UNIQUE INDEX teams_unique_slug_index ON teams (slug)` [consistency-ash-sql]',
      '339:33-339:53: Identity `unique_team_user` of `MyApp.Teams.Membership` has no unique index or constraint on columns `team_id` and `user_id` of table `memberships`: index `memberships_team_id_user_id_index` on them is not UNIQUE [consistency-ash-sql]'
    ],
    'columns.md': [
      '20:15-20:20: Attribute `body` of `MyApp.Support.Ticket` has no column `description` in table `tickets` [consistency-ash-sql]',
      '23:5-23:17: Attribute `updated_at` of `MyApp.Support.Ticket` (from `timestamps()`) has no column in table `tickets` [consistency-ash-sql]',
      '27:16-27:26: Attribute `requester_id` of `MyApp.Support.Ticket` (from `belongs_to :requester`) has no column in table `tickets` [consistency-ash-sql]',
      '39:3-39:7: Column `tickets.body` maps to no attribute of `MyApp.Support.Ticket`: attribute `body` is stored in column `description` (`source:`) [consistency-unmapped-column]',
      '45:33-45:42: Attribute `closed_at` of `MyApp.Support.Ticket` has no column: column `tickets.closed_at` is dropped [consistency-ash-sql]',
      '46:35-46:42: Attribute `subject` of `MyApp.Support.Ticket` has no column: column `tickets.subject` is renamed to `title` [consistency-ash-sql]',
      '46:46-46:51: Column `tickets.title` maps to no attribute of `MyApp.Support.Ticket` [consistency-unmapped-column]'
    ],
    'nullability.md': [
      "62:3-62:5: Attribute `id` of `MyApp.Teams.Team` is the primary key but column `teams.id` is not in the table's PRIMARY KEY [consistency-ash-sql]",
      "63:3-63:7: Attribute `name` of `MyApp.Teams.Team` is not a primary key but column `teams.name` is in the table's PRIMARY KEY [consistency-ash-sql]",
      '72:3-72:8: Attribute `email` of `MyApp.Teams.Invitation` is `allow_nil?: false` but column `invitations.email` is nullable [consistency-ash-sql]',
      '74:13-74:21: Attribute `note` of `MyApp.Teams.Invitation` allows nil but column `invitations.note` is NOT NULL [consistency-ash-sql]',
      '75:24-75:28: Attribute `expires_at` of `MyApp.Teams.Invitation` is `allow_nil?: false` but column `invitations.expires_at` is nullable [consistency-ash-sql]',
      '77:3-77:10: Attribute `team_id` of `MyApp.Teams.Invitation` is `allow_nil?: false` (from `belongs_to :team`) but column `invitations.team_id` is nullable [consistency-ash-sql]',
      '78:3-78:14: Attribute `inserted_at` of `MyApp.Teams.Invitation` is never nil (from `timestamps()`) but column `invitations.inserted_at` is nullable [consistency-ash-sql]',
      '82:38-82:42: Attribute `role` of `MyApp.Teams.Invitation` is `allow_nil?: false` but column `invitations.role` is nullable [consistency-ash-sql]'
    ],
    'one-of.md': [
      "45:24-45:29: Attribute `status` of `MyApp.Teams.Invitation` allows `one_of: [:pending, :accepted, :revoked]` but column `invitations.status` allows 'pending', 'accepted' (CHECK) [consistency-ash-sql]",
      "46:8-46:23: Attribute `role` of `MyApp.Teams.Invitation` allows `one_of: [:admin, :member]` but column `invitations.role` allows 'admin', 'member', 'owner' (enum `invitation_role`) [consistency-ash-sql]",
      "49:3-49:44: Attribute `source` of `MyApp.Teams.Invitation` allows `one_of: [:web, :api]` but column `invitations.source` allows 'web', 'import' (CHECK) [consistency-ash-sql]"
    ],
    'references.md': [
      '72:3-72:10: `belongs_to :team` of `MyApp.Teams.Invitation` points at table `teams` of `MyApp.Teams.Team` but column `invitations.team_id` has no REFERENCES [consistency-ash-sql]',
      '73:19-73:29: `belongs_to :project` of `MyApp.Teams.Invitation` points at table `projects` of `MyApp.Projects.Project` but column `invitations.project_id` REFERENCES `teams` [consistency-ash-sql]',
      '76:3-76:14: `belongs_to :reviewer` of `MyApp.Teams.Invitation` points at table `projects` of `MyApp.Projects.Project` but column `invitations.reviewer_id` REFERENCES `teams` [consistency-ash-sql]'
    ],
    // The valid BillingInvoices doc with three slips of table names; the belongs_to check does not report `tax_rate` again.
    'table-names.md': [
      '885:27-885:37: `customers.account_manager_id` REFERENCES `user`, but the table of `MyApp.Accounts.User` is `users`: did you mean `users`? [consistency-ash-sql]',
      '920:13-920:20: `ALTER TABLE invoice` under `### Table: invoices`: did you mean `invoices`? [consistency-ash-sql]',
      '960:29-960:39: `invoice_tax_rates.tax_rate_id` REFERENCES `tax_rate`, which the doc does not create: did you mean `tax_rates`? [consistency-ash-sql]'
    ],
    'types.md': [
      '62:8-62:15: Attribute `name` of `MyApp.Catalog.Product` is `:string` but column `products.name` is `INTEGER`: expected `text` or `character varying` [consistency-ash-sql]',
      '63:9-63:13: Attribute `stock` of `MyApp.Catalog.Product` is `:integer` but column `products.stock` is `TEXT`: expected `integer`, `bigint`, `smallint`, `serial`, `bigserial` or `smallserial` [consistency-ash-sql]',
      '66:8-66:12: Attribute `tags` of `MyApp.Catalog.Product` is `{:array, :string}` but column `products.tags` is `TEXT`: expected an array of `text` or `character varying` [consistency-ash-sql]',
      '67:7-67:20: Attribute `sku` of `MyApp.Catalog.Product` is `:string` but column `products.sku` is `VARCHAR(40)[]`: expected `text` or `character varying` [consistency-ash-sql]',
      '68:15-68:24: Attribute `released_on` of `MyApp.Catalog.Product` is `:date` but column `products.released_on` is `TIMESTAMP`: expected `date` [consistency-ash-sql]',
      '70:12-70:19: Attribute `currency` of `MyApp.Catalog.Product` is `MyApp.Catalog.Types.Currency` (stored as `:string`) but column `products.currency` is `INTEGER`: expected `text` or `character varying` [consistency-ash-sql]',
      '73:9-73:21: Attribute `state` of `MyApp.Catalog.Product` is `:string` but column `products.state` is `product_kind`: expected `text` or `character varying` [consistency-ash-sql]'
    ]
  },
  'consistency-rest-resources': {
    'methods.md': [
      '72:4-72:8: `POST /api/tax_rates` needs a create action of `MyApp.Billing.TaxRate`, but the resource has none: its actions are `read` [consistency-rest-resources]',
      '73:4-73:9: `PATCH /api/tax_rates/:id` needs an update action of `MyApp.Billing.TaxRate`, but the resource has none: its actions are `read` [consistency-rest-resources]',
      '74:4-74:10: `DELETE /api/tax_rates/:id` needs a destroy action of `MyApp.Billing.TaxRate`, but the resource has none: its actions are `read` [consistency-rest-resources]',
      '76:4-76:7: `GET /api/audit_events/:id` needs a read action of `MyApp.Billing.AuditEvent`, but the resource has none: its actions are `record` [consistency-rest-resources]',
      '77:4-77:7: `PUT /api/audit_events/:id` needs an update action of `MyApp.Billing.AuditEvent`, but the resource has none: its actions are `record` [consistency-rest-resources]',
      '79:13-79:21: Path segment `accounts` of `GET /api/accounts/:account_id/tax_rates` names no resource of the doc: expected the plural name of one of its resources (`tax_rates`, `audit_events` or `customers`) [consistency-rest-resources]'
    ],
    'segments.md': [
      '66:13-66:20: Path segment `widgets` of `GET /api/widgets` names no resource of the doc: expected the plural name of one of its resources (`teams`, `invitations`, `team_invitations`, `users` or `memberships`) [consistency-rest-resources]',
      '67:13-67:23: Path segment `invitation` of `GET /api/invitation/:id` names no resource of the doc: did you mean `invitations` (`MyApp.Teams.Invitation`)? [consistency-rest-resources]',
      '68:30-68:36: Path segment `aceept` of `POST /api/invitations/:id/aceept` names neither a resource nor an action of `MyApp.Teams.Invitation`: did you mean `accept`? [consistency-rest-resources]',
      '69:30-69:37: Path segment `approve` of `POST /api/invitations/:id/approve` names neither a resource nor an action of `MyApp.Teams.Invitation`: its actions are `read`, `destroy`, `create`, `pending`, `accept` and `mark_expired` [consistency-rest-resources]',
      '70:25-70:31: Path segment `pendng` of `GET /api/invitations/pendng` names neither a resource nor an action of `MyApp.Teams.Invitation`: did you mean `pending`? [consistency-rest-resources]',
      '79:43-79:48: Path segment `owner` of `GET /api/invitations/:id/relationships/owner` names no relationship of `MyApp.Teams.Invitation`: its relationships are `team` [consistency-rest-resources]'
    ]
  },
  'consistency-unmapped-column': {
    'columns.md': [
      '20:15-20:21: Attribute `email` of `MyApp.Accounts.Profile` has no column in table `profiles` [consistency-ash-sql]',
      '53:3-53:8: Column `profiles.emial` maps to no attribute of `MyApp.Accounts.Profile`: did you mean attribute `email`? [consistency-unmapped-column]',
      '54:3-54:6: Column `profiles.bio` maps to no attribute of `MyApp.Accounts.Profile`: attribute `bio` is stored in column `biography` (`source:`) [consistency-unmapped-column]',
      '56:3-56:14: Column `profiles.legacy_code` maps to no attribute of `MyApp.Accounts.Profile` [consistency-unmapped-column]',
      '61:33-61:43: Column `profiles.avatar_url` maps to no attribute of `MyApp.Accounts.Profile` [consistency-unmapped-column]'
    ]
  },
  'consistency-unmapped-field': {
    'fields.md': [
      '64:3-64:11: Field `Team.seatLimt` maps to no attribute, relationship, calculation or aggregate of `MyApp.Teams.Team`: did you mean `seatLimit` (`seat_limit`)? [consistency-unmapped-field]',
      '66:3-66:12: Field `Team.ownerName` maps to no attribute, relationship, calculation or aggregate of `MyApp.Teams.Team` [consistency-unmapped-field]'
    ],
    // No `mutations` block: only close slips of the conventional names, as warnings.
    'mutations.md': [
      "49:3-49:13: Mutation `voidInvoce` matches no action or code interface of the doc's AshGraphql resources (the doc declares no `mutations`): did you mean `voidInvoice`? [consistency-unmapped-field]",
      "50:3-50:15: Mutation `setleInvoice` matches no action or code interface of the doc's AshGraphql resources (the doc declares no `mutations`): did you mean `settleInvoice`? [consistency-unmapped-field]"
    ]
  }
}

describe('consistency rules on their invalid fixtures', function () {
  const folders = readdirSync(path.join(root, 'fixtures', 'invalid')).filter((name) => name.startsWith('consistency-')).sort()

  it('has a fixture folder for each rule, and expectations for every fixture', function () {
    expect(folders).toEqual(Object.keys(expected).sort())
    for (const folder of folders) {
      expect(markdownFiles(path.join('fixtures', 'invalid', folder)), folder).toEqual(Object.keys(expected[folder]!).sort())
    }
  })

  for (const [folder, files] of Object.entries(expected)) {
    for (const [name, messages] of Object.entries(files)) {
      it(`${folder}/${name}`, async function () {
        const file = await lintFixture(path.join('fixtures', 'invalid', folder, name), {plugins: consistencyRules})
        expect(describeMessages(file)).toEqual(messages)
        // The folder's rule reports something in each of its fixtures.
        expect(messages.some((message) => message.endsWith(`[${folder}]`))).toBe(true)
        for (const message of file.messages) {
          expect(message.source).toBe('archdoc-lint')
          expect(message.fatal).toBe(message.ruleId === 'consistency-unmapped-column' || message.ruleId === 'consistency-unmapped-field' ? false : true)
        }
      })
    }
  }
})

describe('consistent twins', function () {
  const folders = readdirSync(path.join(root, 'fixtures', 'consistency')).sort()

  it('every invalid fixture has a consistent twin of the same name', function () {
    expect(folders).toEqual(Object.keys(expected).sort())
    for (const folder of folders) {
      expect(markdownFiles(path.join('fixtures', 'consistency', folder))).toEqual(Object.keys(expected[folder]!).sort())
    }
  })

  for (const folder of folders) {
    for (const name of markdownFiles(path.join('fixtures', 'consistency', folder))) {
      it(`${folder}/${name} has no messages`, async function () {
        const file = await lintFixture(path.join('fixtures', 'consistency', folder, name), {plugins: [...consistencyRules, ...codeRules]})
        expect(describeMessages(file)).toEqual([])
      })
    }
  }

  it('the valid docs have no consistency messages', async function () {
    for (const name of markdownFiles(path.join('fixtures', 'valid'))) {
      const file = await lintFixture(path.join('fixtures', 'valid', name), {plugins: consistencyRules})
      expect(describeMessages(file), name).toEqual([])
    }
  })
})

describe('Mutation fields (AshGraphql mutations)', function () {
  const invoice = (graphqlBlock: string, extra = '') =>
    elixir(
      'MyApp.Billing.Invoice',
      `defmodule MyApp.Billing.Invoice do
  use Ash.Resource, domain: MyApp.Billing, data_layer: Ash.DataLayer.Ets, extensions: [AshGraphql.Resource]

  graphql do
${graphqlBlock}
  end

  attributes do
    uuid_primary_key :id${extra}
  end

  actions do
    defaults [:read, :create]
    update :void
  end
end`
    )
  const domain = (body: string) =>
    `## Phoenix Contexts\n\n### Context Module: MyApp.Billing\n\`\`\`elixir\ndefmodule MyApp.Billing do\n  use Ash.Domain, extensions: [AshGraphql.Domain]\n\n${body}\nend\n\`\`\`\n`
  const registered = '  resources do\n    resource MyApp.Billing.Invoice\n  end'
  const ownMutations = '    type :invoice\n\n    mutations do\n      create :create_invoice, :create\n      update :void_invoice, :void\n    end'
  const schema = (fields: string) => `## API Design\n\n${graphql(`type Invoice {\n  id: ID!\n}\n\ntype Mutation {\n${fields}\n}`)}`
  const rules = {plugins: consistencyRules}

  it('resolves fields against a resource\'s mutations block and a domain\'s, camelized or as written', async function () {
    const file = await lint(
      doc(
        '## Ash Resources\n',
        invoice(ownMutations),
        domain(`  graphql do\n    mutations do\n      update MyApp.Billing.Invoice, :finalize_invoice, :void\n    end\n  end\n\n${registered}`),
        schema('  createInvoice: Invoice\n  void_invoice(id: ID!): Invoice\n  finalizeInvoice(id: ID!): Invoice')
      ),
      rules
    )
    expect(describeMessages(file)).toEqual([])
  })

  it('counts groups and queries made mutations (`as_mutation?`), and the actions, as names', async function () {
    const graphqlBlock =
      '    type :invoice\n\n    queries do\n      read_one :current_invoice, :read, as_mutation?: true\n    end\n\n    mutations do\n      group :billing do\n        create :create_invoice, :create\n      end\n    end'
    const file = await lint(doc('## Ash Resources\n', invoice(graphqlBlock), domain(registered), schema('  billing: Invoice\n  currentInvoice: Invoice\n  voidInvoice(id: ID!): Invoice')), rules)
    expect(describeMessages(file)).toEqual([])
  })

  it('reports a slip of a domain\'s mutation, with the entry as the related place', async function () {
    const file = await lint(
      doc(
        '## Ash Resources\n',
        invoice('    type :invoice'),
        domain(`  graphql do\n    mutations do\n      update MyApp.Billing.Invoice, :finalize_invoice, :void\n    end\n  end\n\n${registered}`),
        schema('  finaliseInvoice(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice')
      ),
      rules
    )
    expect(describeMessages(file)).toEqual([
      "53:3-53:18: Mutation `finaliseInvoice` matches no mutation of the doc's `graphql` blocks: did you mean `finalizeInvoice`? [consistency-ash-graphql]",
      '54:3-54:15: Mutation `annulInvoice` matches no mutation or action of `MyApp.Billing.Invoice`: its one mutation is `finalizeInvoice` [consistency-ash-graphql]'
    ])
    expect(file.messages[1]!.related).toEqual([{place: {start: {line: 33, column: 5}, end: {line: 33, column: 14}}, message: '`mutations` of `MyApp.Billing` here'}])
    expect(file.messages[0]!.related).toEqual([
      {place: {start: {line: 34, column: 37}, end: {line: 34, column: 54}}, message: 'mutation `finalize_invoice` of `MyApp.Billing.Invoice` defined here'}
    ])
  })

  it('stays silent on a field of a resource the doc does not show, and where the domain is not shown whole', async function () {
    // `createPayment`: no resource `Payment` in the doc; `annulInvoice`: the domain may declare it.
    const fields = '  createPayment(amount: Int!): Invoice\n  annulInvoice(id: ID!): Invoice'
    const withoutDomain = await lint(doc('## Ash Resources\n', invoice(ownMutations), schema(fields)), rules)
    expect(describeMessages(withoutDomain)).toEqual([])
    // The domain registers a resource the doc does not show: it may define the mutation.
    const unshown = await lint(
      doc('## Ash Resources\n', invoice(ownMutations), domain('  resources do\n    resource MyApp.Billing.Invoice\n    resource MyApp.Billing.Payment\n  end'), schema(fields)),
      rules
    )
    expect(describeMessages(unshown)).toEqual([])
    // Shown whole, the field is reported.
    const whole = await lint(doc('## Ash Resources\n', invoice(ownMutations), domain(registered), schema(fields)), rules)
    expect(describeMessages(whole)).toEqual([
      '53:3-53:15: Mutation `annulInvoice` matches no mutation or action of `MyApp.Billing.Invoice`: its mutations are `createInvoice` and `voidInvoice` [consistency-ash-graphql]'
    ])
  })

  it('counts the hand-written mutations of an Absinthe schema module the doc shows, and stands down where it imports fields', async function () {
    const schemaModule = (body: string) =>
      `\n\`\`\`elixir\ndefmodule MyAppWeb.Schema do\n  use Absinthe.Schema\n  use AshGraphql, domains: [MyApp.Billing]\n\n  mutation do\n${body}\n  end\nend\n\`\`\`\n`
    const fields = '  annulInvoice(id: ID!): Invoice\n  refundInvoice(id: ID!): Invoice'
    const custom = await lint(
      doc('## Ash Resources\n', invoice(ownMutations), domain(registered), schema(fields) + schemaModule('    field :annul_invoice, :invoice do\n      resolve &MyAppWeb.Resolvers.annul/3\n    end')),
      rules
    )
    expect(describeMessages(custom)).toEqual([
      '53:3-53:16: Mutation `refundInvoice` matches no mutation or action of `MyApp.Billing.Invoice`: its mutations are `createInvoice` and `voidInvoice` [consistency-ash-graphql]'
    ])
    const imported = await lint(doc('## Ash Resources\n', invoice(ownMutations), domain(registered), schema(fields) + schemaModule('    import_fields :refund_mutations')), rules)
    expect(describeMessages(imported)).toEqual([])
  })

  it('stays silent on excerpts: of the schema, and of the mutations block (no "did you mean" against it)', async function () {
    const extended = await lint(
      doc('## Ash Resources\n', invoice(ownMutations), domain(registered), `## API Design\n\n${graphql('extend type Mutation {\n  voidInvoce(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice\n}')}`),
      rules
    )
    expect(describeMessages(extended)).toEqual([])
    const elided = await lint(doc('## Ash Resources\n', invoice(ownMutations), domain(registered), schema('  # ...\n  voidInvoce(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice')), rules)
    expect(describeMessages(elided)).toEqual([])
    const excerptBlock = ownMutations.replace('update :void_invoice, :void', 'update :void_invoice, :void\n      # ...')
    const partial = await lint(doc('## Ash Resources\n', invoice(excerptBlock), domain(registered), schema('  voidInvoce(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice')), rules)
    expect(describeMessages(partial)).toEqual([])
  })

  it('takes for a slip only a long word one or two edits off, or another case; not another short word or a plural', function () {
    const slips = (pairs: Array<[string, string]>) => pairs.map(([field, known]) => isSlip(field, known))
    expect(slips([['voidInvoce', 'voidInvoice'], ['finaliseInvoice', 'finalizeInvoice'], ['destroyAlbun', 'destroyAlbum'], ['voidinvoice', 'voidInvoice']])).toEqual([
      true,
      true,
      true,
      true
    ])
    // Another resource's mutation (`Task` next to `Tag`), a plural, a short word, another verb.
    expect(
      slips([
        ['createTask', 'createTag'],
        ['createInvoices', 'createInvoice'],
        ['markInvoicePayd', 'markInvoicePaid'],
        ['createFe', 'createFee'],
        ['deleteInvoice', 'voidInvoice'],
        ['voidInvoiceNow', 'voidInvoice']
      ])
    ).toEqual([false, false, false, false, false, false])
  })

  it('stays silent without resources that use AshGraphql', async function () {
    const plain = invoice(ownMutations).replace(', extensions: [AshGraphql.Resource]', '').replace(/ {2}graphql do[\s\S]*?\n {2}end\n\n/, '')
    const file = await lint(doc('## Ash Resources\n', plain, domain(registered), schema('  voidInvoce(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice')), rules)
    expect(describeMessages(file)).toEqual([])
  })

  it('without mutations blocks: a warning for a close slip of a conventional name only', async function () {
    const file = await lint(
      doc('## Ash Resources\n', invoice('    type :invoice'), domain(registered), schema('  createInvoice: Invoice\n  voidInvoce(id: ID!): Invoice\n  annulInvoice(id: ID!): Invoice\n  voidInvoicesLater(id: ID!): Invoice')),
      rules
    )
    expect(describeMessages(file)).toEqual([
      "48:3-48:13: Mutation `voidInvoce` matches no action or code interface of the doc's AshGraphql resources (the doc declares no `mutations`): did you mean `voidInvoice`? [consistency-unmapped-field]"
    ])
    expect(file.messages[0]!.fatal).toBe(false)
    expect(file.messages[0]!.related?.[0]?.message).toBe('action `void` of `MyApp.Billing.Invoice` defined here')
    // The resource shown as an excerpt: no "did you mean" against its actions.
    const excerpt = await lint(doc('## Ash Resources\n', invoice('    type :invoice', '\n    # ...'), domain(registered), schema('  voidInvoce(id: ID!): Invoice')), rules)
    expect(describeMessages(excerpt)).toEqual([])
  })
})

describe('table name slips', function () {
  const doc = (sql: string) =>
    `# Architecture Design Changes\n\n## Ash Resources\n\n\`\`\`elixir\ndefmodule MyApp.Shop.Order do\n  use Ash.Resource, data_layer: AshPostgres.DataLayer\n\n  postgres do\n    table "order"\n  end\n\n  relationships do\n    belongs_to :customer, MyApp.Shop.Customer\n  end\nend\n\`\`\`\n\n## Database Schema\n\n### Table: order\n\`\`\`sql\n${sql}\n\`\`\`\n`

  it('stays silent on a schema that names its tables in the singular', async function () {
    const file = await lint(doc('CREATE TABLE "order" (id UUID PRIMARY KEY, customer_id UUID REFERENCES customer(id));'), {plugins: [consistencyAshSql]})
    expect(describeMessages(file)).toEqual([])
  })

  it('reports the slip in a plural schema, with the table as a related place', async function () {
    const plural = doc('CREATE TABLE orders (id UUID PRIMARY KEY, customer_id UUID REFERENCES customers(id));\nCREATE TABLE customers (id UUID PRIMARY KEY);\nCREATE TABLE refunds (id UUID PRIMARY KEY, order_id UUID REFERENCES order_(id), customer_id UUID REFERENCES customer(id));')
      .replace('table "order"', 'table "orders"')
    const file = await lint(plural, {plugins: [consistencyAshSql]})
    expect(describeMessages(file)).toEqual([
      '25:98-25:108: `refunds.customer_id` REFERENCES `customer`, which the doc does not create: did you mean `customers`? [consistency-ash-sql]'
    ])
    expect((file.messages[0] as unknown as {related: unknown}).related).toEqual([
      {place: {start: {line: 24, column: 14}, end: {line: 24, column: 23}}, message: 'Table `customers`'}
    ])
  })
})

describe('identities and their unique indexes (consistency-ash-sql)', function () {
  interface Case {
    identities: string
    /** More sections of the resource (`multitenancy`, `postgres` options, `calculations`). */
    sections?: string
    postgres?: string
    use?: string
    /** Statements after the CREATE TABLE. */
    sql?: string
    table?: string
  }
  const createTable = 'CREATE TABLE invoices (\n  id UUID PRIMARY KEY,\n  number TEXT NOT NULL,\n  org_id UUID NOT NULL,\n  email TEXT\n);'
  const source = (test: Case) =>
    doc(
      '## Ash Resources\n',
      elixir(
        'MyApp.Billing.Invoice',
        [
          'defmodule MyApp.Billing.Invoice do',
          `  use Ash.Resource, domain: MyApp.Billing, ${test.use ?? 'data_layer: AshPostgres.DataLayer'}`,
          '',
          '  postgres do',
          '    table "invoices"',
          '    repo MyApp.Repo',
          ...(test.postgres ? [test.postgres] : []),
          '  end',
          '',
          '  attributes do',
          '    uuid_primary_key :id',
          '    attribute :number, :string, allow_nil?: false, public?: true',
          '    attribute :org_id, :uuid, allow_nil?: false, public?: true',
          '    attribute :email, :string, public?: true',
          '  end',
          ...(test.sections ? ['', test.sections] : []),
          '',
          '  identities do',
          test.identities,
          '  end',
          'end'
        ].join('\n')
      ),
      '## Database Schema\n',
      sql('invoices', [test.table ?? createTable, ...(test.sql ? [test.sql] : [])].join('\n'))
    )
  const check = async (test: Case) => describeMessages(await lint(source(test), {plugins: [consistencyAshSql]}))

  it('reports an identity without a unique index at its keys, with the CREATE TABLE as a related place', async function () {
    const file = await lint(source({identities: '    identity :unique_number, [:number]'}), {plugins: [consistencyAshSql]})
    expect(describeMessages(file)).toEqual([
      '23:30-23:39: Identity `unique_number` of `MyApp.Billing.Invoice` has no unique index or constraint on column `invoices.number`: expected `CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (number)` [consistency-ash-sql]'
    ])
    expect(file.messages[0]!.related).toEqual([
      {place: {start: {line: 32, column: 14}, end: {line: 32, column: 22}}, message: 'table `invoices` created here'}
    ])
    expect(file.messages[0]!.note).toBe('If the SQL shows only part of the schema, mark it as an excerpt with a `-- ...` line')
  })

  it('compares column sets in any order', async function () {
    const identities = '    identity :unique_number_email, [:number, :email]'
    expect(await check({identities, sql: 'CREATE UNIQUE INDEX invoices_email_number_index ON invoices (email, number);'})).toEqual([])
    expect(await check({identities, sql: 'CREATE UNIQUE INDEX invoices_email_index ON invoices (email, org_id);'})).toEqual([
      '23:36-23:53: Identity `unique_number_email` of `MyApp.Billing.Invoice` has no unique index or constraint on columns `number` and `email` of table `invoices`: expected `CREATE UNIQUE INDEX invoices_unique_number_email_index ON invoices (number, email)` [consistency-ash-sql]'
    ])
  })

  it('counts the primary key, UNIQUE constraints of a column or the table, and ALTER TABLE ... ADD UNIQUE', async function () {
    expect(await check({identities: '    identity :by_id, [:id]'})).toEqual([])
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, table: createTable.replace('number TEXT NOT NULL', 'number TEXT NOT NULL UNIQUE')})).toEqual([])
    expect(await check({identities, table: createTable.replace('email TEXT\n', 'email TEXT,\n  CONSTRAINT invoices_number_key UNIQUE (number)\n')})).toEqual([])
    expect(await check({identities, sql: 'ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);'})).toEqual([])
  })

  it('counts something unique on part of the keys: it makes the keys unique too', async function () {
    expect(await check({identities: '    identity :unique_number_email, [:number, :email]', sql: 'CREATE UNIQUE INDEX invoices_number_index ON invoices (number);'})).toEqual([])
  })

  it('adds the tenant attribute of attribute multitenancy first, unless the identity is all_tenants?', async function () {
    const sections = '  multitenancy do\n    strategy :attribute\n    attribute :org_id\n    global? true\n  end'
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, sections, sql: 'CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (org_id, number);'})).toEqual([])
    expect(await check({identities, sections})).toEqual([
      '29:30-29:39: Identity `unique_number` of `MyApp.Billing.Invoice` has no unique index or constraint on columns `org_id` and `number` of table `invoices` (with the tenant attribute `org_id`): expected `CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (org_id, number)` [consistency-ash-sql]'
    ])
    // Unique per tenant is not unique across tenants.
    const allTenants = '    identity :unique_number, [:number], all_tenants?: true'
    expect(await check({identities: allTenants, sections, sql: 'CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (org_id, number);'})).toEqual([
      '29:30-29:39: Identity `unique_number` of `MyApp.Billing.Invoice` has no unique index or constraint on column `invoices.number`: expected `CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (number)` [consistency-ash-sql]'
    ])
    // Context multitenancy (a schema per tenant) adds nothing.
    expect(await check({identities, sections: '  multitenancy do\n    strategy :context\n  end', sql: 'CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (number);'})).toEqual([])
  })

  it('counts partial and expression indexes', async function () {
    expect(await check({identities: '    identity :unique_number, [:number], where: expr(not is_nil(email))', sql: 'CREATE UNIQUE INDEX invoices_unique_number_index ON invoices (number) WHERE email IS NOT NULL;'})).toEqual([])
    expect(await check({identities: '    identity :unique_email, [:email]', sql: 'CREATE UNIQUE INDEX invoices_lower_email_index ON invoices (lower(email));'})).toEqual([])
  })

  it('says so when the index on the keys is not UNIQUE, with the index as a related place', async function () {
    const file = await lint(source({identities: '    identity :unique_number, [:number]', sql: 'CREATE INDEX invoices_number_index ON invoices (number);'}), {plugins: [consistencyAshSql]})
    expect(describeMessages(file)).toEqual([
      '23:30-23:39: Identity `unique_number` of `MyApp.Billing.Invoice` has no unique index or constraint on column `invoices.number`: index `invoices_number_index` on it is not UNIQUE [consistency-ash-sql]'
    ])
    expect(file.messages[0]!.related).toEqual([
      {place: {start: {line: 32, column: 14}, end: {line: 32, column: 22}}, message: 'table `invoices` created here'},
      {place: {start: {line: 38, column: 1}, end: {line: 38, column: 56}}, message: 'index `invoices_number_index` (not UNIQUE) here'}
    ])
  })

  it('follows the postgres block: identity_index_names, skip_unique_indexes, unique custom_indexes, custom_statements', async function () {
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, postgres: '    identity_index_names unique_number: "invoices_number_key"'})).toEqual([
      '24:30-24:39: Identity `unique_number` of `MyApp.Billing.Invoice` has no unique index or constraint on column `invoices.number`: expected `CREATE UNIQUE INDEX invoices_number_key ON invoices (number)` [consistency-ash-sql]'
    ])
    expect(await check({identities, postgres: '    skip_unique_indexes [:unique_number]'})).toEqual([])
    expect(await check({identities, postgres: '\n    custom_indexes do\n      index [:number], unique: true\n    end'})).toEqual([])
    expect(await check({identities, postgres: '\n    custom_indexes do\n      index ["lower(number)"], unique: true\n    end'})).toEqual([])
    expect(await check({identities, postgres: '\n    custom_statements do\n      statement :number_key do\n        up "CREATE UNIQUE INDEX invoices_number_key ON invoices (number)"\n        down "DROP INDEX invoices_number_key"\n      end\n    end'})).toEqual([])
    // A custom index that is not unique does not count.
    expect(await check({identities, postgres: '\n    custom_indexes do\n      index [:number]\n    end'})).toHaveLength(1)
  })

  it('stays silent on an identity over a calculation', async function () {
    const sections = '  calculations do\n    calculate :lower_email, :string, expr(fragment("lower(?)", email))\n  end'
    expect(await check({identities: '    identity :unique_lower_email, [:lower_email]', sections, postgres: '    calculations_to_sql lower_email: "lower(email)"'})).toEqual([])
  })

  it('stays silent for a data layer other than AshPostgres, or an unreadable data layer', async function () {
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, use: 'data_layer: Ash.DataLayer.Ets'})).toEqual([])
    expect(await check({identities, use: 'data_layer: AshSqlite.DataLayer'})).toEqual([])
    expect(await check({identities, use: 'data_layer: @data_layer'})).toEqual([])
  })

  it('stays silent on a table the doc only alters', async function () {
    expect(await check({identities: '    identity :unique_number, [:number]', table: 'ALTER TABLE invoices ADD COLUMN email TEXT;'})).toEqual([])
  })

  it('stays silent on an excerpt: of the table, of the resource, of its identities', async function () {
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, table: createTable.replace('  email TEXT\n', '  email TEXT\n  -- other columns unchanged\n')})).toEqual([])
    expect(await check({identities, sql: '-- ...'})).toEqual([])
    expect(await check({identities, sections: '  # ...'})).toEqual([])
    expect(await check({identities: identities + '\n    # other identities as before'})).toEqual([])
    // A comment after a statement on its line is not an elision.
    expect(await check({identities, table: createTable.replace('  email TEXT\n', '  email TEXT -- existing column\n')})).toHaveLength(1)
  })

  it('stays silent where the doc has uniqueness the table model does not read', async function () {
    const identities = '    identity :unique_number, [:number]'
    expect(await check({identities, table: createTable.replace('email TEXT\n', 'email TEXT,\n  EXCLUDE USING gist (number WITH =)\n')})).toEqual([])
    expect(await check({identities, sql: "DO $$ BEGIN EXECUTE 'CREATE UNIQUE INDEX invoices_number_key ON invoices (number)'; END $$;"})).toEqual([])
    expect(await check({identities, sql: 'CREATE UNIQUE INDEX invoices_number_key ON invoices (number'})).toEqual([])
  })
})

describe('the table model (src/sql/tables.ts)', function () {
  const schema = doc(
    '## Database Schema\n',
    sql(
      't',
      [
        'CREATE TABLE t (',
        '  a INT,',
        '  b INTEGER NOT NULL,',
        '  c TIMESTAMP(0),',
        '  d TIMESTAMPTZ,',
        '  e TIMESTAMP WITH TIME ZONE,',
        '  f character varying(20) DEFAULT \'x, y\',',
        '  g double precision,',
        "  h text[] DEFAULT '{}',",
        '  i serial PRIMARY KEY,',
        '  j mood CHECK (j IN (\'ok\', \'sad\'))',
        ');',
        'ALTER TABLE old ADD COLUMN x bigint NOT NULL, ALTER COLUMN y SET NOT NULL, ALTER COLUMN z TYPE numeric(10, 2), DROP COLUMN w;',
        'CREATE UNIQUE INDEX t_b_index ON t (b, lower(f)) WHERE b > 0;',
        'ALTER TABLE old RENAME COLUMN v TO v2;',
        "CREATE TYPE mood AS ENUM ('sad', 'ok');",
        "ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';",
        "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';"
      ].join('\n')
    )
  )

  it('reads columns with catalog type names, whatever the spelling', async function () {
    const model = await modelOf(schema)
    const table = model.sql!.tables.get('t')!
    expect(table.created).toBeDefined()
    const types = table.columns.map((column) => [column.name, column.type?.name, column.type?.typmods, column.type?.arrayDimensions, column.type?.text])
    expect(types).toEqual([
      ['a', 'int4', [], 0, 'INT'],
      ['b', 'int4', [], 0, 'INTEGER'],
      ['c', 'timestamp', [0], 0, 'TIMESTAMP(0)'],
      ['d', 'timestamptz', [], 0, 'TIMESTAMPTZ'],
      ['e', 'timestamptz', [], 0, 'TIMESTAMP WITH TIME ZONE'],
      ['f', 'varchar', [20], 0, 'character varying(20)'],
      ['g', 'float8', [], 0, 'double precision'],
      ['h', 'text', [], 1, 'text[]'],
      ['i', 'serial', [], 0, 'serial'],
      ['j', 'mood', [], 0, 'mood']
    ])
    const b = table.columns[1]!
    expect([b.notNull, b.primaryKey, b.origin, b.place]).toEqual([
      true,
      false,
      'create',
      {start: {line: 9, column: 3, offset: 99}, end: {line: 9, column: 4, offset: 100}}
    ])
    expect(table.columns[5]!.default?.text).toBe("'x, y'")
    expect(table.columns[8]!.primaryKey).toBe(true)
    expect(table.columns[8]!.notNull).toBe(true)
    expect(table.columns[9]!.checkIn?.values).toEqual(['ok', 'sad'])
    expect(table.indexes).toEqual([
      expect.objectContaining({name: 't_b_index', table: 't', unique: true, columns: ['b', undefined], expressionColumns: ['f']})
    ])
    expect(model.sql!.enums.get('mood')!.labels).toEqual(['sad', 'meh', 'ok', 'happy'])
  })

  it('reads UNIQUE constraints, what makes rows unique otherwise, and elision comments', async function () {
    const model = await modelOf(
      doc(
        '## Database Schema\n',
        sql('u', 'CREATE TABLE u (\n  a INT UNIQUE,\n  b INT,\n  c INT,\n  CONSTRAINT u_b_c_key UNIQUE (c, b)\n);\nALTER TABLE u ADD CONSTRAINT u_c_key UNIQUE (c);'),
        sql('v', 'CREATE TABLE v (a INT, EXCLUDE USING gist (a WITH =));\n  -- other tables unchanged\nCREATE TABLE w (a INT); -- not an elision')
      )
    )
    const u = model.sql!.tables.get('u')!
    expect(u.uniques.map((unique) => [unique.columns, unique.place.start.line, unique.place.start.column])).toEqual([
      [['a'], 8, 9],
      [['c', 'b'], 11, 3],
      [['c'], 13, 19]
    ])
    expect([u.otherUniqueness, u.excerpt]).toEqual([undefined, undefined])
    const v = model.sql!.tables.get('v')!
    expect(v.otherUniqueness?.start).toEqual({line: 18, column: 24, offset: expect.any(Number)})
    expect(v.excerpt?.start).toEqual({line: 19, column: 3, offset: expect.any(Number)})
    // The comment marks the block, so every table of the block.
    expect(model.sql!.tables.get('w')!.excerpt).toEqual(v.excerpt)
  })

  it('keeps only the columns an ALTER touches, and which of their facts it states', async function () {
    const model = await modelOf(schema)
    const table = model.sql!.tables.get('old')!
    expect(table.created).toBeUndefined()
    expect(table.alters).toHaveLength(2)
    expect(table.columns.map((column) => [column.name, column.origin, column.known, column.notNull, column.type?.name])).toEqual([
      ['x', 'add', {type: true, nullability: true, constraints: true}, true, 'int8'],
      ['y', 'alter', {type: false, nullability: true, constraints: false}, true, undefined],
      ['z', 'alter', {type: true, nullability: false, constraints: false}, false, 'numeric'],
      ['v2', 'alter', {type: false, nullability: false, constraints: false}, false, undefined]
    ])
    expect(table.dropped.map((dropped) => [dropped.name, dropped.place.start.line, dropped.place.start.column])).toEqual([
      ['w', 19, 124],
      ['v', 21, 31]
    ])
  })

  it('compares hand-written type names as catalog names', function () {
    expect(['INTEGER', 'int', 'character varying', 'TIMESTAMP(0)', 'timestamp with time zone', 'Double  Precision', 'decimal'].map(catalogTypeName)).toEqual([
      'int4',
      'int4',
      'varchar',
      'timestamp',
      'timestamptz',
      'float8',
      'numeric'
    ])
    expect(ashToSql.integer!.map(catalogTypeName)).toEqual(['int4', 'int8', 'int2', 'serial', 'bigserial', 'smallserial'])
    expect(ashToSql.utc_datetime!.map(catalogTypeName)).toEqual(['timestamp', 'timestamptz'])
    expect(ashToGraphql.ci_string).toEqual(['String'])
  })
})

describe('the GraphQL type model (src/graphql/types.ts)', function () {
  it('merges extensions into the types they extend', async function () {
    const model = await modelOf(
      doc('## API Design\n', graphql('type A {\n  x: Int\n}\n\nextend type A {\n  y: [String!]!\n  x: Float\n}\n\nenum E { ONE }\nextend enum E { TWO }\nscalar DateTime'))
    )
    const types = model.graphql!
    const a = types.objects.get('A')!
    expect(a.fields.map((field) => [field.name, field.type])).toEqual([
      ['x', {kind: 'named', name: 'Int'}],
      ['y', {kind: 'nonNull', of: {kind: 'list', of: {kind: 'nonNull', of: {kind: 'named', name: 'String'}}}}]
    ])
    expect(a.fields[1]!.typePlace.start).toEqual({line: 12, column: 6, offset: 118})
    expect(types.enums.get('E')!.values.map((value) => value.name)).toEqual(['ONE', 'TWO'])
    expect([...types.scalars.keys()]).toEqual(['DateTime'])
  })
})

describe('the join (src/join/join.ts)', function () {
  it('walks endpoint paths: resource segments, parameters, action segments', async function () {
    const model = await modelOf(readFileSync(path.join(root, 'fixtures/valid/004217-TeamInvitations.md'), 'utf8'))
    const walks = Object.fromEntries(
      model.join!.endpoints.map((walked) => [
        walked.endpoint.code!.text,
        walked.steps.map((step) => step.kind + ' ' + step.segment.text + (step.kind === 'action' ? ' → ' + step.action.name : step.resource ? ' → ' + step.resource.module : ''))
      ])
    )
    expect(walks['POST /api/teams/:team_id/invitations']).toEqual([
      'resource teams → MyApp.Teams.Team',
      'param :team_id → MyApp.Teams.Team',
      'resource invitations → MyApp.Teams.Invitation'
    ])
    expect(walks['POST /api/invitations/:id/accept']).toEqual([
      'resource invitations → MyApp.Teams.Invitation',
      'param :id → MyApp.Teams.Invitation',
      'action accept → accept'
    ])
    const users = model.join!.byModule.get('MyApp.Accounts.User')!
    expect([users.resource, users.pathNames, users.place.start.line]).toEqual([undefined, ['users'], 70])
  })

  it('joins resources to tables and GraphQL types, and reads collection action segments', async function () {
    const model = await modelOf(readFileSync(path.join(root, 'fixtures/valid/003150-ProjectArchiving.md'), 'utf8'))
    const join = model.join!
    const project = join.byModule.get('MyApp.Projects.Project')!
    expect([project.tableName, project.tableFrom, project.table?.created, project.graphqlType?.name]).toEqual(['projects', 'postgres', undefined, 'Project'])
    // Only the columns the ALTER adds are known.
    expect(project.columns.filter((entry) => entry.column).map((entry) => entry.name)).toEqual(['archived_at', 'archive_reason', 'archived_by_id'])
    expect(project.fields.find((entry) => entry.field.name === 'archived')?.target?.kind).toBe('calculation')
    const archived = join.endpoints.find((walked) => walked.endpoint.code?.text === 'GET /api/projects/archived')!
    expect(archived.steps.map((step) => step.kind)).toEqual(['resource', 'action'])
    const events = join.byModule.get('MyApp.Projects.ArchiveEvent')!
    expect(events.pathNames).toEqual(['archive_events', 'project_archive_events'])
  })

  it('finds the table of a resource without `table` in a `Table:` subsection of its conventional name', async function () {
    const model = await modelOf(
      doc(
        '## Ash Resources\n',
        elixir(
          'MyApp.Billing.LineItem',
          'defmodule MyApp.Billing.LineItem do\n  use Ash.Resource, domain: MyApp.Billing, data_layer: AshPostgres.DataLayer\n\n  attributes do\n    uuid_primary_key :id\n  end\nend'
        ),
        '## Database Schema\n',
        sql('line_items', 'CREATE TABLE line_items (id UUID PRIMARY KEY, note TEXT);')
      )
    )
    const joined = joinFor(model).byModule.get('MyApp.Billing.LineItem')!
    expect([joined.tableName, joined.tableFrom, joined.unmappedColumns.map((column) => column.name)]).toEqual(['line_items', 'subsection', ['note']])
  })

  it('builds the join once per options', async function () {
    const model = await modelOf(readFileSync(path.join(root, 'fixtures/valid/003150-ProjectArchiving.md'), 'utf8'))
    expect(joinFor(model)).toBe(model.join)
    const other = joinFor(model, {prefix: '/v2'})
    expect(other).not.toBe(model.join)
    expect(joinFor(model, {prefix: '/v2'})).toBe(other)
    expect(other.endpoints.every((walked) => !walked.underPrefix)).toBe(true)
  })
})

describe('consistency rule options', function () {
  const product = doc(
    '## Ash Resources\n',
    elixir(
      'MyApp.Catalog.Product',
      [
        'defmodule MyApp.Catalog.Product do',
        '  use Ash.Resource, domain: MyApp.Catalog, data_layer: AshPostgres.DataLayer',
        '',
        '  postgres do',
        '    table "products"',
        '  end',
        '',
        '  attributes do',
        '    uuid_primary_key :id',
        '    attribute :price, MyApp.Catalog.Types.Money, public?: true',
        '    attribute :sku, :string, public?: true',
        '  end',
        'end'
      ].join('\n')
    ),
    '## Database Schema\n',
    sql('products', 'CREATE TABLE products (id UUID PRIMARY KEY, price BIGINT, sku VARCHAR(20));'),
    '## API Design\n',
    '### REST Endpoints\n- `GET /v1/goods` - List goods\n- `GET /api/goods` - List goods\n',
    graphql('type Item {\n  id: ID!\n  price: Int\n  sku: Int\n  name: String\n}')
  )

  it('consistency-ash-sql: `types` maps type modules and replaces entries', async function () {
    const plain = await lint(product, {plugins: [consistencyAshSql]})
    expect(describeMessages(plain)).toEqual([])
    const file = await lint(product, {plugins: [[consistencyAshSql, {types: {'MyApp.Catalog.Types.Money': ['numeric'], ':string': ['text']}}]]})
    expect(describeMessages(file)).toEqual([
      '26:51-26:57: Attribute `price` of `MyApp.Catalog.Product` is `MyApp.Catalog.Types.Money` but column `products.price` is `BIGINT`: expected `numeric` [consistency-ash-sql]',
      '26:63-26:74: Attribute `sku` of `MyApp.Catalog.Product` is `:string` but column `products.sku` is `VARCHAR(20)`: expected `text` [consistency-ash-sql]'
    ])
  })

  it('consistency-ash-graphql and consistency-unmapped-field: `typeNames` names a resource\'s GraphQL type', async function () {
    const plain = await lint(product, {plugins: [consistencyAshGraphql, consistencyUnmappedField]})
    expect(describeMessages(plain)).toEqual([])
    const typeNames = {'MyApp.Catalog.Product': 'Item'}
    const file = await lint(product, {plugins: [[consistencyAshGraphql, {typeNames}], [consistencyUnmappedField, {typeNames}]]})
    expect(describeMessages(file)).toEqual([
      '40:8-40:11: Attribute `sku` of `MyApp.Catalog.Product` is `:string` but field `Item.sku` is `Int`: expected `String` [consistency-ash-graphql]',
      '41:3-41:7: Field `Item.name` maps to no attribute, relationship, calculation or aggregate of `MyApp.Catalog.Product` [consistency-unmapped-field]'
    ])
  })

  it('consistency-rest-resources: `prefix` says where resource segments start', async function () {
    const plain = await lint(product, {plugins: [consistencyRestResources]})
    expect(describeMessages(plain)).toEqual([
      '33:13-33:18: Path segment `goods` of `GET /api/goods` names no resource of the doc: expected the plural name of one of its resources (`products`) [consistency-rest-resources]'
    ])
    const file = await lint(product, {plugins: [[consistencyRestResources, {prefix: '/v1'}]]})
    expect(describeMessages(file)).toEqual([
      '32:12-32:17: Path segment `goods` of `GET /v1/goods` names no resource of the doc: expected the plural name of one of its resources (`products`) [consistency-rest-resources]'
    ])
  })

  it('rejects bad options with the rule and option named', function () {
    const run = (plugin: Pluggable) => () => unified().use(remarkParse).use(archdocDocument).use([plugin]).freeze()
    expect(run([consistencyAshSql, {types: {string: 'text'}}])).toThrow('consistency-ash-sql: option `types.string` must be array')
    expect(run([consistencyRestResources, {prefx: '/api'}])).toThrow('consistency-rest-resources: unknown option `prefx` (known: `prefix`)')
    expect(run([consistencyUnmappedColumn, {x: 1}])).toThrow('consistency-unmapped-column: this rule takes no options')
  })
})

describe('the table model on the SQL corpus (fixtures/sql/valid)', function () {
  async function schemaOf(name: string) {
    const code = readFileSync(path.join(root, 'fixtures', 'sql', 'valid', name), 'utf8')
    return (await modelOf(doc('## Database Schema\n', sql('corpus', code)))).sql!
  }

  it('reads every file without failing', async function () {
    const counts: Record<string, number[]> = {}
    for (const name of readdirSync(path.join(root, 'fixtures', 'sql', 'valid')).sort()) {
      const schema = await schemaOf(name)
      counts[name] = [schema.tables.size, schema.enums.size, schema.indexes.length]
    }
    expect(counts).toEqual({
      '01-extensions-types.sql': [0, 1, 0],
      '02-tables.sql': [14, 0, 0],
      '03-indexes.sql': [7, 0, 9],
      '04-alter.sql': [7, 0, 0],
      '05-functions-triggers.sql': [0, 0, 0],
      '06-views-grants-misc.sql': [0, 0, 0]
    })
  })

  it('applies real ALTER TABLE statements', async function () {
    const schema = await schemaOf('04-alter.sql')
    const users = schema.tables.get('users')!
    expect(users.created).toBeUndefined()
    // `display_name` is added, then renamed to `nickname`.
    expect(users.columns.map((column) => [column.name, column.origin, column.notNull, column.type?.text, column.default?.text])).toEqual([
      ['nickname', 'add', false, 'text', undefined],
      ['locale', 'add', true, 'text', "'en'"],
      ['time_zone', 'add', false, 'text', undefined],
      ['hashed_password', 'alter', true, undefined, undefined]
    ])
    expect(users.dropped.map((dropped) => [dropped.name, dropped.renamedTo])).toEqual([
      ['login_count', undefined],
      ['display_name', 'nickname']
    ])
    expect(schema.tables.get('memberships')!.columns[0]!.checkIn?.values).toEqual(['owner', 'admin', 'member'])
    expect(schema.tables.get('document_tags')!.columns[0]!.references).toMatchObject({table: 'documents', column: 'id'})
    expect(schema.tables.get('invoices')!.columns.map((column) => [column.name, column.type?.name, column.type?.typmods])).toEqual([
      ['total', 'numeric', [12, 2]],
      ['currency', undefined, undefined],
      ['tax_rate', undefined, undefined]
    ])
  })
})
