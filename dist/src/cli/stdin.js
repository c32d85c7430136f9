/**
 * Reading standard input with a limit: a document larger than the input
 * guard's limit is not linted anyway, so no more than one byte past it is
 * read (the guard then reports the file as too large).
 */
import { maxBytes } from '../guard/input.js';
export async function readStdin(stream, limit = maxBytes + 1) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(buffer.subarray(0, limit - size));
        size += Math.min(buffer.length, limit - size);
        if (size >= limit)
            break;
    }
    return Buffer.concat(chunks).toString('utf8');
}
