import type { LintOptions } from './args.js';
import type { LintRun } from './lint.js';
export interface Streams {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
}
/** 2 (a failure or an internal error) wins over 1 (lint errors, or warnings with `frail`), 1 over 0. */
export declare function exitCode(run: LintRun, frail: boolean): 0 | 1 | 2;
/**
 * stylish goes to stderr; json, sarif and github go to stdout and nothing
 * else does (failures are also one line each on stderr). With an output file,
 * the chosen format goes there and stderr gets the stylish report.
 */
export declare function writeReports(run: LintRun, options: Pick<LintOptions, 'format' | 'outputFile' | 'quiet' | 'silent' | 'color' | 'frail'>, streams: Streams, cwd: string, version: string): Promise<0 | 1 | 2>;
