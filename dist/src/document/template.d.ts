/** Canonical languages that archdoc-lint understands. */
export type CodeLanguage = 'elixir' | 'sql' | 'graphql';
/**
 * What a section is for: the stages and rules find a section by its role,
 * never by its title, so a team can retitle any section of its template.
 */
export type SectionRole = 'story' | 'overview' | 'resources' | 'contexts' | 'components' | 'tables' | 'api' | 'security' | 'performance';
export declare const sectionRoles: readonly SectionRole[];
/** What a subsection form of the `api` section is for. */
export type SubsectionRole = 'rest' | 'graphql';
export declare const subsectionRoles: readonly SubsectionRole[];
/** One allowed form of an H3 heading inside a section. */
export interface SubsectionForm {
    /**
     * The heading's form. `{module}` stands for an Elixir module name
     * (`MyAppWeb.InvitationLive.Index`), `{snake}` for a snake_case name
     * (`team_invitations`); everything else is literal.
     */
    heading: string;
    /** The language of the fenced block the subsection must contain, if any. */
    language?: CodeLanguage;
    /** What the subsection is for; inferred when absent (`roles.ts`). */
    role?: SubsectionRole;
}
export interface TemplateSection {
    /** The H2 text, exactly. */
    title: string;
    /** Whether `required-sections` reports the section when it is missing. */
    required?: boolean;
    /** The allowed H3 forms; absent means any H3 is allowed. */
    subsections?: SubsectionForm[];
    /** What the section is for; inferred when absent (`roles.ts`). */
    role?: SectionRole;
    /** What to write in the section: `--fix` inserts a missing section with it as an HTML comment. */
    guidance?: string;
}
export interface TemplateOptions {
    /** Ordered H2 sections. */
    sections?: TemplateSection[];
    /** Extra language aliases (`{"ex": "elixir"}`), merged over the defaults. */
    languageAliases?: Record<string, string>;
    /** Section headings carry a number (`## 1. Story Reference`): accepted as exact. */
    numberedHeadings?: boolean;
}
export interface Template {
    sections: TemplateSection[];
    languageAliases: Record<string, string>;
    numberedHeadings: boolean;
}
export declare const defaultSections: TemplateSection[];
/** Info strings that mean one of the canonical languages. */
export declare const defaultLanguageAliases: Record<string, CodeLanguage>;
/** The template a config gives, every section's role settled (given or inferred, `roles.ts`). */
export declare function resolveTemplate(options: TemplateOptions | undefined): Template;
/** A compiled subsection form: matches a heading and captures its name. */
export interface CompiledForm {
    form: SubsectionForm;
    /** The literal part before the name (`Resource: `), for messages. */
    expected: string;
    match(text: string): {
        name: string | undefined;
    } | undefined;
}
export declare function compileForm(form: SubsectionForm): CompiledForm;
