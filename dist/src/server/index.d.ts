import type { VFile } from 'vfile';
/**
 * Lint with the preset the documents that no config file covers. Runs after
 * the workspace config's rules either way, so it also releases the document
 * model (its tree-sitter trees live in WASM memory, and an editor lints on
 * every edit).
 */
export declare function archdocDefault(): (_tree: unknown, file: VFile) => Promise<void>;
/** Start the server. Talks over stdio unless `--node-ipc` or `--socket=<port>` is given. */
export declare function startLanguageServer(argv?: string[]): void;
