import { defineRule } from '../src/rule.js';
export default defineRule({
    id: 'no-empty-sections',
    description: 'Every section and subsection has content under its heading',
    severity: 'error'
}, {}, function (model, file) {
    for (const section of model.sections) {
        // Subsections are content of their section; each is checked on its own.
        if (section.subsections.length === 0 && !section.content.some(isContent)) {
            file.message(`Section \`## ${section.heading.text}\` is empty: expected content or subsections under it`, {
                place: section.heading.position
            });
        }
        for (const subsection of section.subsections) {
            if (subsection.content.some(isContent))
                continue;
            file.message(`Subsection \`### ${subsection.heading.text}\` is empty: expected content under it`, {
                place: subsection.heading.position
            });
        }
    }
});
const commentsOnly = /^(?:\s*<!--[\s\S]*?-->)*\s*$/;
/**
 * Whether a node shows the reader something. HTML comments (message
 * control, notes to authors), link definitions and thematic breaks render
 * no text, so a heading followed only by them is still empty.
 */
function isContent(node) {
    if (node.type === 'html')
        return !commentsOnly.test(node.value);
    return node.type !== 'definition' && node.type !== 'thematicBreak';
}
