import type { VFile } from 'vfile';
import type { EngineSettings } from './args.js';
export declare const extensions: string[];
export declare const ignoreName = ".remarkignore";
/** The files the engine would lint for these paths, sorted as it sorts them. */
export declare function discover(paths: Array<string | VFile>, cwd: string, settings?: Pick<EngineSettings, 'ignorePath' | 'ignorePatterns'>): Promise<VFile[]>;
