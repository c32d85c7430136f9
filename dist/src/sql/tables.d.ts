/**
 * The table model: what the SQL blocks of the doc say about tables, built
 * once per file from the statements libpg-query parsed (`block.code`) by the
 * `understandTables` stage and kept on `model.sql`.
 *
 * It reads `CREATE TABLE` (columns with type, NOT NULL, DEFAULT, PRIMARY
 * KEY, UNIQUE, REFERENCES, CHECK ... IN (...); table constraints), `ALTER TABLE`
 * (ADD / DROP / ALTER COLUMN, ADD CONSTRAINT, RENAME COLUMN), `CREATE INDEX`
 * and `CREATE TYPE ... AS ENUM` (and `ALTER TYPE ... ADD VALUE`).
 *
 * A table the doc only ALTERs is a change to a table that exists elsewhere:
 * its model holds only the columns the statements touch, and each column
 * says which of its facts are known (`SqlColumn.known`).
 *
 * Types are kept as PostgreSQL's catalog names (`INT` and `INTEGER` are
 * `int4`, `TIMESTAMP(0)` is `timestamp`, `TIMESTAMPTZ` is `timestamptz`), so
 * comparisons never depend on how the type was spelt; `text` keeps the
 * spelling for messages.
 */
import type { CodeBlock, DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { SqlStatement } from '../code/types.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The tables, columns, indexes and enum types of the SQL blocks (stage `understandTables`). */
        sql?: SqlSchema;
    }
}
export interface SqlSchema {
    /** Tables by name (unqualified, as PostgreSQL folds it), in the order the doc first names them. */
    tables: Map<string, SqlTable>;
    /** `CREATE TYPE ... AS ENUM` types by name (unqualified). */
    enums: Map<string, SqlEnum>;
    /** Every `CREATE INDEX`, in order. */
    indexes: SqlIndex[];
}
/** Where a statement of the doc is. */
export interface SqlSource {
    block: CodeBlock;
    statement: SqlStatement;
    /** The statement's place in the Markdown file. */
    place: Place;
}
export interface SqlTable {
    name: string;
    schema?: string;
    /** The table name's place in the first statement that names it. */
    place: Place;
    /** The `CREATE TABLE`, when the doc creates the table. */
    created?: SqlSource;
    /** `ALTER TABLE` statements on it, in order. */
    alters: SqlSource[];
    /** Columns, in order: those created, added or touched by the doc. */
    columns: SqlColumn[];
    /** Columns dropped by `ALTER TABLE ... DROP COLUMN` or renamed by `RENAME COLUMN` (`renamedTo`). */
    dropped: Array<{
        name: string;
        place: Place;
        renamedTo?: string;
    }>;
    /** Table-level `PRIMARY KEY (...)`, if any. */
    primaryKey?: {
        columns: string[];
        place: Place;
    };
    indexes: SqlIndex[];
    /** `UNIQUE` constraints of a column or of the table (`UNIQUE (a, b)`, `ADD CONSTRAINT ... UNIQUE`): their columns. */
    uniques: Array<{
        columns: string[];
        place: Place;
    }>;
    /** The first constraint that makes rows unique in a way not read here (`EXCLUDE`, `UNIQUE USING INDEX`). */
    otherUniqueness?: Place;
    /** The first elision comment of a block that creates or changes the table (`src/code/excerpts.ts`): the doc shows part of it. */
    excerpt?: Place;
}
/** A column type: the catalog name and how it was written. */
export interface SqlType {
    /** Catalog name, lower case (`int4`, `varchar`, `timestamptz`, `citext`, `invoice_status`). */
    name: string;
    /** The schema when written (`pg_catalog` for the SQL-standard spellings). */
    schema?: string;
    /** Array dimensions (`TEXT[]` → 1). */
    arrayDimensions: number;
    /** Type modifiers (`VARCHAR(500)` → [500], `NUMERIC(12, 2)` → [12, 2]). */
    typmods: number[];
    /** As written (`TIMESTAMP WITHOUT TIME ZONE`, `VARCHAR(500)`, `TEXT[]`). */
    text: string;
    place: Place;
}
export interface SqlColumn {
    table: SqlTable;
    name: string;
    /** The column name's place in the statement that defines or touches it first. */
    place: Place;
    /** How the doc knows it: defined by `CREATE TABLE`, added by `ADD COLUMN`, or only altered. */
    origin: 'create' | 'add' | 'alter';
    /** Which facts the doc states: all of them for a defined or added column, only the altered ones otherwise. */
    known: {
        type: boolean;
        nullability: boolean;
        constraints: boolean;
    };
    type?: SqlType;
    /** NOT NULL (a primary key column is not null); meaningful when `known.nullability`. */
    notNull: boolean;
    /** The place of what makes it (not) null: `NOT NULL`, `PRIMARY KEY`, `SET NOT NULL`, `DROP NOT NULL`. */
    nullabilityPlace?: Place;
    primaryKey: boolean;
    /** Where it is made the primary key (`PRIMARY KEY` of the column or the table). */
    primaryKeyPlace?: Place;
    default?: {
        text: string;
        place: Place;
    };
    references?: SqlReference;
    /** `CHECK (col IN ('a', 'b'))` (or `col = ANY (ARRAY[...])`): the allowed values. */
    checkIn?: {
        values: string[];
        place: Place;
    };
}
export interface SqlReference {
    table: string;
    schema?: string;
    /** The referenced column, when written. */
    column?: string;
    place: Place;
}
export interface SqlIndex {
    name?: string;
    table: string;
    unique: boolean;
    /** Column names; undefined for an expression. */
    columns: Array<string | undefined>;
    /** The columns the expressions read (`lower(email)` → `email`). */
    expressionColumns: string[];
    place: Place;
}
export interface SqlEnum {
    name: string;
    schema?: string;
    labels: string[];
    place: Place;
}
/** The model stage. */
export declare function understandTables(model: DocumentModel): void;
/**
 * The catalog name of a type as a person writes it (`INTEGER` → `int4`,
 * `character varying` → `varchar`, `timestamp with time zone` →
 * `timestamptz`): how mapping tables written by hand are compared with the
 * model.
 */
export declare function catalogTypeName(written: string): string;
