export interface Options {
    /** Data layer modules known besides the built-in ones: never reported, and near-miss targets. */
    dataLayers: string[];
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
