import type { Formatter } from './types.js';
/** The runner's escaping of a command's message (actions/toolkit `escapeData`). */
export declare function escapeData(value: string): string;
/** The runner's escaping of a command's property (`escapeProperty`). */
export declare function escapeProperty(value: string): string;
export declare const github: Formatter;
