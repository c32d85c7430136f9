/**
 * What archdoc-lint knows about the Ash 3 resource DSL, as data: built-in
 * types and their constraints, entity options, data layers. Sources: the
 * Ash 3 DSL reference (`DSL-Ash.Resource.md`) and the `Ash.Type.*` modules.
 *
 * A rule reports only what these tables know to be wrong; anything they do
 * not describe (a type's constraints we do not list, an option of a section
 * we do not model) is left alone.
 */
/** Ash 3's built-in short type names (`Ash.Type.short_names/0`). */
export declare const builtinTypes: readonly string[];
export declare const builtinTypeSet: ReadonlySet<string>;
/**
 * Constraints of the built-in types whose constraint list is known exactly.
 * Types absent here (`:map`, `:union`, `:utc_datetime`, …) are not checked.
 */
export declare const typeConstraints: Readonly<Record<string, readonly string[]>>;
/** Constraints of `{:array, type}` itself; the element's go under `items:`. */
export declare const arrayConstraints: readonly string[];
/** Options of `attribute` (and, but `allow_nil?`, of the primary key and timestamp shorthands). */
export declare const attributeOptions: readonly string[];
/** The attribute shorthands that take `attribute`'s options but `allow_nil?`. */
export declare const primaryKeyShorthands: ReadonlySet<string>;
export type RelationshipKind = 'belongs_to' | 'has_one' | 'has_many' | 'many_to_many';
export declare const relationshipKinds: ReadonlySet<string>;
export declare const relationshipOptions: Readonly<Record<RelationshipKind, readonly string[]>>;
/** Data layers `ash-resource` accepts without configuration. */
export declare const knownDataLayers: readonly string[];
export declare const postgresDataLayer = "AshPostgres.DataLayer";
export declare const policyAuthorizer = "Ash.Policy.Authorizer";
/**
 * Extensions known not to add attributes or relationships to a resource:
 * with only these, the attributes and relationships the doc shows are all
 * there are. Any other extension may add some (AshArchival adds
 * `archived_at`, AshStateMachine `state`, …), so checks that need the full
 * list are skipped.
 */
export declare const extensionsAddingNoFields: ReadonlySet<string>;
/** Action types of the `actions` section. */
export type ActionType = 'create' | 'read' | 'update' | 'destroy' | 'action';
export declare const actionTypes: ReadonlySet<string>;
/** Types `defaults` may name. */
export declare const defaultActionTypes: readonly string[];
/** Policy checks. */
export declare const checkKinds: ReadonlySet<string>;
/** Aggregate kinds of the `aggregates` section. */
export declare const aggregateKinds: ReadonlySet<string>;
