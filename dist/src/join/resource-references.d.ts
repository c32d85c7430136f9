/**
 * References inside a resource, resolved against the symbol table: the
 * action a code interface `define` names, the actions `policy action(...)`
 * names, and the attribute (or argument) a built-in change or validation
 * names. Each reference is a defect only where the doc shows the whole list
 * it points into (the resource's `complete` flags); the rules report them.
 */
import type { AshResource } from '../ash/model.js';
import type { Place } from '../document/positions.js';
import type { DslCall, ElixirValue } from '../elixir/dsl.js';
import type { Definition, InterfaceDefine, ResourceSymbols } from './symbols.js';
/** A name that resolves to nothing the resource defines. */
export interface Unresolved {
    name: string;
    place: Place;
    /** The closest name of the same kind, with its definition. */
    nearest?: Definition;
}
/** True when the doc shows every action of the resource. */
export declare function actionsComplete(symbols: ResourceSymbols): boolean;
/** `define :x, action: :y` whose action the resource does not have. */
export declare function unresolvedDefines(symbols: ResourceSymbols): Array<Unresolved & {
    define: InterfaceDefine;
}>;
/** The atoms of `action(:x)` / `action([:x, :y])` in a policy condition. */
export declare function policyActions(condition: ElixirValue | undefined): Array<{
    name: string;
    place: Place;
    call: DslCall;
}>;
export interface FieldReference {
    /** `set_attribute`, `present`, … */
    builtin: string;
    kind: 'change' | 'validate';
    name: string;
    place: Place;
    /** The action the change or validation belongs to; undefined for the global `changes` and `validations`. */
    action?: string;
}
/** The fields the built-in changes and validations of the resource name. */
export declare function fieldReferences(resource: AshResource): FieldReference[];
/** A field reference that names nothing the resource shows: not an attribute, argument, relationship, calculation or aggregate. */
export declare function unresolvedField(symbols: ResourceSymbols, reference: FieldReference): (Unresolved & {
    reference: FieldReference;
}) | undefined;
