/**
 * sql-syntax and the SQL stage under it (src/code/sql.ts): offsets in three
 * units, splitting with PostgreSQL's scanner, one error per statement, and
 * Markdown positions in every kind of container.
 *
 * Accuracy: fixtures/sql/valid/*.sql are real-world statements (zero
 * messages); fixtures/sql/invalid/<same name> holds, in the same order, a
 * broken twin of each, preceded by `-- expect L:C-L:C: message`, the place of
 * the error inside that statement (line 1 = its first line).
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {SqlError} from 'libpg-query'
import type {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import sqlSyntax from '../rules/sql-syntax.js'
import {
  load,
  locationOffset,
  parse,
  spansOfValidBlock,
  splitStatements,
  TextOffsets,
  tokenize,
  type SqlParser
} from '../src/code/sql.js'
import type {SqlCode} from '../src/code/types.js'
import type {CodeBlock} from '../src/document/model.js'
import {describeMessages, lint, root} from './helpers.js'

let pg: SqlParser
beforeAll(async function () {
  pg = await load()
})

/** Lint Markdown with only sql-syntax on. */
async function lintSql(markdown: string): Promise<VFile> {
  return lint(markdown, {plugins: [sqlSyntax]})
}

async function messages(markdown: string): Promise<string[]> {
  return describeMessages(await lintSql(markdown))
}

function sqlBlocks(file: VFile): Array<CodeBlock & {code: SqlCode}> {
  return file.data.archdoc!.blocks.filter((block): block is CodeBlock & {code: SqlCode} => block.code?.language === 'sql')
}

/** A doc with one ```sql block holding `sql`; its first content line is line 4. */
function doc(sql: string): string {
  return '# Architecture Design Changes\n\n```sql\n' + sql + '\n```\n'
}

/** The statements of `sql` as the splitter cuts them (through their `;`). */
function split(sql: string): string[] {
  return splitStatements(tokenize(pg, sql)).map((span) => sql.slice(span.start, span.through))
}

describe('TextOffsets', function () {
  it('is the identity on ASCII text', function () {
    const offsets = new TextOffsets('select 1;')
    expect([offsets.toBytes(4), offsets.toCodePoints(4), offsets.fromBytes(4), offsets.fromCodePoints(4)]).toEqual([4, 4, 4, 4])
  })

  it('converts between UTF-16 units, UTF-8 bytes and code points (é: 2 bytes, emoji: 2 units and 4 bytes, CJK: 3 bytes)', function () {
    // Units:  a=0 é=1 😀=2,3 中=4 b=5, end 6
    // Bytes:  a=0 é=1 😀=3   中=7 b=10, end 11
    // Points: a=0 é=1 😀=2   中=3 b=4, end 5
    const offsets = new TextOffsets('aé😀中b')
    expect([0, 1, 2, 4, 5, 6].map((unit) => offsets.toBytes(unit))).toEqual([0, 1, 3, 7, 10, 11])
    expect([0, 1, 2, 4, 5, 6].map((unit) => offsets.toCodePoints(unit))).toEqual([0, 1, 2, 3, 4, 5])
    expect([0, 1, 3, 7, 10, 11].map((byte) => offsets.fromBytes(byte))).toEqual([0, 1, 2, 4, 5, 6])
    expect([0, 1, 2, 3, 4, 5].map((point) => offsets.fromCodePoints(point))).toEqual([0, 1, 2, 4, 5, 6])
  })

  it('maps a byte inside a character, or the second unit of a pair, to the character start', function () {
    const offsets = new TextOffsets('aé😀中b')
    expect([2, 4, 5, 6, 8, 9].map((byte) => offsets.fromBytes(byte))).toEqual([1, 2, 2, 2, 4, 4])
    expect(offsets.toBytes(3)).toBe(3)
    expect(offsets.toCodePoints(3)).toBe(2)
  })

  it('agrees with libpg-query: scanner offsets are bytes, cursorPosition is code points', function () {
    const text = "select 'é😀中', TABEL x y"
    const offsets = new TextOffsets(text)
    const x = pg.scanSync(text).tokens.find((token) => token.text === 'x')!
    expect(offsets.fromBytes(x.start)).toBe(text.indexOf(' x ') + 1)
    // é takes 1 byte more than its units, 😀 2 more, 中 2 more.
    expect(x.start).toBe(text.indexOf(' x ') + 1 + 5)
    let cursor: number | undefined
    try {
      pg.parseSync(text)
    } catch (error) {
      cursor = (error as SqlError).sqlDetails?.cursorPosition
    }
    expect(cursor).toBe(22)
    expect(offsets.fromCodePoints(cursor!)).toBe(text.indexOf(' y') + 1)
  })
})

