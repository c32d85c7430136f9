export interface Options {
    /** The expected title: a string (exact) or `/regex/flags`. */
    title: string;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
