import type { VFileMessage } from 'vfile-message';
/** The settings an editor may send in the section `archdoc-lint`. */
export interface LintSettings {
    /** Lint only documents that a config file covers. */
    requireConfig: boolean;
    /** An ignore file to use instead of `.remarkignore` (relative: to the workspace folder). */
    ignorePath?: string;
    /** Resolve the ignore file's patterns from the workspace folder (`cwd`) or the ignore file's folder (`dir`, the default). */
    ignorePathResolveFrom?: 'cwd' | 'dir';
}
export declare function readSettings(raw: unknown): LintSettings;
/**
 * The messages for `text` as the document at `filePath` (absolute), with
 * `cwd` the workspace folder. An ignored document (`.remarkignore`, or no
 * config with `requireConfig`) has none.
 */
export declare function lintText(text: string, filePath: string, cwd: string, settings: LintSettings): Promise<VFileMessage[]>;
