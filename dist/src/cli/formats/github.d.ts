import type { Formatter } from './types.js';
/**
 * The runner's escaping of a command's message (actions/toolkit `escapeData`),
 * then the other control characters as everywhere (`escape.ts`): the log
 * viewer acts on ESC sequences too.
 */
export declare function escapeData(value: string): string;
/** The runner's escaping of a command's property (`escapeProperty`). */
export declare function escapeProperty(value: string): string;
export declare const github: Formatter;
