import type { Processor } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { Options as MessageOptions, VFileMessage } from 'vfile-message';
import type { DocumentModel } from './document/model.js';
import type { Place } from './document/positions.js';
import { type RelatedPlace } from './document/related.js';
import type { CodeLanguage } from './document/template.js';
export type Severity = 'error' | 'warn';
/** A JSON schema for a rule's options object. */
export type OptionsSchema = Record<string, unknown>;
export interface RuleMeta {
    /** Stable id, never renamed. */
    id: string;
    /** One line: what the rule checks. */
    description: string;
    /** Severity when the rule is on and configured without one. */
    severity: Severity;
    /** JSON schema of the options object, if the rule takes options. */
    schema?: OptionsSchema;
    /** Some of its messages carry a fix (`message.fix`, src/fix/edits.ts): what `--fix` applies. */
    fixable?: boolean;
}
export declare const docsBaseUrl = "https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/";
export type RuleRun<Options> = (model: DocumentModel, file: VFile, options: Options) => void | Promise<void>;
export interface ArchdocRule {
    (this: Processor, config?: unknown): ReturnType<ReturnType<typeof lintRule>>;
    meta: RuleMeta & {
        url: string;
    };
}
/** Turn any unified-style config into `[severity, options]` with our default. */
export declare function normalizeConfig(meta: RuleMeta, config: unknown): [0 | 1 | 2, unknown];
/** Check options against the rule's schema; ajv is loaded only when options are given. */
export declare function validateOptions(meta: RuleMeta, options: unknown): void;
/**
 * Checks options beyond what the schema can say (a pattern that must
 * compile), when the rule is configured; throws an Error whose message names
 * the rule and the option.
 */
export type OptionsCheck<Options> = (options: Options) => void;
/**
 * Define a rule. `run` reads the document model and reports with
 * `file.message(reason, {place})`; unified-lint-rule stamps each message with
 * the rule id, source `archdoc-lint`, url and severity. `checkOptions` runs
 * once when the rule is configured (not per file), after the schema check,
 * on the options merged with the defaults.
 */
export declare function defineRule<Options extends object = Record<string, never>>(meta: RuleMeta, defaults: Options, run: RuleRun<Options>, checkOptions?: OptionsCheck<Options>): ArchdocRule;
/**
 * A syntax rule: it reports what the code stage found wrong in the blocks of
 * one language (parsing, naming each problem and mapping it to the Markdown
 * file happen once, in src/code/); `elixir-syntax`, `sql-syntax` and
 * `graphql-syntax` are made with it.
 */
export declare function defineSyntaxRule(meta: RuleMeta, language: CodeLanguage): ArchdocRule;
export type { RelatedPlace } from './document/related.js';
/**
 * Report a message about two (or more) places: at `place`, with the others
 * as data (`message.related`). The reason names the other side by what it
 * is ("already used by `defaults`"), never by its line.
 */
export declare function reportWithRelated(file: VFile, reason: string, place: Place, related: RelatedPlace[]): VFileMessage;
/**
 * Report a message whose reason is its first sentence, `separator`, then
 * `note` (what is expected, a suggestion). The reason stays the whole text
 * (JSON, SARIF, `github` and editors show it); `note` (vfile-message's
 * field) keeps the tail as data, so that the stylish report prints the first
 * sentence on the message line and the note on a line under it.
 */
export declare function messageWithNote(file: VFile, first: string, note: string, options: MessageOptions, separator?: ': ' | ', '): VFileMessage;
declare module 'vfile' {
    interface DataMap {
        archdocInternalError: boolean;
    }
}
