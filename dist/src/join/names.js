/** Names the joins derive: GraphQL field and type names, REST path names. */
import { lastSegment, pluralize, snakeCase } from '../ash/names.js';
/** AshGraphql's field name of an Ash name: `archived_by_id` → `archivedById`, `archived?` → `archived`. */
export function camelCase(name) {
    const clean = name.replace(/[?!]$/, '');
    return clean.replace(/_+([a-zA-Z\d])/g, (_, next) => next.toUpperCase());
}
/** `line_item` → `LineItem`. */
export function pascalCase(name) {
    const camel = camelCase(name);
    return camel.charAt(0).toUpperCase() + camel.slice(1);
}
/** The plural snake_case name of a resource: `MyApp.Billing.LineItem` → `line_items`. */
export function pluralName(module) {
    return pluralize(snakeCase(lastSegment(module)));
}
/** A path segment as a snake_case name: `mark-paid` → `mark_paid`. */
export function segmentName(text) {
    return text.replace(/-/g, '_');
}
/** `a`, `b` and `c` with backticks; `a` or `b` with `or`. */
export function listCode(items, conjunction = 'and') {
    const quoted = items.map((item) => '`' + item + '`');
    if (quoted.length <= 1)
        return quoted[0] ?? '';
    return quoted.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + quoted[quoted.length - 1];
}
