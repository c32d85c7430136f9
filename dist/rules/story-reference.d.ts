export interface Options {
    /** A regular expression (source, no slashes) that a reference matches. */
    pattern: string;
    /** Whether the file name must start with the reference. */
    matchFileName: boolean;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
