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
export const anyEnum = '<enum>';
/** Stands for any scalar the GraphQL blocks of the doc declare (`scalar Decimal`). */
export const anyScalar = '<scalar>';
/**
 * Ash type → the SQL column types it may be stored as, written as people
 * write them (`integer`, `character varying`, `timestamp with time zone`):
 * they are compared as PostgreSQL's catalog names (`int4`, `varchar`,
 * `timestamptz`), so every spelling of a type matches.
 */
export const ashToSql = {
    uuid: ['uuid'],
    uuid_v7: ['uuid'],
    string: ['text', 'character varying'],
    ci_string: ['citext'],
    integer: ['integer', 'bigint', 'smallint', 'serial', 'bigserial', 'smallserial'],
    boolean: ['boolean'],
    decimal: ['numeric'],
    float: ['double precision', 'real'],
    date: ['date'],
    time: ['time without time zone'],
    time_usec: ['time without time zone'],
    utc_datetime: ['timestamp without time zone', 'timestamp with time zone'],
    utc_datetime_usec: ['timestamp without time zone', 'timestamp with time zone'],
    naive_datetime: ['timestamp without time zone', 'timestamp with time zone'],
    naive_datetime_usec: ['timestamp without time zone', 'timestamp with time zone'],
    datetime: ['timestamp without time zone', 'timestamp with time zone'],
    map: ['jsonb', 'json'],
    keyword: ['jsonb', 'json'],
    atom: ['text', 'character varying', anyEnum],
    binary: ['bytea'],
    duration_name: ['text', 'character varying']
};
/**
 * Ash type → the GraphQL types a field of that attribute or calculation may
 * have. A primary key is `ID` whatever its type; an `:atom` with `one_of`
 * must be an enum whose values are its atoms upper-cased; a relationship is
 * its destination's type. Those rules are not data.
 */
export const ashToGraphql = {
    uuid: ['ID'],
    uuid_v7: ['ID'],
    string: ['String'],
    ci_string: ['String'],
    integer: ['Int'],
    boolean: ['Boolean'],
    decimal: ['Float', 'Decimal', anyScalar],
    float: ['Float', anyScalar],
    date: ['Date'],
    time: ['Time'],
    time_usec: ['Time'],
    utc_datetime: ['DateTime', 'UtcDateTime', 'NaiveDateTime', 'Timestamp'],
    utc_datetime_usec: ['DateTime', 'UtcDateTime', 'NaiveDateTime', 'Timestamp'],
    naive_datetime: ['NaiveDateTime', 'DateTime', 'Timestamp'],
    naive_datetime_usec: ['NaiveDateTime', 'DateTime', 'Timestamp'],
    datetime: ['DateTime', 'UtcDateTime', 'NaiveDateTime', 'Timestamp'],
    map: ['JsonString', 'Json', 'JSON', 'Map'],
    struct: ['JsonString', 'Json', 'JSON', 'Map'],
    // AshGraphql makes an `:atom` a `String`, `one_of` or not; a hand-written schema may give an enum.
    atom: ['String', anyEnum],
    term: ['String'],
    duration_name: ['DurationName', 'String'],
    file: ['Upload']
};
/** A mapping table with a rule's `types` option merged over it. */
export function mergeMapping(defaults, overrides) {
    const merged = { ...defaults };
    for (const [key, value] of Object.entries(overrides ?? {}))
        merged[key.replace(/^:/, '')] = value;
    return merged;
}
/** JSON schema of a `types` option: Ash type → list of names. */
export const mappingSchema = {
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } }
};
