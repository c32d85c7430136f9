import { escapeControl } from './escape.js';
import type { Streams } from './report.js';
export type { Streams };
/** For bin/archdoc-lint.js: its last-resort error line is escaped like every other. */
export { escapeControl };
export declare function main(argv: string[], streams?: Streams, cwd?: string, stdin?: NodeJS.ReadableStream): Promise<number>;
