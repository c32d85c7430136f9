/** AshGraphql's field name of an Ash name: `archived_by_id` → `archivedById`, `archived?` → `archived`. */
export declare function camelCase(name: string): string;
/** `line_item` → `LineItem`. */
export declare function pascalCase(name: string): string;
/** The plural snake_case name of a resource: `MyApp.Billing.LineItem` → `line_items`. */
export declare function pluralName(module: string): string;
/** A path segment as a snake_case name: `mark-paid` → `mark_paid`. */
export declare function segmentName(text: string): string;
/** `a`, `b` and `c` with backticks; `a` or `b` with `or`. */
export declare function listCode(items: readonly string[], conjunction?: 'and' | 'or'): string;
