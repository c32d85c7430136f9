/**
 * Near-miss section headings: `## Phoenix Context`, `## 7. Database Schema`,
 * `## API Design:`, `### Security Considerations` one level too deep. Such a
 * heading is taken as the template section it plainly means, so every check
 * of that section still runs, and `section-heading` says how it should read.
 *
 * A heading is a near miss of a section when, normalised (case, a numbering
 * prefix, leading and trailing punctuation and emoji, repeated spaces), it
 * equals the section's title, or differs from it by singular/plural words,
 * or by a small typo: at most one edit for titles under 12 characters, two
 * for longer ones, and never a whole word (`UI Design` is not `API Design`).
 * At the wrong level (an H3), only the right title counts, not a typo. A
 * heading that is a near miss of two sections, or of a section the doc also
 * has exactly, is no near miss: it stays an extra section.
 */
import { editDistance } from '../text/suggest.js';
import { pluralize } from '../text/words.js';
/** `7. `, `7) `, `VII. `, `A. ` before a heading's words. */
const numberingPrefix = /^(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]\s+/i;
/** The heading without a numbering prefix (for `numberedHeadings`), else as it is. */
export function withoutNumbering(text) {
    return text.replace(numberingPrefix, '');
}
/** The words of a heading, normalised: lower case, no numbering, no punctuation or emoji around them. */
export function headingWords(text) {
    return withoutNumbering(text.trim())
        .toLowerCase()
        .split(/\s+/)
        .map((word) => trimSymbols(word))
        .filter((word) => word !== '');
}
/** A word without the punctuation, symbols and emoji before and after it (`Design:` → `design`). */
function trimSymbols(word) {
    const characters = Array.from(word);
    let start = 0;
    let end = characters.length;
    while (start < end && !isWordCharacter(characters[start]))
        start++;
    while (end > start && !isWordCharacter(characters[end - 1]))
        end--;
    return characters.slice(start, end).join('');
}
function isWordCharacter(character) {
    return /[\p{L}\p{N}]/u.test(character);
}
function sameWord(a, b) {
    return a === b || pluralize(a) === b || pluralize(b) === a;
}
/** True when the heading's words mean the title: the same words, each alike but for singular/plural. */
function sameTitle(heading, title) {
    return heading.length === title.length && heading.every((word, index) => sameWord(word, title[index]));
}
/** True when the heading is the title with a small typo, no word of it replaced whole. */
function typoOf(heading, title, titleLength) {
    if (heading.length !== title.length)
        return false;
    const limit = titleLength < 12 ? 1 : 2;
    let total = 0;
    for (let index = 0; index < heading.length; index++) {
        const a = heading[index];
        const b = title[index];
        if (sameWord(a, b))
            continue;
        const distance = editDistance(a, b);
        if (distance >= Math.min(a.length, b.length))
            return false;
        total += distance;
        if (total > limit)
            return false;
    }
    return total > 0;
}
/**
 * Matches a doc's headings to the template's sections: exactly, or as a near
 * miss of a section the doc does not have exactly (`sectionHeadings`, the
 * doc's H2 texts, say which it has).
 */
export class SectionMatcher {
    template;
    words;
    exactTitles = new Set();
    taken = new Set();
    constructor(template, sectionHeadings) {
        this.template = template;
        this.words = template.sections.map((section) => headingWords(section.title));
        for (const text of sectionHeadings) {
            const index = this.exactIndex(text);
            if (index !== -1)
                this.exactTitles.add(template.sections[index].title);
        }
    }
    /** The template section an H2 is, if any. */
    matchSection(text) {
        const exact = this.exactIndex(text);
        if (exact !== -1)
            return { section: this.template.sections[exact], index: exact };
        return this.nearMiss(text, 2);
    }
    /** The template section an H3 is when it is a section's title one level too deep (and the doc lacks that section). */
    matchDeepSection(text) {
        return this.nearMiss(text, 3);
    }
    exactIndex(text) {
        const title = this.template.numberedHeadings ? withoutNumbering(text) : text;
        return this.template.sections.findIndex((section) => section.title === title);
    }
    nearMiss(text, depth) {
        const words = headingWords(text);
        if (words.length === 0)
            return undefined;
        const candidates = [];
        this.template.sections.forEach((section, index) => {
            const title = this.words[index];
            const close = sameTitle(words, title) || (depth === 2 && typoOf(words, title, section.title.length));
            if (close)
                candidates.push(index);
        });
        if (candidates.length !== 1)
            return undefined;
        const index = candidates[0];
        const section = this.template.sections[index];
        if (this.exactTitles.has(section.title) || this.taken.has(index))
            return undefined;
        // `## 1. Story Reference` in a team that numbers its headings is exact.
        if (depth === 2 && this.template.numberedHeadings && withoutNumbering(text) === section.title)
            return { section, index };
        this.taken.add(index);
        return { section, index, expected: '## ' + section.title };
    }
}
