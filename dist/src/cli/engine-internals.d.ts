import type { VFile } from 'vfile';
/** The parts of the two untyped internal modules that discovery uses. */
export interface EngineInternals {
    finder(input: Array<string | VFile>, options: Record<string, unknown>, callback: (error?: Error | null, result?: {
        files: VFile[];
    }) => void): void;
    Ignore: new (options: Record<string, unknown>) => unknown;
}
export declare function loadEngineInternals(): Promise<EngineInternals>;
