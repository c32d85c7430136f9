import type { Streams } from './report.js';
export type { Streams };
export declare function main(argv: string[], streams?: Streams, cwd?: string): Promise<number>;
