import type { LintOptions } from './args.js';
import type { Streams } from './report.js';
/** Where to watch for a path or glob: the path, or a glob's folder before its first magic character. */
export declare function watchRoot(cwd: string, given: string): string;
export declare function watch(options: LintOptions, once: () => Promise<number>, streams: Streams, cwd: string): Promise<number>;
