import type { VFileMessage } from 'vfile-message';
import type { Formatter } from './types.js';
export interface JsonRelated {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}
export declare const json: Formatter;
export declare function relatedOf(message: VFileMessage | undefined): JsonRelated[];
