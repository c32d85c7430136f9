import { type Formatter } from './types.js';
export declare const stylish: Formatter;
/**
 * Where the first sentence ends and how much to skip to the rest: the first
 * `: ` outside code spans, else the first `, expected ` (the rest keeps its
 * `expected`), else [-1, 0].
 */
export declare function sentenceEnd(text: string): [number, number];
/** Greedy wrap at spaces, never inside a code span. */
export declare function wrap(text: string, width: number): string[];
