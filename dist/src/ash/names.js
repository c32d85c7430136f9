/** Names Ash and its extensions derive from a resource's module name. */
import { lastSegment } from '../elixir/aliases.js';
import { pluralize, snakeCase } from '../text/words.js';
/**
 * The plural snake_case name of a resource: `MyApp.Billing.LineItem` →
 * `line_items`. AshPostgres users name the table so by convention, and REST
 * paths name the collection so.
 */
export function pluralName(module) {
    return pluralize(snakeCase(lastSegment(module)));
}
