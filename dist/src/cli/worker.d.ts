/**
 * A worker thread of the pool: lints a share of the files with its own
 * parsers (loaded once per worker) and sends the results back as data.
 */
import type { EngineSettings } from './args.js';
import type { Failure } from './failures.js';
import { type SerializedFile } from './serialize.js';
export interface WorkerTask {
    paths: string[];
    settings: EngineSettings;
    cwd: string;
}
export interface WorkerResult {
    files: SerializedFile[];
    failures: Failure[];
    found: number;
    warnings: string[];
}
export default function lintInWorker(task: WorkerTask): Promise<WorkerResult>;
