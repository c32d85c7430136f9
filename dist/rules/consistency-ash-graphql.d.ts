export interface Options {
    /** Ash type (or type module) → GraphQL types, merged over the default table (`src/join/mappings.ts`). */
    types: Record<string, string[]>;
    /** Resource module → its GraphQL type name, over `graphql do type :x end` and the last module segment. */
    typeNames: Record<string, string>;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
