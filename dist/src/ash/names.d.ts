/**
 * The plural snake_case name of a resource: `MyApp.Billing.LineItem` →
 * `line_items`. AshPostgres users name the table so by convention, and REST
 * paths name the collection so.
 */
export declare function pluralName(module: string): string;
