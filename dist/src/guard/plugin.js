import { checkInput } from './input.js';
import { normalizeForParser } from './normalize.js';
const guarded = Symbol.for('archdoc-lint.guard');
export default function archdocGuard() {
    const parse = this.parser;
    if (!parse || parse[guarded])
        return;
    const wrapped = function (document, file) {
        const problem = checkInput(document, file);
        if (!problem) {
            const normalized = normalizeForParser(document);
            const tree = parse(normalized.text, file);
            if (normalized.frontMatter)
                tree.children.unshift(normalized.frontMatter);
            return tree;
        }
        const message = file.message(problem.reason, { place: problem.point, source: 'archdoc-lint' });
        message.fatal = true;
        file.data.archdocNotLinted = problem.reason;
        const empty = { type: 'root', children: [] };
        return empty;
    };
    wrapped[guarded] = true;
    this.parser = wrapped;
}
