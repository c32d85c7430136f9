/** `filePath` relative to `cwd`, with forward slashes. */
export declare function toRelative(cwd: string, filePath: string): string;
