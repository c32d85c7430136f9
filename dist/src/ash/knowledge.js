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
export const pinnedReleases = {
    ash: 'v3.32.0',
    ash_postgres: 'v2.12.0',
    ash_graphql: 'v1.10.1',
    ash_json_api: 'v1.7.0',
    ash_phoenix: 'v2.3.24'
};
/** Ash's built-in short type names: `@builtin_short_names` of `lib/ash/type/registry.ex`, in its order. */
export const builtinTypes = [
    'map',
    'keyword',
    'term',
    'atom',
    'tuple',
    'string',
    'integer',
    'file',
    'float',
    'duration_name',
    'function',
    'boolean',
    'struct',
    'uuid',
    'uuid_v7',
    'binary',
    'date',
    'time',
    'time_usec',
    'decimal',
    'ci_string',
    'naive_datetime',
    'utc_datetime',
    'utc_datetime_usec',
    'datetime',
    'duration',
    'url_encoded_binary',
    'union',
    'module',
    'vector',
    'range'
];
export const builtinTypeSet = new Set(builtinTypes);
const stringConstraints = ['max_length', 'min_length', 'match', 'trim?', 'allow_empty?'];
const numberConstraints = ['min', 'max', 'greater_than', 'less_than'];
/**
 * Constraints of the built-in types whose constraint list is known exactly:
 * the `@constraints` of `lib/ash/type/<type>.ex`. `:integer` takes only `min`
 * and `max` (no `greater_than`/`less_than`, which `:float` and `:decimal`
 * have). Types absent here (`:map`, `:union`, `:utc_datetime`, …) are not
 * checked.
 */
export const typeConstraints = {
    string: stringConstraints,
    ci_string: [...stringConstraints, 'casing'],
    integer: ['min', 'max'],
    float: numberConstraints,
    decimal: [...numberConstraints, 'precision', 'scale'],
    atom: ['one_of', 'unsafe_to_atom?'],
    boolean: [],
    uuid: [],
    uuid_v7: []
};
/** Constraints of `{:array, type}` itself (`@array_constraints` of `lib/ash/type/type.ex`); the element's go under `items:`. */
export const arrayConstraints = [
    'items',
    'min_length',
    'max_length',
    'nil_items?',
    'remove_nil_items?',
    'empty_values'
];
/**
 * Options of `attribute` (and, but `allow_nil?`, of the primary key and
 * timestamp shorthands): `@schema` of `lib/ash/resource/attribute.ex` but the
 * positional `name` and `type`.
 */
export const attributeOptions = [
    'allow_nil?',
    'public?',
    'default',
    'constraints',
    'description',
    'primary_key?',
    'writable?',
    'generated?',
    'sensitive?',
    'update_default',
    'source',
    'select_by_default?',
    'always_select?',
    'filterable?',
    'sortable?',
    'match_other_defaults?'
];
/** The attribute shorthands that take `attribute`'s options but `allow_nil?`. */
export const primaryKeyShorthands = new Set(['uuid_primary_key', 'uuid_v7_primary_key', 'integer_primary_key']);
/**
 * Options every relationship kind accepts: `@shared_options` of
 * `lib/ash/resource/relationships/shared_options.ex` but the positional
 * `name` and `destination`, plus the `filter` entity (`filters` of each
 * relationship entity in `lib/ash/resource/dsl.ex`), which is written like an
 * option. `belongs_to` drops `could_be_related_at_creation?`.
 */
const relationshipShared = [
    'description',
    'destination_attribute',
    'validate_destination_attribute?',
    'source_attribute',
    'relationship_context',
    'public?',
    'not_found_message',
    'writable?',
    'read_action',
    'read_action_arguments',
    'domain',
    'filterable?',
    'sortable?',
    'sort',
    'default_sort',
    'could_be_related_at_creation?',
    'violation_message',
    'authorize_read_with',
    'allow_forbidden_field?',
    'filter'
];
export const relationshipKinds = new Set(['belongs_to', 'has_one', 'has_many', 'many_to_many']);
/**
 * Options of each relationship kind: the `@opt_schema` of
 * `lib/ash/resource/relationships/<kind>.ex` (its own options, then the shared ones).
 */
