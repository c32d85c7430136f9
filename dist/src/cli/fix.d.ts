import type { VFileMessage } from 'vfile-message';
import { type Fix } from '../fix/edits.js';
import type { EngineSettings } from './args.js';
import type { LintRun } from './lint.js';
export interface FixOptions {
    /** `write`: `--fix`; `dry-run`: `--fix-dry-run` (nothing written). */
    mode: 'write' | 'dry-run';
    /** Only these rules' fixes (`--fix-rule`); all when undefined. */
    rules: string[] | undefined;
    /** How the files were linted (config, `--rule`, ignore settings): each pass lints the same way. */
    settings: EngineSettings;
    cwd: string;
    /** Standard input, when it was linted: its text is the original, and nothing is written. */
    stdin?: {
        path: string;
        text: string;
    };
}
export interface FixResult {
    run: LintRun;
    /** Unified diffs of the changed files (`--fix-dry-run`), in file order. */
    diffs: string[];
    /** One line each: linked files whose fixes were not written (read and write failures join the run's failures). */
    notes: string[];
    /** How many fixes were applied, over all passes and files. */
    applied: number;
}
declare module 'vfile' {
    interface DataMap {
        /** The fixed text of a file that `--fix-dry-run` changed (the `output` of the json format). */
        archdocFixOutput: string;
    }
}
/** Whether a message carries a fix that the options allow. */
export declare function fixable(message: VFileMessage, rules: string[] | undefined): message is VFileMessage & {
    fix: Fix;
};
export declare function fixRun(run: LintRun, options: FixOptions): Promise<FixResult>;