describe('splitting a block into statements', function () {
  it('does not split at a `;` inside strings, comments, quoted identifiers or dollar-quoted bodies', function () {
    const sql = [
      "COMMENT ON TABLE t IS 'a; b';",
      "SELECT E'it\\'s; fine', 'x''; y';",
      'SELECT 1 /* c; d */ ; -- e; f',
      'SELECT "we;ird" FROM t;',
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$ ; $body$ LANGUAGE sql;',
      'DO $$ BEGIN PERFORM 1; END $$;',
      'SELECT 2'
    ].join('\n')
    expect(split(sql)).toEqual([
      "COMMENT ON TABLE t IS 'a; b';",
      "SELECT E'it\\'s; fine', 'x''; y';",
      'SELECT 1 /* c; d */ ;',
      'SELECT "we;ird" FROM t;',
      'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$ ; $body$ LANGUAGE sql;',
      'DO $$ BEGIN PERFORM 1; END $$;',
      'SELECT 2'
    ])
  })

  it('keeps `;` inside parentheses and inside BEGIN ATOMIC ... END (with CASE ... END) in the statement, as psql does', function () {
    const rule = 'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));'
    const atomic =
      'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;'
    expect(split(`${rule}\n${atomic}\nSELECT 3;`)).toEqual([rule, atomic, 'SELECT 3;'])
  })

  it('cuts a statement that leaves a parenthesis or BEGIN open at its first `;`, and splits the rest as usual', function () {
    const atomic = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;'
    expect(split(`CREATE TABLE a (id int;\n${atomic}\nCREATE TABEL c (id int);`)).toEqual([
      'CREATE TABLE a (id int;',
      atomic,
      'CREATE TABEL c (id int);'
    ])
    expect(split('CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;\nSELECT 2;\nSELECT 3')).toEqual([
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;',
      'SELECT 2;',
      'SELECT 3'
    ])
  })

  it('splits a valid block the same way from PostgreSQL\'s statement locations as with the scanner', function () {
    // Valid blocks take the fast path (one parse of the block, no scan); its
    // statements must be the scanner's, comments and non-ASCII text included.
    const tricky = [
      '-- é😀 leading comment; not a statement',
      "/* 中; */ COMMENT ON TABLE t IS 'ü; 中' /* trailing; */ ;",
      'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));;',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;',
      "SELECT 'naïve' -- no semicolon; a comment to the end",
      ''
    ].join('\n')
    const fixtures = sqlFiles.map((name) => readFileSync(path.join(validDir, name), 'utf8'))
    for (const text of [tricky, ...fixtures]) {
      const fast = spansOfValidBlock(pg, text, new TextOffsets(text))?.map(({start, end, through}) => ({start, end, through}))
      expect(fast).toEqual(splitStatements(tokenize(pg, text)))
    }
    expect(split(tricky)).toEqual([
      "COMMENT ON TABLE t IS 'ü; 中' /* trailing; */ ;",
      'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;',
      "SELECT 'naïve' -- no semicolon; a comment to the end"
    ])
    expect(spansOfValidBlock(pg, 'SELECT 1; SELEC 2;', new TextOffsets('SELECT 1; SELEC 2;'))).toBeUndefined()
  })

  it('locates the nodes of a valid block, parsed once as a whole, where parsing each statement on its own puts them', function () {
    // The fast path keeps the block parse's ASTs (locations from the block's
    // start); the per-statement path's count from each statement's start.
    const tricky = "-- é😀\nCREATE TABLE \"naïve\" (id uuid PRIMARY KEY, name text NOT NULL);\n/* 中 */ CREATE UNIQUE INDEX i ON \"naïve\" (lower(name));"
    const fixtures = sqlFiles.map((name) => readFileSync(path.join(validDir, name), 'utf8'))
    let compared = 0
    for (const text of [tricky, ...fixtures]) {
      const offsets = new TextOffsets(text)
      const block = {value: text} as CodeBlock
      const spans = spansOfValidBlock(pg, text, offsets)!
      for (const span of spans) {
        if (!span.stmt) continue
        const wholeBlock = {stmt: span.stmt, start: span.start, end: span.end, locatedInBlock: true}
        const alone = {stmt: pg.parseSync(text.slice(span.start, span.through)).stmts![0]!.stmt as Record<string, unknown>, start: span.start, end: span.end}
        const located = (statement: typeof alone) => {
          const found: number[] = []
          JSON.stringify(statement.stmt, (key, value: unknown) => {
            if (key === 'location' && typeof value === 'number') found.push(locationOffset(block, statement, value))
            return value
          })
          // libpg-query leaves out a location of 0, which the readers take as the statement's start.
          return found.filter((offset) => offset !== statement.start)
        }
        const places = located(alone)
        expect(located(wholeBlock)).toEqual(places)
        compared += places.length
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('skips empty statements and comment-only text', function () {
    expect(split(';;\n-- only a comment;\n/* and; another */')).toEqual([])
    expect(split('')).toEqual([])
    expect(split('SELECT 1;;; SELECT 2;')).toEqual(['SELECT 1;', 'SELECT 2;'])
  })

  it('still splits when the scanner fails on the block: an invalid token is skipped, an unterminated string runs to the end', function () {
    // scanSync throws on any lexer error in the text; the stage finds each
    // one by parsing and goes on after it.
    expect(split('SELECT 123abc; SELECT 1; SELEC 2; SELECT 0x; SELECT 3')).toEqual([
      'SELECT 123abc;',
      'SELECT 1;',
      'SELEC 2;',
      'SELECT 0x;',
      'SELECT 3'
    ])
    expect(split('SELEC 123abc; SELECT "";\nSELECT 1; SELECT \'x; SELECT 2;')).toEqual([
      'SELEC 123abc;',
      'SELECT "";',
      'SELECT 1;',
      "SELECT 'x; SELECT 2;"
    ])
  })
})

describe('sql-syntax', function () {
  it('reports one error per statement, so an error in the first statement does not hide the third', async function () {
    expect(
      await messages(
        doc(
          [
            'CREATE TABEL teams (id uuid PRIMARY KEY);',
            "COMMENT ON TABLE teams IS 'Teams; one per org';",
            'CREATE TABLE members (',
            '  team_id uuid NOT NULL REFERENCES teams ON DELETE CASCADE,',
            '  role text NOT NULL,',
            ');',
            'CREATE INDEX ON members (team_id);'
          ].join('\n')
        )
      )
    ).toEqual([
      '4:8-4:13: syntax error at or near "TABEL" [sql-syntax]',
      '9:1-9:2: syntax error at or near ")" [sql-syntax]'
    ])
  })

  it('keeps every statement with its AST (or without one when it failed) and its UTF-16 offsets', async function () {
    const sql = "-- é😀\nCREATE TABLE café (naïve int);\nCREATE TABEL x;\nCOMMENT ON TABLE café IS 'ü; 中'"
    const file = await lintSql(doc(sql))
    const [block] = sqlBlocks(file)
    const statements = block!.code.statements
    expect(statements.map((statement) => [Object.keys(statement.stmt ?? {})[0], sql.slice(statement.start, statement.end)])).toEqual([
      ['CreateStmt', 'CREATE TABLE café (naïve int)'],
      [undefined, 'CREATE TABEL x'],
      ['CommentStmt', "COMMENT ON TABLE café IS 'ü; 中'"]
    ])
    // AST locations are UTF-8 bytes from the statement's start.
    const create = statements[0]!.stmt as {CreateStmt: {tableElts: Array<{ColumnDef: {location: number}}>}}
    const column = create.CreateStmt.tableElts[0]!.ColumnDef
    expect(locationOffset(block!, statements[0]!, column.location)).toBe(sql.indexOf('naïve'))
    expect(block!.map.pointAt(sql.indexOf('naïve'))).toMatchObject({line: 5, column: 20})
  })

  it('maps AST locations of a valid block (parsed once, as a whole) to block offsets', async function () {
    const sql = "-- 😀 schema\nCREATE TYPE état AS ENUM ('a; b');\n/* 中 */ CREATE TABLE café (id int, naïve état);"
    const file = await lintSql(doc(sql))
    expect(describeMessages(file)).toEqual([])
    const [block] = sqlBlocks(file)
    const [type, table] = block!.code.statements
    expect(sql.slice(type!.start, type!.end)).toBe("CREATE TYPE état AS ENUM ('a; b')")
    expect(sql.slice(table!.start, table!.end)).toBe('CREATE TABLE café (id int, naïve état)')
    const columns = (table!.stmt as {CreateStmt: {tableElts: Array<{ColumnDef: {colname: string; location: number}}>}}).CreateStmt.tableElts
    expect(columns.map((column) => locationOffset(block!, table!, column.ColumnDef.location))).toEqual([
      sql.indexOf('id int'),
      sql.indexOf('naïve')
    ])
  })

  it('places the error on its token after non-ASCII text (é, emoji, CJK), in UTF-16 columns like remark', async function () {
    expect(
      await messages(doc("SELECT 'é😀中' AS note, 1 AS one two;\nCOMMENT ON TABLE t IS '中文; 😀' x;"))
    ).toEqual([
      // "SELECT 'é😀中' AS note, 1 AS one " is 32 UTF-16 units, 31 code points, 37 bytes.
      '4:33-4:36: syntax error at or near "two" [sql-syntax]',
      '5:32-5:33: syntax error at or near "x" [sql-syntax]'
    ])
  })

  it('reports `at or near ";"` for a statement cut short, as psql does, and `at end of input` for the last one', async function () {
    expect(await messages(doc('CREATE TABLE a (id int;\nCREATE TABLE b (id int'))).toEqual([
      '4:23-4:24: syntax error at or near ";" [sql-syntax]',
      '5:23-5:23: syntax error at end of input [sql-syntax]'
    ])
  })

  it('reports an unterminated string once, at its quote, with the quoted text cut to its first line', async function () {
    expect(
      await messages(doc("SELEC 1;\nCOMMENT ON TABLE t IS 'Teams;\nCREATE TABEL x;\nSELECT 2;"))
    ).toEqual([
      '4:1-4:6: syntax error at or near "SELEC" [sql-syntax]',
      `5:23-7:10: unterminated quoted string at or near "'Teams;…" [sql-syntax]`
    ])
    expect(await messages(doc('SELECT $$ unclosed;\nSELECT 1;'))).toEqual([
      '4:8-5:10: unterminated dollar-quoted string at or near "$$ unclosed;…" [sql-syntax]'
    ])
    expect(await messages(doc('SELECT 1; /* not closed'))).toEqual([
      '4:11-4:24: unterminated /* comment at or near "/* not closed" [sql-syntax]'
    ])
  })

  it('reports an invalid token (PostgreSQL lexer errors) and still checks the statements after it', async function () {
    expect(await messages(doc('SELECT 123abc;\nSELECT 1;\nCREATE TABEL x;\nSELECT "" FROM t;'))).toEqual([
      '4:8-4:14: trailing junk after numeric literal at or near "123abc" [sql-syntax]',
      '6:8-6:13: syntax error at or near "TABEL" [sql-syntax]',
      '7:8-7:10: zero-length delimited identifier at or near """" [sql-syntax]'
    ])
  })

  it('reports an error PostgreSQL places inside a token up to the token end', async function () {
    // The cursor of "invalid Unicode escape" is on the backslash, 3 units into U&'\zz'.
    expect(await messages(doc("SELECT U&'\\zz';"))).toEqual(['4:11-4:15: invalid Unicode escape [sql-syntax]'])
  })

  it('reports "memory exhausted" on 10,000 nested parentheses where PostgreSQL stops, and goes on', async function () {
    const nested = 'SELECT ' + '('.repeat(10000) + '1' + ')'.repeat(10000) + ';'
    // PostgreSQL's parser stack gives up at the 9,997th parenthesis (cursor 10,003).
    expect(await messages(doc(nested + '\nCREATE TABEL x;'))).toEqual([
      '4:10004-4:10005: memory exhausted at or near "(" [sql-syntax]',
      '5:8-5:13: syntax error at or near "TABEL" [sql-syntax]'
    ])
  })

  it('reports an error without a cursor position at the start of its statement', async function () {
    const file = await lintSql(doc('SELECT 1;\n  SELECT 2;'))
    const [block] = sqlBlocks(file)
    const failing: SqlParser = {
      ...pg,
      parseSync(query: string) {
        // The block (which holds it) fails too, so each statement is parsed on its own.
        if (query.includes('SELECT 2')) throw new SqlError('statement too complex', {message: 'statement too complex', cursorPosition: 0})
        return pg.parseSync(query)
      }
    }
    const crashing: SqlParser = {
      ...pg,
      parseSync() {
        throw new Error('Failed to parse query: memory allocation failed')
      }
    }
    expect(parse(failing, block!).errors).toEqual([
      {reason: 'statement too complex', place: {start: {line: 5, column: 3, offset: 50}, end: {line: 5, column: 3, offset: 50}}}
    ])
    expect(parse(crashing, block!).errors.map((error) => [error.reason, error.place.start.line, error.place.start.column])).toEqual([
      ['Failed to parse query: memory allocation failed', 4, 1],
      ['Failed to parse query: memory allocation failed', 5, 3]
    ])
  })

  it('maps positions inside a list item', async function () {
    const markdown = [
      '# Architecture Design Changes',
      '',
      '- Tables:',
      '',
      '  ```sql',
      '  CREATE TABLE a (id int);',
      '  CREATE TABEL b (id int);',
      '  ```'
    ].join('\n')
    expect(await messages(markdown)).toEqual(['7:10-7:15: syntax error at or near "TABEL" [sql-syntax]'])
  })

  it('maps positions inside a blockquote, and inside a blockquote inside a list item', async function () {
    const markdown = [
      '# Architecture Design Changes',
      '',
      '> ```sql',
      '> CREATE TABLE a (',
      '>   id int,',
      '> );',
      '> ```',
      '',
      '1. Step:',
      '',
      '   > ```sql',
      '   > GRANT SELECT ON a app_reader;',
      '   > ```'
    ].join('\n')
    expect(await messages(markdown)).toEqual([
      '6:3-6:4: syntax error at or near ")" [sql-syntax]',
      '12:24-12:34: syntax error at or near "app_reader" [sql-syntax]'
    ])
  })

  it('maps positions in a file with CRLF line endings', async function () {
    const markdown = doc('CREATE TABLE a (id int);\nCREATE TABEL b (id int);\n\nCREATE TABLE c (\n  id int,\n);').replaceAll('\n', '\r\n')
    expect(await messages(markdown)).toEqual([
      '5:8-5:13: syntax error at or near "TABEL" [sql-syntax]',
      '9:1-9:2: syntax error at or near ")" [sql-syntax]'
    ])
  })

  it('reads ~~~ fences, indented fences and the postgresql alias', async function () {
    const markdown = [
      '# Architecture Design Changes',
      '',
      '~~~sql',
      'CREATE TABEL a (id int);',
      '~~~',
      '',
      '  ```postgresql',
      '  CREATE TABLE b (id int,);',
      '  ```'
    ].join('\n')
    expect(await messages(markdown)).toEqual([
      '4:8-4:13: syntax error at or near "TABEL" [sql-syntax]',
      '8:26-8:27: syntax error at or near ")" [sql-syntax]'
    ])
  })

  it('leaves blocks of other languages alone', async function () {
    expect(await messages('# Architecture Design Changes\n\n```text\nCREATE TABEL a;\n```\n\n```\nCREATE TABEL b;\n```\n')).toEqual([])
  })
})

interface Twin {
  /** `<file>#<n>`, 1-based. */
  name: string
  valid: string
  broken: string
  /** The error's place inside `broken`, 1-based lines and columns. */
  start: {line: number; column: number}
  end: {line: number; column: number}
  reason: string
}

const validDir = path.join(root, 'fixtures', 'sql', 'valid')
const invalidDir = path.join(root, 'fixtures', 'sql', 'invalid')
const sqlFiles = readdirSync(validDir).filter((name) => name.endsWith('.sql')).sort()

/** The broken twins of one file, from `-- expect L:C-L:C: reason` and the statement after it. */
function readBroken(name: string): Array<Omit<Twin, 'valid'>> {
  const text = readFileSync(path.join(invalidDir, name), 'utf8')
  const parts = text.split(/^-- expect (\d+):(\d+)-(\d+):(\d+): (.*)\n/m)
  const twins: Array<Omit<Twin, 'valid'>> = []
  for (let index = 1; index < parts.length; index += 6) {
    twins.push({
      name: `${name}#${twins.length + 1}`,
      start: {line: Number(parts[index]), column: Number(parts[index + 1])},
      end: {line: Number(parts[index + 2]), column: Number(parts[index + 3])},
      reason: parts[index + 4]!,
      broken: parts[index + 5]!.replace(/\n+$/, '')
    })
  }
  return twins
}

/** A doc of one ```sql block holding `statements` separated by blank lines; where each starts (its 1-based Markdown line). */
function docOf(statements: string[]): {markdown: string; lines: number[]} {
  const lines: number[] = []
  let line = 4
  for (const statement of statements) {
    lines.push(line)
    line += statement.split('\n').length + 1
  }
  return {markdown: doc(statements.join('\n\n')), lines}
}

/** The message expected for a twin whose statement starts on Markdown line `line`, column 1. */
function expected(twin: Twin, line: number): string {
  const start = `${line + twin.start.line - 1}:${twin.start.column}`
  const end = `${line + twin.end.line - 1}:${twin.end.column}`
  return `${start}-${end}: ${twin.reason} [sql-syntax]`
}

describe('accuracy on real-world statements and their broken twins', function () {
  const twins: Twin[] = []
  const validStatements = new Map<string, string[]>()

  beforeAll(async function () {
    for (const name of sqlFiles) {
      const text = readFileSync(path.join(validDir, name), 'utf8').replace(/\n+$/, '')
      const file = await lintSql(doc(text))
      expect(describeMessages(file)).toEqual([])
      const statements = sqlBlocks(file)[0]!.code.statements
      expect(statements.every((statement) => statement.stmt !== undefined)).toBe(true)
      const texts = statements.map((statement) => text.slice(statement.start, statement.end) + ';')
      validStatements.set(name, texts)
      const broken = readBroken(name)
      expect(broken.length, `${name}: one broken twin per valid statement`).toBe(texts.length)
      broken.forEach((twin, index) => twins.push({...twin, valid: texts[index]!}))
    }
  })

  it('has at least 60 valid statements, each with a broken twin that differs from it', function () {
    expect(twins.length).toBeGreaterThanOrEqual(60)
    for (const twin of twins) expect(twin.broken, twin.name).not.toBe(twin.valid)
  })

  it('reports nothing on all the valid statements in one block', async function () {
    const all = [...validStatements.values()].flat()
    const file = await lintSql(docOf(all).markdown)
    expect(describeMessages(file)).toEqual([])
    expect(sqlBlocks(file)[0]!.code.statements.length).toBe(all.length)
  })

  it('reports each broken twin between valid statements, and a later broken statement too', async function () {
    for (const [index, twin] of twins.entries()) {
      const before = twins[(index + twins.length - 1) % twins.length]!.valid
      const after = twins[(index + 1) % twins.length]!.valid
      const later = twins[(index + 2) % twins.length]!
      const {markdown, lines} = docOf([before, twin.broken, after, later.broken])
      expect(await messages(markdown), twin.name).toEqual([expected(twin, lines[1]!), expected(later, lines[3]!)])
    }
  })

  it('reports every broken twin when all of them are in one block', async function () {
    const {markdown, lines} = docOf(twins.map((twin) => twin.broken))
    expect(await messages(markdown)).toEqual(twins.map((twin, index) => expected(twin, lines[index]!)))
  })
})
