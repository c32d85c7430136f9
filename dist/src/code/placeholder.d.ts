/**
 * Blocks that only hold template text are left to `no-template-placeholders`
 * (parsing them would report the template's own pseudo-code twice).
 */
import type { CodeBlock } from '../document/model.js';
/** Template placeholder comments, by language (the data lives in `src/document/placeholders.ts`). */
export declare const placeholderComments: Record<string, string[]>;
/** True when the block is empty or holds only whitespace and placeholder comments. */
export declare function isPlaceholderOnly(block: CodeBlock): boolean;
