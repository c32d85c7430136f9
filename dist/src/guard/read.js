/**
 * Reading a document within the input guard's size limit: regular files
 * only (after following links), and never more than `maxBytes + 1` bytes, so
 * a link to `/dev/zero`, a FIFO or a file that grows while it is read can
 * neither hang a run nor fill the memory. stdin is not a file; the CLI reads
 * it bounded the same way (src/cli/stdin.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { maxBytes, sizeReason } from './input.js';
/**
 * The bytes of a regular file of at most `limit` bytes, or why not. The type
 * is checked before opening (opening a FIFO waits for a writer, opening some
 * devices acts on them) and again on the opened file (it may have been
 * swapped in between); the file is opened non-blocking for the same reason.
 */
export function readRegularFile(filePath, limit = maxBytes) {
    let descriptor;
    try {
        if (!statSync(filePath).isFile())
            return notRegular;
        descriptor = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        return failed(error);
    }
    try {
        const stats = fstatSync(descriptor);
        if (!stats.isFile())
            return notRegular;
        if (stats.size > limit)
            return { problem: { reason: sizeReason(stats.size, true, limit) } };
        // The size said at most `limit`; a file that grew since is caught by reading one byte more.
        let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stats.size + 1));
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > limit)
                    return { problem: { reason: sizeReason(length, false, limit) } };
                const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buffer.length * 2, 64 * 1024)));
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
            }
            const read = readSync(descriptor, buffer, length, buffer.length - length, null);
            if (read === 0)
                return { bytes: buffer.subarray(0, length) };
            length += read;
        }
    }
    catch (error) {
        return failed(error);
    }
    finally {
        closeSync(descriptor);
    }
}
const notRegular = { problem: { reason: 'not a regular file' } };
function failed(error) {
    if (error instanceof Error)
        return { problem: { reason: error.message, error } };
    return { problem: { reason: String(error) } };
}
