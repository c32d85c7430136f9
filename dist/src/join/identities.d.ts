/**
 * Identities and the unique indexes that back them: AshPostgres (v2.12.0,
 * `lib/migration_generator/migration_generator.ex` and `operation.ex`)
 * creates one unique index per identity of a resource, on the identity's
 * keys (each attribute's `source:` or name), with the tenant attribute put
 * first under attribute multitenancy unless the identity is
 * `all_tenants?: true`, a `WHERE` for `where:` and `NULLS NOT DISTINCT` for
 * `nils_distinct?: false`, named `<table>_<identity>_index` unless
 * `identity_index_names` names it, and none for an identity in
 * `skip_unique_indexes`. `multitenancy`'s `global?` changes nothing there.
 *
 * `identitiesWithoutUniqueIndex` finds the identities of a resource whose
 * table, shown whole in the doc, has nothing that makes their keys unique.
 * Whatever the doc may not show draws nothing: a resource or table that is
 * an excerpt, a table only altered, a key that is not an attribute with a
 * column (a calculation with `calculations_to_sql`), SQL the model does not
 * read (a statement with a syntax error, `EXCLUDE`, a statement other than
 * CREATE TABLE, ALTER TABLE and CREATE INDEX that mentions UNIQUE), an Ecto
 * migration in an Elixir block, and the `postgres` block's unique
 * `custom_indexes` or `custom_statements` it cannot read.
 *
 * Anything unique on a subset of the keys (the tenant attribute included)
 * makes the keys unique too, so it counts: the primary key, a `UNIQUE`
 * constraint, a unique index, partial (`WHERE`) or on expressions (the
 * columns they read: `lower(email)` counts for `email`), and a unique
 * custom index of the `postgres` block.
 */
import type { AshIdentity } from '../ash/model.js';
import type { DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { SqlIndex, SqlTable } from '../sql/tables.js';
import type { JoinedResource } from './join.js';
export interface UncoveredIdentity {
    identity: AshIdentity;
    /** The place of the identity's keys (the list as written). */
    keysPlace: Place;
    table: SqlTable;
    /** The columns of the index AshPostgres would create, in its order (the tenant's first). */
    columns: string[];
    /** The tenant attribute's column, when attribute multitenancy adds it. */
    tenant?: string;
    /** The index name AshPostgres would give it. */
    indexName: string;
    /** An index on exactly those columns that is not UNIQUE, if the doc has one. */
    nonUnique?: SqlIndex;
}
export declare function identitiesWithoutUniqueIndex(model: DocumentModel, joined: JoinedResource): UncoveredIdentity[];
