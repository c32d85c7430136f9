import type { VFile } from 'vfile';
import type { EngineSettings } from './args.js';
import { type Failure } from './failures.js';
export interface LintRun {
    /** The files that were linted (ignored ones and failed ones left out). */
    files: VFile[];
    /** One per distinct failure, in the order met. */
    failures: Failure[];
    /** Warnings (the configs loaded, a cache that cannot be written), each once: one line each, exit unchanged. */
    warnings: string[];
}
export interface EngineOptions extends EngineSettings {
    paths: string[];
    /** Standard input, as a file with its text (and the path it stands for, if given): linted instead of `paths`. */
    stdin?: VFile;
    cwd: string;
    /** Called as files are done (from 0), with how many there are. */
    onProgress?: (done: number, total: number) => void;
    /** Folder of the result cache; no cache when undefined. */
    cacheLocation?: string;
    /** The archdoc-lint version (part of every cache key). */
    version?: string;
}
export declare function lint(options: EngineOptions): Promise<LintRun>;
/** The settings a worker needs (plain data: they cross a thread boundary). */
export declare function engineSettings(options: EngineOptions): EngineSettings;
