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
    package: string;
    version: string;
    /** The file(s) of the release that declare the scalars. */
    files: string[];
    /** The scalars' GraphQL names, as the schema shows them. */
    scalars: string[];
}
export declare const knownScalarSources: readonly KnownScalarSource[];
/** The scalars' names, in the order above. */
export declare const knownScalars: readonly string[];
