/**
 * `document-title`: exactly one H1, first, with the template's title.
 * Docs: docs/rules/document-title.md
 */
import { defineRule, reportWithRelated } from '../src/rule.js';
export default defineRule({
    id: 'document-title',
    description: 'The document has exactly one H1, first, with the template title',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { title: { type: 'string', minLength: 1 } },
        additionalProperties: false
    }
}, { title: 'Architecture Design Changes' }, function (model, file, options) {
    const expected = toMatcher(options.title);
    const [first, ...others] = model.titles;
    if (!first) {
        file.message(`Missing document title: expected \`# ${options.title}\` as the first heading`, {
            place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        });
        return;
    }
    const firstContent = model.tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
    if (firstContent && firstContent !== first.node) {
        file.message('Expected the document title (H1) to come first, before any other content', {
            place: first.position
        });
    }
    if (!expected.test(first.text)) {
        file.message(`Unexpected document title \`${first.text}\`, expected \`${options.title}\``, {
            place: first.position
        });
    }
    for (const other of others) {
        reportWithRelated(file, `Unexpected second H1 \`${other.text}\`: a design doc has one title`, other.position, [
            { place: first.position, message: `the title \`${first.text}\`` }
        ]);
    }
});
function toMatcher(title) {
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(title);
    if (regex)
        return new RegExp(regex[1], regex[2]);
    return { test: (text) => text === title };
}
