/** Every archdoc-lint rule, in the order they run and are documented. */
import documentTitle from '../rules/document-title.js'
import requiredSections from '../rules/required-sections.js'
import type {ArchdocRule} from './rule.js'

export const rules: ArchdocRule[] = [documentTitle, requiredSections]
