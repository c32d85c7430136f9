export interface Options {
    /** Extra literal strings to report anywhere in the file (`TBD`, `Lorem ipsum`). */
    placeholders: string[];
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
