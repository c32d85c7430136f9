export type ReadResult = {
    bytes: Buffer;
    problem?: undefined;
} | {
    bytes?: undefined;
    problem: ReadProblem;
};
export interface ReadProblem {
    /** One line: `not a regular file`, the size limit's reason, or the system error's message. */
    reason: string;
    /** The system error (`ENOENT`, `EACCES` …), when opening or reading failed. */
    error?: NodeJS.ErrnoException;
}
/**
 * The bytes of a regular file of at most `limit` bytes, or why not. The type
 * is checked before opening (opening a FIFO waits for a writer, opening some
 * devices acts on them) and again on the opened file (it may have been
 * swapped in between); the file is opened non-blocking for the same reason.
 */
export declare function readRegularFile(filePath: string, limit?: number): ReadResult;
