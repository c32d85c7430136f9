export declare function escapeControl(text: string): string;
/**
 * A file name as bytes, shown as text: valid UTF-8 decoded (and its control
 * characters escaped), every byte that is not UTF-8 as `\xHH`.
 */
export declare function escapeFileName(bytes: Uint8Array): string;
