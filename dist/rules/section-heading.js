/**
 * `section-heading`: a heading that nearly matches a template section (a
 * typo, singular for plural, a number, trailing punctuation or an emoji, the
 * wrong level) is taken as that section, and reported once, at the heading,
 * with how it should read.
 * Docs: docs/rules/section-heading.md
 *
 * The matching is done once, when the document model is built
 * (`src/document/headings.ts`), so that every other rule already sees the
 * section it means; this rule reports the headings that were near misses.
 */
import { defineRule } from '../src/rule.js';
export default defineRule({
    id: 'section-heading',
    description: 'Section headings read exactly as the template has them',
    severity: 'error',
    fixable: true
}, {}, function (model, file) {
    for (const section of model.sections) {
        if (!section.expectedHeading)
            continue;
        const { start, end } = section.heading.position;
        const written = model.source.text.slice(start.offset, end.offset).trim();
        const message = file.message(`Heading \`${written}\` should read \`${section.expectedHeading}\``, {
            place: section.heading.position
        });
        // The one right heading: what a fix writes in its place.
        message.expected = [section.expectedHeading];
        if (start.offset !== undefined && end.offset !== undefined) {
            message.fix = { range: [start.offset, end.offset], text: section.expectedHeading };
        }
    }
});
