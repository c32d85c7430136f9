/**
 * `sql-syntax`: every statement of a `sql` block parses as PostgreSQL.
 * Docs: docs/rules/sql-syntax.md
 *
 * The parsing (and the splitting into statements, one error per statement)
 * is done once by the code stage (`src/code/sql.ts`); this rule reports what
 * it found.
 */
import { defineSyntaxRule } from '../src/rule.js';
export default defineSyntaxRule({
    id: 'sql-syntax',
    description: 'Every statement of a sql block parses as PostgreSQL',
    severity: 'error'
}, 'sql');
