/**
 * The team template's placeholder text, as data: what a doc still holds when
 * it was copied from `template/design-doc-template.md` and not filled in.
 *
 * `story-reference` and `no-template-placeholders` read it, and the
 * code-parsing stage reads the placeholder comments (`src/code/placeholder.ts`)
 * so that blocks holding only template text are not parsed. A custom template
 * means a different value of this object; nothing else hard-codes these
 * strings.
 */
import type { SectionRole } from './template.js';
export interface BracketedPlaceholder {
    /** The placeholder as written in the template, brackets included. */
    text: string;
    /** What replaces it, for the message (`the real name`). */
    replaceWith: string;
}
export interface TemplatePlaceholders {
    /** The reference's template form (the story section is found by its role, `story`). */
    storyReference: {
        /** The template's placeholder reference (written `[NNNNNN-StoryName]` in the template). */
        placeholder: string;
        /** The placeholder's number and name parts, recognised on their own (`004217-StoryName`). */
        placeholderNumber: string;
        placeholderName: string;
        /** The default form of a real reference: six digits, hyphen, PascalCase name. */
        pattern: string;
    };
    /** Bracketed placeholders of the template's prose and headings. */
    bracketed: BracketedPlaceholder[];
    /**
     * Sample names of the template's headings and code, reported as whole
     * identifiers (`ContextName` in `MyAppWeb.ContextName`, not in `ContextNames`).
     */
    sampleNames: string[];
    /**
     * The template's sample application namespaces (`MyApp`, `MyAppWeb`): a
     * PascalCase sample name inside a longer module name is the template's only
     * under one of these (`MyAppWeb.ContextName`); a real project's module
     * that happens to end in one (`Billing.Trigger.ResourceName`) is not.
     */
    sampleNamespaces: string[];
    /** Placeholder comments of the template's code blocks, by canonical language. */
    comments: Record<string, string[]>;
    /** Bullets the template puts in a section, by the section's role, to be replaced by what the design does. */
    bullets: Partial<Record<SectionRole, string[]>>;
}
export declare const templatePlaceholders: TemplatePlaceholders;
