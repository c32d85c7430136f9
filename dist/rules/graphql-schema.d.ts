export interface Options {
    /** Scalars the app declares elsewhere (`DateTime`, `JSON`): known in every block. */
    scalars: string[];
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
