import type { Failure } from './failures.js';
import { type SerializedFile } from './serialize.js';
export interface WorkerTask {
    paths: string[];
    config: boolean;
    cwd: string;
}
export interface WorkerResult {
    files: SerializedFile[];
    failures: Failure[];
    found: number;
    warnings: string[];
}
export default function lintInWorker(task: WorkerTask): Promise<WorkerResult>;
