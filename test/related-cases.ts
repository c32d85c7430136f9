/**
 * One message of each rule that reports two places, with its other places:
 * asserted in JSON and SARIF (test/related-places.test.ts) and in the
 * language server (test/server-related.test.ts).
 */
export interface Related {
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/** One message of each rule that reports two places: where it is, and its other places. */
export const twoPlaces: Array<{ruleId: string; file: string; line: number; column: number; reason: string; related: Related[]}> = [
  {
    ruleId: 'document-title',
    file: 'fixtures/invalid/document-title/second-title.md',
    line: 8,
    column: 1,
    reason: 'Unexpected second H1 `Team Roster`: a design doc has one title',
    related: [{line: 1, column: 1, endLine: 1, endColumn: 30, message: 'the title `Architecture Design Changes`'}]
  },
  {
    ruleId: 'no-duplicate-sections',
    file: 'fixtures/invalid/no-duplicate-sections/repeated-section.md',
    line: 125,
    column: 1,
    reason: 'Duplicate section `## Security Considerations`: already above',
    related: [{line: 117, column: 1, endLine: 117, endColumn: 27, message: 'first `## Security Considerations` here'}]
  },
  {
    ruleId: 'elixir-syntax',
    file: 'fixtures/invalid/elixir-syntax/missing-end.md',
    line: 71,
    column: 25,
    reason: '"update :change_role do" is never closed: missing "end"',
    related: [{line: 73, column: 3, endLine: 73, endColumn: 6, message: '"end" expected before this'}]
  },
  {
    ruleId: 'graphql-schema',
    file: 'fixtures/graphql/invalid/duplicates.md',
    line: 8,
    column: 6,
    reason: 'There can be only one type named "Team".',
    related: [{line: 20, column: 6, endLine: 20, endColumn: 10, message: 'also here'}]
  },
  {
    ruleId: 'ash-attribute',
    file: 'fixtures/invalid/ash-attribute/duplicates.md',
    line: 23,
    column: 16,
    reason: 'Duplicate name `team`: relationship `team` reuses the name of attribute `team`',
    related: [{line: 17, column: 15, endLine: 17, endColumn: 20, message: 'attribute `team` defined here'}]
  },
  {
    ruleId: 'ash-actions',
    file: 'fixtures/invalid/ash-actions/names.md',
    line: 24,
    column: 10,
    reason: 'Action name `read` is already used by `defaults`: action names are unique in a resource, whatever their type',
    related: [{line: 22, column: 15, endLine: 22, endColumn: 20, message: '`read` made by `defaults` here'}]
  },
  {
    ruleId: 'ash-policies',
    file: 'fixtures/invalid/ash-policies/action-names.md',
    line: 36,
    column: 25,
    reason: '`action(:destroi)` names an action `MyApp.Billing.Invoice` does not define: the policy never applies; did you mean `:destroy`?',
    related: [{line: 23, column: 22, endLine: 23, endColumn: 30, message: 'Action `destroy` of `MyApp.Billing.Invoice`'}]
  },
  {
    ruleId: 'ash-resource',
    file: 'fixtures/invalid/ash-resource/policies-authorizer.md',
    line: 27,
    column: 3,
    reason:
      'The `policies` section of `MyApp.Billing.Invoice` needs `authorizers: [Ash.Policy.Authorizer]` in `use Ash.Resource`: without it Ash 3 does not compile the resource (`policies` is undefined)',
    related: [{line: 8, column: 3, endLine: 11, endColumn: 38, message: '`use Ash.Resource` of `MyApp.Billing.Invoice`'}]
  },
  {
    ruleId: 'ash-atomic-actions',
    file: 'fixtures/invalid/ash-atomic-actions/function-changes.md',
    line: 35,
    column: 12,
    reason:
      "Update action `renumber` of `MyApp.Billing.Invoice` cannot be done atomically: the function `change` of the resource's `changes` block runs on it and has no `atomic/3`, so Ash warns at compile time; add `require_atomic? false` to the action, or write the change as a module with `atomic/3`",
    related: [{line: 46, column: 12, endLine: 46, endColumn: 103, message: 'function `change` of the `changes` block'}]
  },
  {
    ruleId: 'ash-relationship',
    file: 'fixtures/invalid/ash-relationship/destination-names.md',
    line: 234,
    column: 27,
    reason: 'Destination `MyApp.Biling.Customer` of belongs_to `customer` is no resource of the doc: did you mean `MyApp.Billing.Customer`?',
    related: [{line: 54, column: 11, endLine: 54, endColumn: 33, message: 'resource `MyApp.Billing.Customer` defined here'}]
  },
  {
    ruleId: 'phoenix-context',
    file: 'fixtures/invalid/phoenix-context/unlisted-resource.md',
    line: 83,
    column: 3,
    reason: 'Domain `MyApp.Teams` does not list resource `MyApp.Teams.Membership` in its `resources`',
    related: [{line: 54, column: 11, endLine: 54, endColumn: 33, message: 'resource `MyApp.Teams.Membership` defined here'}]
  },
  {
    ruleId: 'liveview-component',
    file: 'fixtures/invalid/liveview-component/module-and-render.md',
    line: 72,
    column: 11,
    reason: 'Module `MyAppWeb.InvitationsLive` does not match the heading `Component: MyAppWeb.InvitationLive.Index`',
    related: [{line: 70, column: 1, endLine: 70, endColumn: 45, message: 'heading `Component: MyAppWeb.InvitationLive.Index`'}]
  },
  {
    ruleId: 'rest-endpoints',
    file: 'fixtures/invalid/rest-endpoints/duplicates.md',
    line: 120,
    column: 3,
    reason: 'Duplicate endpoint `GET /api/invitations` (first listed above)',
    related: [{line: 117, column: 3, endLine: 117, endColumn: 25, message: 'first listed here'}]
  },
  {
    ruleId: 'consistency-ash-sql',
    file: 'fixtures/invalid/consistency-ash-sql/nullability.md',
    line: 63,
    column: 3,
    reason: "Attribute `name` of `MyApp.Teams.Team` is not a primary key but column `teams.name` is in the table's PRIMARY KEY",
    related: [
      {line: 19, column: 15, endLine: 19, endColumn: 20, message: 'attribute `name` defined here'},
      {line: 64, column: 3, endLine: 64, endColumn: 14, message: 'PRIMARY KEY of table `teams` here'}
    ]
  },
  {
    ruleId: 'consistency-ash-graphql',
    file: 'fixtures/invalid/consistency-ash-graphql/enums.md',
    line: 51,
    column: 11,
    reason:
      'Attribute `status` of `MyApp.Teams.Invitation` is `:atom` with `one_of: [:pending, :accepted, :revoked]` but field `Invitation.status` is enum `InvitationStatus` with the values `PENDING`, `ACCEPTED` and `EXPIRED`: expected exactly `PENDING`, `ACCEPTED` and `REVOKED`',
    related: [
      {line: 21, column: 15, endLine: 21, endColumn: 22, message: 'attribute `status` defined here'},
      {line: 37, column: 6, endLine: 37, endColumn: 22, message: 'enum `InvitationStatus` defined here'}
    ]
  },
  {
    ruleId: 'consistency-unmapped-column',
    file: 'fixtures/invalid/consistency-unmapped-column/columns.md',
    line: 53,
    column: 3,
    reason: 'Column `profiles.emial` maps to no attribute of `MyApp.Accounts.Profile`: did you mean attribute `email`?',
    related: [
      {line: 7, column: 11, endLine: 7, endColumn: 33, message: 'resource `MyApp.Accounts.Profile` defined here'},
      {line: 20, column: 15, endLine: 20, endColumn: 21, message: 'attribute `email` defined here'}
    ]
  },
  {
    ruleId: 'consistency-unmapped-field',
    file: 'fixtures/invalid/consistency-unmapped-field/fields.md',
    line: 64,
    column: 3,
    reason: 'Field `Team.seatLimt` maps to no attribute, relationship, calculation or aggregate of `MyApp.Teams.Team`: did you mean `seatLimit` (`seat_limit`)?',
    related: [{line: 7, column: 11, endLine: 7, endColumn: 27, message: 'resource `MyApp.Teams.Team` defined here'}]
  },
  {
    ruleId: 'consistency-rest-resources',
    file: 'fixtures/invalid/consistency-rest-resources/methods.md',
    line: 72,
    column: 4,
    reason: '`POST /api/tax_rates` needs a create action of `MyApp.Billing.TaxRate`, but the resource has none: its actions are `read`',
    related: [
      {line: 7, column: 11, endLine: 7, endColumn: 32, message: 'resource `MyApp.Billing.TaxRate` defined here'},
      {line: 21, column: 3, endLine: 23, endColumn: 6, message: 'actions of `MyApp.Billing.TaxRate` here'}
    ]
  }
]

