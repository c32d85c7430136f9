import type { VFile } from 'vfile';
export declare const extensions: string[];
export declare const ignoreName = ".remarkignore";
/** The files the engine would lint for these paths, sorted as it sorts them. */
export declare function discover(paths: string[], cwd: string): Promise<VFile[]>;
