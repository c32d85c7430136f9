/**
 * `sql-syntax`: every statement of a `sql` block parses as PostgreSQL.
 * Docs: docs/rules/sql-syntax.md
 *
 * The parsing (and the splitting into statements, one error per statement)
 * is done once by the code stage (`src/code/sql.ts`); this rule reports what
 * it found.
 */
import { defineRule } from '../src/rule.js';
export default defineRule({
    id: 'sql-syntax',
    description: 'Every statement of a sql block parses as PostgreSQL',
    severity: 'error'
}, {}, function (model, file) {
    for (const block of model.blocks) {
        if (block.code?.language !== 'sql')
            continue;
        for (const error of block.code.errors) {
            file.message(error.reason, { place: error.place });
        }
    }
});
