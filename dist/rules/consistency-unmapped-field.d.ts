export interface Options {
    /** Resource module → its GraphQL type name, over `graphql do type :x end` and the last module segment. */
    typeNames: Record<string, string>;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
