/**
 * The type mapping tables of the consistency rules, as data, in one place.
 *
 * `consistency-ash-sql` reads `ashToSql`, `consistency-ash-graphql` reads
 * `ashToGraphql`; each rule's `types` option is merged over its table (an
 * entry given replaces the default entry of that Ash type), so a project
 * maps its own types (`money`, `MyApp.Types.Money`) without code.
 *
 * Keys are Ash short type names without the colon (`utc_datetime_usec`) or
 * type modules (`MyApp.Billing.Types.CurrencyCode`). `{:array, T}` is not a
 * key: it maps to an array (SQL) or a list (GraphQL) of T's mapping.
 *
 * Pinned releases: `ashToGraphql` follows ash_graphql v1.10.1
 * (`lib/resource/resource.ex`, `get_specific_field_type`), `ashToSql` the
 * storage types of ash v3.32.0's `Ash.Type.*` modules as ash_postgres v2.12.0
 * migrates them. test/ash-knowledge.test.ts pins both tables.
 */
/** Stands for any `CREATE TYPE ... AS ENUM` type of the doc (SQL) or any enum type of the doc (GraphQL). */
export declare const anyEnum = "<enum>";
/** Stands for any scalar the GraphQL blocks of the doc declare (`scalar Decimal`). */
export declare const anyScalar = "<scalar>";
/**
 * Ash type → the SQL column types it may be stored as, written as people
 * write them (`integer`, `character varying`, `timestamp with time zone`):
 * they are compared as PostgreSQL's catalog names (`int4`, `varchar`,
 * `timestamptz`), so every spelling of a type matches.
 */
export declare const ashToSql: Readonly<Record<string, readonly string[]>>;
/**
 * Ash type → the GraphQL types a field of that attribute or calculation may
 * have. A primary key is `ID` whatever its type; an `:atom` with `one_of`
 * must be an enum whose values are its atoms upper-cased; a relationship is
 * its destination's type. Those rules are not data.
 */
export declare const ashToGraphql: Readonly<Record<string, readonly string[]>>;
/** A mapping table with a rule's `types` option merged over it. */
export declare function mergeMapping(defaults: Readonly<Record<string, readonly string[]>>, overrides: Readonly<Record<string, readonly string[]>> | undefined): Record<string, readonly string[]>;
/** JSON schema of a `types` option: Ash type → list of names. */
export declare const mappingSchema: {
    readonly type: "object";
    readonly additionalProperties: {
        readonly type: "array";
        readonly items: {
            readonly type: "string";
            readonly minLength: 1;
        };
    };
};
