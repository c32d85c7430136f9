import type { VFile } from 'vfile';
/**
 * Set `file.value` from disk and return its bytes, or give the file the
 * message why not (and return undefined). A file that has a value is not read.
 */
export declare function readDocument(file: VFile): Buffer | undefined;
/**
 * Why a file that was found cannot be opened, when its name is not UTF-8:
 * Node reads folder entries and arguments as UTF-8, turning each bad byte
 * into U+FFFD, so the path it gets names no file. The entry of the folder
 * whose name reads as this one is found by its bytes and shown escaped.
 */
export declare function nonUtf8NameReason(filePath: string): string | undefined;
