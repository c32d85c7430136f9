import { defineRule } from '../src/rule.js';
export default defineRule({
    id: 'section-order',
    description: 'The template sections follow the template order',
    severity: 'warn'
}, {}, function (model, file) {
    // Sections outside the template have no place in its order, and a
    // repeated title is `no-duplicate-sections`' problem: only the first
    // occurrence of each template section takes part.
    const seen = new Set();
    const sections = model.sections.filter(function (section) {
        if (section.templateIndex === -1 || seen.has(section.heading.text))
            return false;
        seen.add(section.heading.text);
        return true;
    });
    // Keep the most sections that are already in template order and report
    // the others: the fewest moves that put the document in order.
    const inOrder = new Set(longestOrderedSubsequence(sections));
    const kept = sections.filter((section) => inOrder.has(section));
    for (const section of sections) {
        if (inOrder.has(section))
            continue;
        const previous = kept.filter((other) => other.templateIndex < section.templateIndex).pop();
        const next = kept.find((other) => other.templateIndex > section.templateIndex);
        const where = previous ? `after \`## ${previous.heading.text}\`` : `before \`## ${next.heading.text}\``;
        file.message(`Section \`## ${section.heading.text}\` is out of order: expected it ${where}`, {
            place: section.heading.position
        });
    }
});
/**
 * A longest subsequence of `sections` with increasing template indexes
 * (quadratic, but there are at most as many as the template has sections).
 * Among equally long ones it keeps the later sections, so a section moved
 * up is the one reported, not everything it jumped over.
 */
function longestOrderedSubsequence(sections) {
    const length = [];
    const previous = [];
    let end = -1;
    sections.forEach(function (section, index) {
        length[index] = 1;
        previous[index] = -1;
        for (let before = 0; before < index; before++) {
            if (sections[before].templateIndex < section.templateIndex && length[before] + 1 >= length[index]) {
                length[index] = length[before] + 1;
                previous[index] = before;
            }
        }
        if (end === -1 || length[index] >= length[end])
            end = index;
    });
    const kept = [];
    for (let index = end; index !== -1; index = previous[index])
        kept.unshift(sections[index]);
    return kept;
}
