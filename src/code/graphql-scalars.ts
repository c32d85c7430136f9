/**
 * The custom scalars every AshGraphql app's schema has, as data: known in
 * every GraphQL block without a `scalar` line. AshGraphql's schema macro
 * imports `Absinthe.Type.Custom` and its own JSON scalars into the schema
 * (`lib/ash_graphql.ex`, `auto_import_types`), so an app gets them whether
 * or not its doc declares them.
 *
 * Read from the sources at these releases; update the list and the
 * versions together.
 */
export interface KnownScalarSource {
  /** The package and the release read. */
  package: string
  version: string
  /** The file(s) of the release that declare the scalars. */
  files: string[]
  /** The scalars' GraphQL names, as the schema shows them. */
  scalars: string[]
}

export const knownScalarSources: readonly KnownScalarSource[] = [
  {
    // `scalar :datetime, name: "DateTime"`, `scalar :naive_datetime, name: "NaiveDateTime"`,
    // `scalar :date`, `scalar :time`, and `scalar :decimal` when Decimal is loaded (Ash depends on it).
    package: 'absinthe',
    version: '1.11.0',
    files: ['lib/absinthe/type/custom.ex'],
    scalars: ['DateTime', 'NaiveDateTime', 'Date', 'Time', 'Decimal']
  },
  {
    // `scalar :json, name: "Json"`, `scalar :json_string, name: "JsonString"`.
    package: 'ash_graphql',
    version: '1.10.1',
    files: ['lib/types/json.ex', 'lib/types/json_string.ex'],
    scalars: ['Json', 'JsonString']
  }
]

/** The scalars' names, in the order above. */
export const knownScalars: readonly string[] = knownScalarSources.flatMap((source) => source.scalars)
