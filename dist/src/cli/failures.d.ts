import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
export interface Failure {
    /** The file at fault, relative to the cwd: the document, or its config file. */
    where: string;
    /** One line, no stack. */
    reason: string;
}
/** Whether a message means the run could not do its job (exit 2). */
export declare function isFailure(message: VFileMessage): boolean;
/**
 * Sort the engine's given files: ignored ones are dropped (a named file that
 * `.remarkignore` lists is skipped, as with any ignored file), failure
 * messages are rewritten to one line and collected (deduplicated: a broken
 * config is one line, not one per file).
 */
export declare function collectFailures(given: VFile[], cwd: string, configFile?: string): {
    files: VFile[];
    failures: Failure[];
    found: number;
};
