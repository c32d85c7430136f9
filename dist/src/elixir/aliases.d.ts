/**
 * Module names as Elixir code writes them: `alias` statements, and names
 * resolved through them (`Team` → `MyApp.Teams.Team`, `__MODULE__.Policy`).
 * Shared by the Ash, context and LiveView readers.
 */
import type { AliasValue, DslCall } from './dsl.js';
import type { Place } from '../document/positions.js';
/** A module name as written and as resolved through the module's `alias`es. */
export interface ModuleRef {
    /** As written (`Team`, `MyApp.Teams.Team`). */
    written: string;
    /** Resolved (`MyApp.Teams.Team`); equal to `written` when no alias applies. */
    name: string;
    place: Place;
}
/** The last segment of a module name: `MyApp.Teams.Invitation` → `Invitation`. */
export declare function lastSegment(module: string): string;
/** `alias A.B`, `alias A.B, as: C`, `alias A.{B, C}`, `alias __MODULE__.B`. */
export declare function readAliases(body: DslCall[], module: string): Map<string, string>;
export declare function expandModuleText(text: string, module: string): string;
/** A module name as written, resolved through the module's aliases. */
export declare function resolveModule(value: AliasValue, aliases: Map<string, string>, module: string): ModuleRef;
