/** Pieces the Ash rules share to word their messages. */
import type { Place } from '../document/positions.js';
/**
 * Ash 2 names that Ash 3 renamed: an Ash 2 doc's option gets the new name
 * rather than a vague "unknown".
 */
export declare const ash3Renames: Readonly<Record<string, string>>;
/** `: did you mean \`x\`?`, `: Ash 3 calls it \`x\``, or nothing. */
export declare function suggestion(name: string, candidates: readonly string[]): string;
/** From the start of one place to the end of another. */
export declare function span(from: Place, to: Place): Place;
