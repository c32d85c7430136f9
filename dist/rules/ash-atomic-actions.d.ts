declare const _default: import("../src/rule.js").ArchdocRule;
export default _default;
