export interface Options {
    /** Data layer modules to accept besides the built-in ones (`AshCubDB.DataLayer`). */
    dataLayers: string[];
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
