/**
 * archdoc-lint: the default export is a unified preset — the input guard
 * (limits checked before parsing, `src/guard/`), remark-gfm, the document
 * model (with message control for `archdoc-lint` messages) and every
 * rule at its default severity — so `{"plugins": ["archdoc-lint"]}` works in
 * any unified-engine tool (remark-cli, the language server, archdoc-lint).
 */
import remarkGfm from 'remark-gfm';
import archdocGuard from './guard/plugin.js';
import archdocDocument from './pipeline/plugin.js';
import { rules } from './rules.js';
const preset = {
    plugins: [archdocGuard, remarkGfm, archdocDocument, ...rules]
};
export default preset;
export { rules };
export { archdocDocument };
export { archdocGuard };
export { defineRule } from './rule.js';
