import type { Place } from '../document/positions.js';
import { type DslCall } from '../elixir/dsl.js';
import type { AshAction, AshResource } from './model.js';
/** A `change` whose argument is a function. */
export interface FunctionChange {
    call: DslCall;
    /** The function (`fn … end`, `&fun/2`). */
    place: Place;
    /** True for an entry of the resource's `changes` block. */
    global: boolean;
}
export interface NonAtomicAction {
    action: AshAction;
    changes: FunctionChange[];
}
/**
 * The update and destroy actions of a resource Ash would warn about: a
 * function change of their own or of the `changes` block, `require_atomic?`
 * left at its default (true) or written `true`, a data layer that updates by
 * query, not `manual`, not made by `defaults` (whose `require_atomic?` is
 * false, ash v3.32.0 `lib/ash/resource/transformers/set_primary_actions.ex`).
 * Only a direct `use Ash.Resource` whose action is shown whole (no elision
 * in its body) is read: a wrapper may set options the doc does not show.
 */
export declare function nonAtomicActions(resource: AshResource): NonAtomicAction[];
