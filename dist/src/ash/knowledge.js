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
export const builtinTypes = [
    'string',
    'integer',
    'boolean',
    'uuid',
    'utc_datetime_usec',
    'utc_datetime',
    'date',
    'decimal',
    'float',
    'atom',
    'map',
    'ci_string',
    'naive_datetime',
    'datetime',
    'time',
    'time_usec',
    'uuid_v7',
    'binary',
    'keyword',
    'term',
    'tuple',
    'struct',
    'union',
    'module',
    'function',
    'file',
    'duration',
    'duration_name',
    'url_encoded_binary',
    'vector'
];
export const builtinTypeSet = new Set(builtinTypes);
const stringConstraints = ['max_length', 'min_length', 'match', 'trim?', 'allow_empty?'];
const numberConstraints = ['min', 'max', 'greater_than', 'less_than'];
/**
 * Constraints of the built-in types whose constraint list is known exactly.
 * Types absent here (`:map`, `:union`, `:utc_datetime`, …) are not checked.
 */
export const typeConstraints = {
    string: stringConstraints,
    ci_string: [...stringConstraints, 'casing'],
    integer: numberConstraints,
    float: numberConstraints,
    decimal: [...numberConstraints, 'precision', 'scale'],
    atom: ['one_of', 'unsafe_to_atom?'],
    boolean: [],
    uuid: [],
    uuid_v7: []
};
/** Constraints of `{:array, type}` itself; the element's go under `items:`. */
export const arrayConstraints = [
    'items',
    'min_length',
    'max_length',
    'nil_items?',
    'remove_nil_items?',
    'empty_values'
];
/** Options of `attribute` (and, but `allow_nil?`, of the primary key and timestamp shorthands). */
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
/** Options every relationship kind accepts. */
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
    'domain',
    'filterable?',
    'sortable?',
    'sort',
    'default_sort',
    'violation_message',
    'filter',
    'authorize_read_with',
    'allow_forbidden_field?'
];
export const relationshipKinds = new Set(['belongs_to', 'has_one', 'has_many', 'many_to_many']);
export const relationshipOptions = {
    belongs_to: [
        'allow_nil?',
        'attribute_type',
        'attribute_writable?',
        'attribute_public?',
        'define_attribute?',
        'primary_key?',
        ...relationshipShared
    ],
    has_one: ['allow_nil?', 'manual', 'no_attributes?', 'from_many?', 'could_be_related_at_creation?', ...relationshipShared],
    has_many: ['manual', 'no_attributes?', 'could_be_related_at_creation?', ...relationshipShared],
    many_to_many: [
        'through',
        'join_relationship',
        'source_attribute_on_join_resource',
        'destination_attribute_on_join_resource',
        'could_be_related_at_creation?',
        ...relationshipShared
    ]
};
/** Data layers `ash-resource` accepts without configuration. */
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
/** Types `defaults` may name. */
export const defaultActionTypes = ['create', 'read', 'update', 'destroy'];
/** Policy checks. */
export const checkKinds = new Set(['authorize_if', 'forbid_if', 'authorize_unless', 'forbid_unless']);
/** Aggregate kinds of the `aggregates` section. */
export const aggregateKinds = new Set(['count', 'exists', 'first', 'sum', 'list', 'max', 'min', 'avg', 'custom']);
