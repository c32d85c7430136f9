import type { NewOptions } from './args.js';
import type { Streams } from './report.js';
/** The default form of a story reference (as `story-reference` checks it). */
export declare const referencePattern: RegExp;
/** The template's placeholder for it. */
export declare const referencePlaceholder: string;
export declare const templatePath: () => string;
export declare function createDoc(options: NewOptions, streams: Streams, cwd: string): Promise<number>;
