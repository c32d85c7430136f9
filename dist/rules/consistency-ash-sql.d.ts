export interface Options {
    /** Ash type (or type module) → SQL types, merged over the default table (`src/join/mappings.ts`). */
    types: Record<string, string[]>;
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