export const relationshipOptions = {
    belongs_to: [
        'primary_key?',
        'allow_nil?',
        'attribute_writable?',
        'attribute_public?',
        'attribute_always_select?',
        'define_attribute?',
        'attribute_type',
        ...relationshipShared.filter((option) => option !== 'could_be_related_at_creation?')
    ],
    has_one: ['manual', 'no_attributes?', 'through', 'allow_nil?', 'from_many?', 'offset', ...relationshipShared],
    has_many: ['manual', 'no_attributes?', 'through', 'limit', 'offset', ...relationshipShared],
    many_to_many: [
        'source_attribute_on_join_resource',
        'destination_attribute_on_join_resource',
        'through',
        'join_relationship',
        ...relationshipShared
    ]
};
/**
 * Data layers `ash-resource` knows: a data layer not listed is not reported
 * (it may be any module implementing `Ash.DataLayer`) unless it is a near
 * miss of one of these (`AshPostgress.DataLayer`, `Ash.DataLayer.ETS`).
 */
export const knownDataLayers = [
    'AshPostgres.DataLayer',
    'Ash.DataLayer.Ets',
    'Ash.DataLayer.Mnesia',
    'Ash.DataLayer.Simple',
    'AshSqlite.DataLayer'
];
export const postgresDataLayer = 'AshPostgres.DataLayer';
export const policyAuthorizer = 'Ash.Policy.Authorizer';
/**
 * Extensions known not to add attributes or relationships to a resource:
 * with only these, the attributes and relationships the doc shows are all
 * there are. Any other extension may add some (AshArchival adds
 * `archived_at`, AshStateMachine `state`, …), so checks that need the full
 * list are skipped.
 */
export const extensionsAddingNoFields = new Set([
    'AshGraphql.Resource',
    'AshJsonApi.Resource',
    'AshAdmin.Resource',
    'AshOban',
    'AshPostgres.DataLayer',
    'AshSqlite.DataLayer',
    'Ash.Policy.Authorizer',
    'Ash.Notifier.PubSub'
]);
export const actionTypes = new Set(['create', 'read', 'update', 'destroy', 'action']);
/** Types `defaults` may name (the `defaults` option of the `actions` section, `lib/ash/resource/dsl.ex`). */
export const defaultActionTypes = ['create', 'read', 'update', 'destroy'];
/** Policy checks. */
export const checkKinds = new Set(['authorize_if', 'forbid_if', 'authorize_unless', 'forbid_unless']);
/** Aggregate kinds of the `aggregates` section. */
export const aggregateKinds = new Set(['count', 'exists', 'first', 'sum', 'list', 'max', 'min', 'avg', 'custom']);
/**
 * Ash 2 modules Ash 3 removed, with what replaces them: `use Ash.Api` does
 * not compile on Ash 3 (ash v3.32.0 has no `lib/ash/api`; `lib/ash/domain/domain.ex`
 * is the domain module).
 */
export const ash2Modules = {
    'Ash.Api': 'Ash.Domain'
};
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
export const queryUpdateDataLayers = new Set(['AshPostgres.DataLayer', 'Ash.DataLayer.Ets']);
/**
 * The arity of a function `change` takes (`{:spark_function_behaviour, …,
 * {Ash.Resource.Change.Function, 2}}` in ash v3.32.0
 * `lib/ash/resource/change/change.ex`): `fn changeset, context -> … end` or
 * `&fun/2`. `Ash.Resource.Change.Function` defines no `atomic/3`, so its
 * `atomic?()` is false.
 */
export const functionChangeArity = 2;
/**
 * The action types a global `changes` entry runs on when it has no `on:`
 * (ash v3.32.0 `lib/ash/resource/change/change.ex`, `on` default).
 */
export const globalChangeDefaultOn = ['create', 'update'];
