/** For archdoc-lint's own processes (the CLI, its workers, the language server). */
export declare function keepWasmOnBaselineTier(): void;
/**
 * For any host that loads the parsers (remark-cli, an editor's remark
 * server): its V8 flags are not ours to change, except where tier-up is
 * pathological, V8 13 (Node 24).
 */
export declare function keepWasmOnBaselineTierWhereTierUpBlowsUp(): void;
