/**
 * Section roles: what each section of a template is for. The stages and rules
 * find a section by its role, so a team that retitles "Ash Resources" to
 * "Domain Model" keeps every check of that section.
 *
 * A section without a `role` in the config gets one inferred, in this order:
 * 1. the default template's section of exactly that title;
 * 2. its subsection forms: a form the default template gives one section
 *    (`Resource: {module}` → resources), or a REST or GraphQL subsection
 *    (→ api);
 * 3. a word of its title that names one default section alone (`Security`,
 *    `Performance`, `Overview`).
 * Each role belongs to one section: a role already given or inferred is not
 * inferred again. A section none of these places has no role and gets only
 * the structural rules (`rolelessSections` lists them for a warning).
 */
import type { SubsectionForm, SubsectionRole, TemplateSection } from './template.js';
/** The role of a subsection form: given; else the default heading; else a word of it (`REST`, `GraphQL`) or its GraphQL language. */
export declare function subsectionRole(form: SubsectionForm): SubsectionRole | undefined;
/** Copies of the sections with every role settled (sections and their subsection forms). */
export declare function withRoles(sections: readonly TemplateSection[]): TemplateSection[];
/** The titles of the sections that have no role (they get only the structural rules). */
export declare function rolelessSections(sections: readonly TemplateSection[]): string[];
