/**
 * What archdoc-lint knows about the Ash 3 resource DSL, as data: built-in
 * types and their constraints, entity options, data layers.
 *
 * Pinned release: ash v3.32.0 (tag `v3.32.0`, commit
 * 90c39f301a423a9c51ed0a5c95f30dcb2acf4d57). Each table names the file of
 * that release it follows; docs/ash-knowledge.md lists them all, and
 * test/ash-knowledge.test.ts pins each table's size and a few entries so a
 * silent edit shows.
 *
 * A rule reports only what these tables know to be wrong; anything they do
 * not describe (a type's constraints we do not list, an option of a section
 * we do not model, a module) is left alone.
 */
/** The pinned releases the tables follow. */
export declare const pinnedReleases: {
    readonly ash: "v3.32.0";
    readonly ash_postgres: "v2.12.0";
    readonly ash_graphql: "v1.10.1";
    readonly ash_json_api: "v1.7.0";
    readonly ash_phoenix: "v2.3.24";
};
/** Ash's built-in short type names: `@builtin_short_names` of `lib/ash/type/registry.ex`, in its order. */
export declare const builtinTypes: readonly string[];
export declare const builtinTypeSet: ReadonlySet<string>;
/**
 * Constraints of the built-in types whose constraint list is known exactly:
 * the `@constraints` of `lib/ash/type/<type>.ex`. `:integer` takes only `min`
 * and `max` (no `greater_than`/`less_than`, which `:float` and `:decimal`
 * have). Types absent here (`:map`, `:union`, `:utc_datetime`, …) are not
 * checked.
 */
export declare const typeConstraints: Readonly<Record<string, readonly string[]>>;
/** Constraints of `{:array, type}` itself (`@array_constraints` of `lib/ash/type/type.ex`); the element's go under `items:`. */
export declare const arrayConstraints: readonly string[];
/**
 * Options of `attribute` (and, but `allow_nil?`, of the primary key and
 * timestamp shorthands): `@schema` of `lib/ash/resource/attribute.ex` but the
 * positional `name` and `type`.
 */
export declare const attributeOptions: readonly string[];
/** The attribute shorthands that take `attribute`'s options but `allow_nil?`. */
export declare const primaryKeyShorthands: ReadonlySet<string>;
export type RelationshipKind = 'belongs_to' | 'has_one' | 'has_many' | 'many_to_many';
export declare const relationshipKinds: ReadonlySet<string>;
/**
 * Options of each relationship kind: the `@opt_schema` of
 * `lib/ash/resource/relationships/<kind>.ex` (its own options, then the shared ones).
 */
export declare const relationshipOptions: Readonly<Record<RelationshipKind, readonly string[]>>;
/**
 * Data layers `ash-resource` knows: a data layer not listed is not reported
 * (it may be any module implementing `Ash.DataLayer`) unless it is a near
 * miss of one of these (`AshPostgress.DataLayer`, `Ash.DataLayer.ETS`).
 */
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
/** Types `defaults` may name (the `defaults` option of the `actions` section, `lib/ash/resource/dsl.ex`). */
export declare const defaultActionTypes: readonly string[];
/** Policy checks. */
export declare const checkKinds: ReadonlySet<string>;
/** Aggregate kinds of the `aggregates` section. */
export declare const aggregateKinds: ReadonlySet<string>;
/**
 * Ash 2 modules Ash 3 removed, with what replaces them: `use Ash.Api` does
 * not compile on Ash 3 (ash v3.32.0 has no `lib/ash/api`; `lib/ash/domain/domain.ex`
 * is the domain module).
 */
export declare const ash2Modules: Readonly<Record<string, string>>;
/**
 * The data layers that run an update or destroy as one query, so that
 * Ash's `VerifyActionsAtomic` (ash v3.32.0,
 * `lib/ash/resource/verifiers/verify_actions_atomic.ex`) checks their update
 * and destroy actions: `can?(_, :update_query)` and `can?(_, :destroy_query)`
 * are true in ash `lib/ash/data_layer/ets/ets.ex` and in ash_postgres
 * v2.12.0 `lib/data_layer.ex` (update only when the resource does not
 * `manage_tenant` with `update? true`). `Ash.DataLayer.Simple` (also the
 * embedded resources' layer) and `Ash.DataLayer.Mnesia` answer false. A
 * data layer not listed draws no message.
 */
export declare const queryUpdateDataLayers: ReadonlySet<string>;
/**
 * The arity of a function `change` takes (`{:spark_function_behaviour, …,
 * {Ash.Resource.Change.Function, 2}}` in ash v3.32.0
 * `lib/ash/resource/change/change.ex`): `fn changeset, context -> … end` or
 * `&fun/2`. `Ash.Resource.Change.Function` defines no `atomic/3`, so its
 * `atomic?()` is false.
 */
export declare const functionChangeArity = 2;
/**
 * The action types a global `changes` entry runs on when it has no `on:`
 * (ash v3.32.0 `lib/ash/resource/change/change.ex`, `on` default).
 */
export declare const globalChangeDefaultOn: readonly string[];
