import { type ArchdocRule } from '../src/rule.js';
export interface Options {
    /** A regular expression (source, no slashes) that a reference matches. */
    pattern: string;
    /** Whether the file name must start with the reference. */
    matchFileName: boolean;
}
/**
 * The rule, with `pattern` compiled when the rule is configured: a pattern
 * that is not a regular expression is a config error naming the option, not
 * a failure while linting each file.
 */
declare const storyReference: ArchdocRule;
export default storyReference;
