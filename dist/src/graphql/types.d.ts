import type { CodeBlock, DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The object, enum and scalar types of the GraphQL blocks (stage `understandGraphqlTypes`). */
        graphql?: GraphqlTypes;
    }
}
export interface GraphqlTypes {
    /** Object and interface types by name, in the order the doc declares them. */
    objects: Map<string, GraphqlObjectType>;
    enums: Map<string, GraphqlEnumType>;
    scalars: Map<string, GraphqlScalarType>;
}
/** A type reference: `Invitation`, `[Invitation!]!`. */
export type GraphqlTypeRef = {
    kind: 'named';
    name: string;
} | {
    kind: 'list';
    of: GraphqlTypeRef;
} | {
    kind: 'nonNull';
    of: GraphqlTypeRef;
};
export interface GraphqlField {
    name: string;
    /** The field name's place. */
    place: Place;
    type: GraphqlTypeRef;
    /** The type reference's place. */
    typePlace: Place;
    /** The type that declares it. */
    parent: GraphqlObjectType;
    block: CodeBlock;
}
export interface GraphqlObjectType {
    name: string;
    kind: 'object' | 'interface';
    /** The name's place in its first declaration (a definition wins over an extension). */
    place: Place;
    /** True when the doc has a `type X` definition (not only `extend type X`). */
    defined: boolean;
    fields: GraphqlField[];
    block: CodeBlock;
}
export interface GraphqlEnumType {
    name: string;
    place: Place;
    values: Array<{
        name: string;
        place: Place;
    }>;
    block: CodeBlock;
}
export interface GraphqlScalarType {
    name: string;
    place: Place;
    block: CodeBlock;
}
/** The model stage. */
export declare function understandGraphqlTypes(model: DocumentModel): void;
/** The type as written in SDL: `[Invitation!]!`. */
export declare function typeRefText(type: GraphqlTypeRef): string;
/** The named type at the bottom: `[Invitation!]!` → `Invitation`. */
export declare function namedType(type: GraphqlTypeRef): string;
export declare function isNonNull(type: GraphqlTypeRef): boolean;
/** The type without its outer `!`. */
export declare function nullableType(type: GraphqlTypeRef): GraphqlTypeRef;
/** True when the type (its outer `!` aside) is a list. */
export declare function isList(type: GraphqlTypeRef): boolean;
