import type { Template, TemplateSection } from './template.js';
/** The heading without a numbering prefix (for `numberedHeadings`), else as it is. */
export declare function withoutNumbering(text: string): string;
/** The words of a heading, normalised: lower case, no numbering, no punctuation or emoji around them. */
export declare function headingWords(text: string): string[];
export interface SectionMatch {
    section: TemplateSection;
    index: number;
    /** The heading as it should read (`## Phoenix Contexts`), when it is a near miss. */
    expected?: string;
}
/**
 * Matches a doc's headings to the template's sections: exactly, or as a near
 * miss of a section the doc does not have exactly (`sectionHeadings`, the
 * doc's H2 texts, say which it has).
 */
export declare class SectionMatcher {
    private readonly template;
    private readonly words;
    private readonly exactTitles;
    private readonly taken;
    constructor(template: Template, sectionHeadings: readonly string[]);
    /** The template section an H2 is, if any. */
    matchSection(text: string): SectionMatch | undefined;
    /** The template section an H3 is when it is a section's title one level too deep (and the doc lacks that section). */
    matchDeepSection(text: string): SectionMatch | undefined;
    private exactIndex;
    private nearMiss;
}
