import { VFile } from 'vfile';
import type { EngineSettings } from './args.js';
import { type Failure } from './failures.js';
export interface ChunkResult {
    files: VFile[];
    failures: Failure[];
    found: number;
    /** Warnings about the configs loaded (one line each, not lint messages). */
    warnings: string[];
}
/** Lint the given files (paths or VFiles) and sort out the failures. */
export declare function lintChunk(files: Array<string | VFile>, settings: EngineSettings, cwd: string, onProgress?: (count: number) => void): Promise<ChunkResult>;
