/** Every archdoc-lint rule, in the order they run and are documented. */
import documentTitle from '../rules/document-title.js'
import requiredSections from '../rules/required-sections.js'
import sectionOrder from '../rules/section-order.js'
import noDuplicateSections from '../rules/no-duplicate-sections.js'
import noEmptySections from '../rules/no-empty-sections.js'
import subsectionHeading from '../rules/subsection-heading.js'
import codeBlockLanguage from '../rules/code-block-language.js'
import storyReference from '../rules/story-reference.js'
import noTemplatePlaceholders from '../rules/no-template-placeholders.js'
import sqlSyntax from '../rules/sql-syntax.js'
import type {ArchdocRule} from './rule.js'

export const rules: ArchdocRule[] = [documentTitle, requiredSections, sectionOrder, noDuplicateSections, noEmptySections, subsectionHeading, codeBlockLanguage, storyReference, noTemplatePlaceholders, sqlSyntax]
