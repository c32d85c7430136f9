/**
 * The code-parsing stage: parses every elixir, sql and graphql block once and
 * keeps the result on the block (`block.code`).
 *
 * A parser is loaded only when the document has a block of its language,
 * once per process; the needed ones start loading together, so WASM
 * compilation overlaps the other loads.
 */
import type { CodeBlock, DocumentModel } from '../document/model.js';
export declare function parseCode(model: DocumentModel): Promise<void>;
export type { CodeBlock };
