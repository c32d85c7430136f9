import { type AshAction, type AshAggregate, type AshAttribute, type AshCalculation, type AshRelationship, type AshResource, type AshType } from '../ash/model.js';
import { findOption } from '../elixir/dsl.js';
import type { GraphqlField, GraphqlObjectType } from '../graphql/types.js';
import type { DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { PathSegment, RestEndpoint } from '../rest/endpoints.js';
import type { SqlColumn, SqlTable } from '../sql/tables.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** Resources joined to tables, GraphQL types and endpoints (stage `understandJoin`). */
        join?: Join;
    }
}
export interface JoinOptions {
    /** The path prefix of the REST endpoints (`/api`); segments after it are read. */
    prefix: string;
    /** Resource module → GraphQL type name, over the names the resources give. */
    graphqlTypeNames: Record<string, string>;
}
export declare const defaultJoinOptions: JoinOptions;
export interface Join {
    options: JoinOptions;
    /** The doc's resources (in document order), then the resources known by name only. */
    resources: JoinedResource[];
    byModule: Map<string, JoinedResource>;
    /** Every endpoint of `REST Endpoints`, walked. */
    endpoints: JoinedEndpoint[];
    /** Type modules the doc defines (`use Ash.Type`, `use Ash.Type.NewType`), resolved to what they store. */
    typeModules: Map<string, TypeModule>;
}
export interface TypeModule {
    module: string;
    /** `def storage_type(_), do: :string` → `string`. */
    storage?: string;
    /** `use Ash.Type.NewType, subtype_of: :string` → `string`. */
    subtypeOf?: string;
}
export interface JoinedResource {
    module: string;
    /** The resource, when the doc defines it; undefined for one known by name only. */
    resource?: AshResource;
    /** Where the doc names it: the `defmodule` name, or the first relationship that points at it. */
    place: Place;
    /** The table name: from `postgres do table` or from a `Table:` subsection. */
    tableName?: string;
    tableFrom?: 'postgres' | 'subsection';
    /** What the doc's SQL says about that table, when it says something. */
    table?: SqlTable;
    /** Each attribute with its column (when the table is in the doc). */
    columns: Array<{
        attribute: AshAttribute;
        name: string;
        column?: SqlColumn;
        dropped?: {
            place: Place;
            renamedTo?: string;
        };
    }>;
    /** Columns of the table no attribute accounts for. */
    unmappedColumns: SqlColumn[];
    /** The GraphQL type name expected for it. */
    graphqlTypeName: string;
    /** The doc's GraphQL object type of that name, when there is one. */
    graphqlType?: GraphqlObjectType;
    /** Each field of that type with what it maps to. */
    fields: Array<{
        field: GraphqlField;
        target?: FieldTarget;
    }>;
    /** The resource's `graphql do` options that shape its fields (AshGraphql v1.10.1). */
    graphqlOptions: GraphqlResourceOptions;
    /** Plural snake_case names that select it in a path (`line_items`, `invoice_line_items`). */
    pathNames: string[];
}
/**
 * Options of a resource's `graphql do` block that change its object type's
 * fields, as `AshGraphql.Resource` v1.10.1 applies them.
 */
export interface GraphqlResourceOptions {
    /** `nullable_fields [:a]`: fields nullable even when their attribute is not. */
    nullableFields: Set<string>;
    /** `attribute_types [a: :string]`: the Absinthe type of the field, when a plain atom; `undefined` for an expression (`non_null(:x)`). */
    attributeTypes: Map<string, string | undefined>;
    /** `field_names [a: :b]`: attribute → field name (snake_case, camelCased like the others). */
    fieldNames: Map<string, string>;
    /** `keyset_field :cursor`: a field that maps to no attribute. */
    keysetField?: string;
}
export type FieldTarget = {
    kind: 'attribute';
    attribute: AshAttribute;
}
/** The `keyset_field` of the resource's `graphql` block. */
 | {
    kind: 'keyset';
} | {
    kind: 'relationship';
    relationship: AshRelationship;
} | {
    kind: 'calculation';
    calculation: AshCalculation;
} | {
    kind: 'aggregate';
    aggregate: AshAggregate;
};
export interface JoinedEndpoint {
    endpoint: RestEndpoint;
    /** False when the path does not start with the prefix (then `steps` is empty). */
    underPrefix: boolean;
    steps: PathStep[];
}
export type PathStep = 
/** A segment that selects a resource, by its plural name or as a relationship of the resource before. */
{
    kind: 'resource';
    segment: PathSegment;
    resource: JoinedResource;
    relationship?: AshRelationship;
}
/** A parameter; it follows the resource before it. */
 | {
    kind: 'param';
    segment: PathSegment;
    resource?: JoinedResource;
}
/** A segment that names an action of the resource before it. */
 | {
    kind: 'action';
    segment: PathSegment;
    resource: JoinedResource;
    action: AshAction;
}
/**
 * A parent the doc does not define, named by a foreign key of a resource
 * after it: `teams` in `/api/teams/:team_id/memberships` when Membership
 * has a `team_id` attribute.
 */
 | {
    kind: 'parent';
    segment: PathSegment;
    attribute: AshAttribute;
    resource: JoinedResource;
}
/** A segment that is none of those (the walk stops there). */
 | {
    kind: 'unknown';
    segment: PathSegment;
    resource?: JoinedResource;
    afterParam: boolean;
    expected?: 'relationship';
};
/** The model stage. */
export declare function understandJoin(model: DocumentModel): void;
/** The join of a model for options that may differ from the defaults (built once per options). */
export declare function joinFor(model: DocumentModel, overrides?: Partial<JoinOptions>): Join;
export declare function buildJoin(model: DocumentModel, options: JoinOptions): Join;
/** An Ash type as the mapping tables see it: a short name (or a type module left unresolved), in `arrays` levels of `{:array, _}`. */
export interface ResolvedType {
    /** A key of the mapping tables: a short name (`string`) or, when unresolved, the module name. */
    name: string;
    arrays: number;
    /** True when `name` is a module the doc does not resolve. */
    module: boolean;
}
/**
 * Resolve an Ash type for comparison: `Ash.Type.String` is `string`; a type
 * module the doc defines is what it stores (`storage`) or subtypes; a
 * module known to the mapping table stays itself. Undefined when unreadable.
 */
export declare function resolveType(join: Join, type: AshType | undefined, mapping: Readonly<Record<string, readonly string[]>>, use: 'storage' | 'graphql'): ResolvedType | undefined;
/** `one_of` of an attribute's or calculation's constraints (`constraints: [one_of: [...]]`), as atom names. */
export declare function oneOf(options: Parameters<typeof findOption>[0]): {
    values: string[];
    place: Place;
} | undefined;
