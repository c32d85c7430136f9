/**
 * Linted files as plain data: what crosses a worker thread boundary and what
 * the cache stores, and back to VFiles for the reporters.
 */
import { VFile } from 'vfile';
import type { Fix } from '../fix/edits.js';
import { VFileMessage } from 'vfile-message';
export interface SerializedMessage {
    reason: string;
    ruleId?: string;
    source?: string;
    url?: string;
    /** A continuation of the reason (how to mark an excerpt), shown on a line of its own. */
    note?: string;
    fatal?: boolean | null;
    place?: VFileMessage['place'];
    line?: number;
    column?: number;
    actual?: string;
    expected?: string[];
    /** Other places the message is about (`{place, message}` each). */
    related?: VFileMessage['related'];
    fix?: Fix;
}
export interface SerializedFile {
    path: string;
    cwd: string;
    messages: SerializedMessage[];
    internalError?: boolean;
}
export declare function serializeFile(file: VFile): SerializedFile;
export declare function deserializeFile(data: SerializedFile): VFile;
