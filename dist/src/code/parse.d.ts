/**
 * The code-parsing stage: parses every elixir, sql and graphql block once and
 * keeps the result on the block (`block.code`).
 *
 * A parser is loaded only when the document has a block of its language,
 * once per process; the needed ones start loading together, so WASM
 * compilation overlaps the other loads.
 */
import type { CodeBlock, DocumentModel } from '../document/model.js';
import type { CodeLanguage } from '../document/template.js';
declare module '../document/model.js' {
    interface CodeBlock {
        /**
         * For a block without a language in a subsection whose form asks for
         * one: that language, when the block parses in it without an error
         * (what `code-block-language`'s fix writes on the fence).
         */
        parsesAs?: CodeLanguage;
    }
}
export declare function parseCode(model: DocumentModel): Promise<void>;
export type { CodeBlock };
