import type { VFile } from 'vfile';
import { type Failure } from './failures.js';
export interface LintRun {
    /** The files that were linted (ignored ones and failed ones left out). */
    files: VFile[];
    /** One per distinct failure, in the order met. */
    failures: Failure[];
    /** Warnings (the configs loaded, a cache that cannot be written), each once: one line each, exit unchanged. */
    warnings: string[];
}
export interface EngineOptions {
    paths: string[];
    config: boolean;
    cwd: string;
    /** Folder of the result cache; no cache when undefined. */
    cacheLocation?: string;
    /** The archdoc-lint version (part of every cache key). */
    version?: string;
}
export declare function lint(options: EngineOptions): Promise<LintRun>;
