export interface Options {
    /** Short names registered with `config :ash, :custom_types` (`money` for `:money`). */
    customTypes: string[];
}
declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
