import type { LintOptions } from './args.js';
import type { LintRun } from './lint.js';
export interface Streams {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream & {
        isTTY?: boolean;
        columns?: number;
    };
}
/**
 * 2 (a failure or an internal error) wins over 1 (lint errors, warnings with
 * `frail`, more warnings than `maxWarnings`), 1 over 0.
 */
export declare function exitCode(run: LintRun, frail: boolean, maxWarnings?: number): 0 | 1 | 2;
/** The width stylish output fits: the terminal's; off a terminal, `COLUMNS`, else 100. */
export declare function reportWidth(stream: Streams['stderr']): number;
/**
 * stylish goes to stderr; json, sarif and github go to stdout and nothing
 * else does (failures are also one line each on stderr). With an output file,
 * the chosen format goes there and stderr gets the stylish report.
 */
export declare function writeReports(run: LintRun, options: Pick<LintOptions, 'format' | 'outputFile' | 'quiet' | 'silent' | 'color' | 'frail'> & {
    maxWarnings?: number;
}, streams: Streams, cwd: string, version: string): Promise<0 | 1 | 2>;
