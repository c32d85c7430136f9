/**
 * SQL: PostgreSQL's own parser (libpg-query, WASM). AshPostgres targets
 * PostgreSQL, so its grammar is the truth.
 *
 * libpg-query stops at the first error of the text it is given and has no
 * statement splitter, so a block is split into statements with PostgreSQL's
 * own scanner (`scanSync`: strings, comments and `$$` bodies are single
 * tokens, so a `;` token really ends a statement) and each statement is
 * parsed on its own: an error in the first statement cannot hide one in the
 * third. A block that parses as a whole (most do) is split at PostgreSQL's
 * own statement locations instead, which is cheaper than a scan.
 *
 * Each statement's AST is kept on `block.code.statements[i].stmt`; the
 * `location` fields inside it are UTF-8 bytes from the start of the text
 * that was parsed (the block, or the statement when the block has an
 * error): `locationOffset` turns them into offsets in the block.
 *
 * Three units meet here: JavaScript strings and `block.map` count UTF-16
 * code units; the scanner's token offsets and the `location` fields of the
 * AST count UTF-8 bytes; `cursorPosition` of a syntax error counts code
 * points. `TextOffsets` converts between them; everything this module
 * returns is in UTF-16 units.
 */
import * as pg from 'libpg-query';
import type { CodeBlock } from '../document/model.js';
import type { SqlCode, SqlStatement } from './types.js';
export type SqlParser = typeof pg;
export declare function load(): Promise<SqlParser>;
/**
 * Offsets of one text in UTF-16 units, UTF-8 bytes and code points.
 *
 * ASCII text (the usual case) has the same offset in all three, so the
 * tables are built only when the text has a non-ASCII character.
 */
export declare class TextOffsets {
    readonly text: string;
    /** UTF-8 byte offset of each UTF-16 offset (0..length). */
    private readonly bytesAtUnit?;
    /** Code point offset of each UTF-16 offset (0..length). */
    private readonly pointsAtUnit?;
    constructor(text: string);
    /** UTF-8 byte offset of a UTF-16 offset. */
    toBytes(unit: number): number;
    /** Code point offset of a UTF-16 offset. */
    toCodePoints(unit: number): number;
    /** UTF-16 offset of a UTF-8 byte offset (a byte inside a character maps to that character's start). */
    fromBytes(byte: number): number;
    /** UTF-16 offset of a code point offset. */
    fromCodePoints(point: number): number;
}
/** A scanner token, offsets in UTF-16 units of the block. */
export interface SqlToken {
    start: number;
    end: number;
    /** libpg-query's token name (`IDENT`, `SCONST`, `ASCII_59` for `;`, `SQL_COMMENT`); `LEXER_ERROR` and `UNSCANNED` for text the scanner could not read. */
    name: string;
    text: string;
}
/** One statement's extent in the block, in UTF-16 units. */
export interface StatementSpan {
    /** Its AST when the block parsed as a whole (locations from the block's start). */
    stmt?: Record<string, unknown>;
    /** Start of its first token (comments before it excluded). */
    start: number;
    /** End of its text before the `;`: its last token or a comment after it, whitespace excluded. */
    end: number;
    /** End of its `;` if it has one, else `end`: the text handed to the parser, so PostgreSQL reports `at or near ";"` as it would in psql. */
    through: number;
}
/**
 * Every token of `text`, even when it has lexer errors (which make
 * `scanSync` fail as a whole, without saying where).
 *
 * The parser pulls tokens from the same lexer one at a time, so parsing from
 * any token boundary reports either the lexer error or a grammar error
 * before it; either way the text up to the reported token scans cleanly.
 * An invalid token (`123abc`) is masked with spaces and scanning resumes
 * after it; an unterminated string or comment runs to the end, so the rest
 * is one `UNSCANNED` token.
 */
export declare function tokenize(parser: SqlParser, text: string): SqlToken[];
/**
 * Split tokens into statements at `;` tokens, the way psql does: a `;`
 * inside parentheses (`CREATE RULE ... DO (INSERT ...; INSERT ...)`) or
 * inside the `BEGIN ... END` of `CREATE [OR REPLACE] FUNCTION|PROCEDURE`
 * (SQL-standard bodies, `BEGIN ATOMIC`) does not end the statement.
 *
 * A broken statement often leaves a parenthesis or a `BEGIN` open, which
 * would glue every later statement to it; so a statement still open at the
 * end of the block is cut at its first `;` instead, and splitting goes on
 * from there as before.
 */
export declare function splitStatements(tokens: SqlToken[]): StatementSpan[];
/**
 * The statements of a block that parses as a whole, from PostgreSQL's own
 * statement locations; undefined when it does not parse.
 *
 * Most blocks are valid, and one parse of the block costs a fraction of a
 * scan (the scanner returns every token as JSON), so the scanner is only
 * needed to split blocks that have an error.
 */
export declare function spansOfValidBlock(parser: SqlParser, text: string, offsets: TextOffsets): StatementSpan[] | undefined;
export declare function parse(parser: SqlParser, block: CodeBlock): SqlCode;
/**
 * The UTF-16 offset in `block.value` of a `location` found inside
 * `statement.stmt`: libpg-query's locations are UTF-8 bytes from the start
 * of the text it parsed, the block (`locatedInBlock`) or the statement's
 * own text (`statement.start`).
 * Map the result to the Markdown file with `block.map.pointAt`.
 */
export declare function locationOffset(block: CodeBlock, statement: SqlStatement, location: number): number;
