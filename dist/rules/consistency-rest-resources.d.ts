export interface Options {
    /** The path prefix the endpoints share; segments after it are read (`/api`). */
    prefix: string;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
