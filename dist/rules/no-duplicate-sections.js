import { defineRule, reportWithRelated } from '../src/rule.js';
export default defineRule({
    id: 'no-duplicate-sections',
    description: 'No section title appears twice, no subsection title twice in a section',
    severity: 'error'
}, {}, function (model, file) {
    const sections = new Map();
    for (const section of model.sections) {
        const heading = section.heading;
        const first = sections.get(heading.text);
        if (first) {
            reportWithRelated(file, `Duplicate section \`## ${heading.text}\`: already above`, heading.position, [
                { place: first.position, message: `first \`## ${heading.text}\` here` }
            ]);
        }
        else {
            sections.set(heading.text, heading);
        }
        const subsections = new Map();
        for (const subsection of section.subsections) {
            const heading = subsection.heading;
            const first = subsections.get(heading.text);
            if (first) {
                reportWithRelated(file, `Duplicate subsection \`### ${heading.text}\` in \`## ${section.heading.text}\`: already above`, heading.position, [{ place: first.position, message: `first \`### ${heading.text}\` here` }]);
            }
            else {
                subsections.set(heading.text, heading);
            }
        }
    }
});
