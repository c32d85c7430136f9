export declare function prepareProcess(): void;
/**
 * Node's module compile cache (Node 22.1 and later): V8 keeps the compiled
 * code of every module it loads on disk, so later starts skip compiling the
 * ~1.3 MB bundle and its dependencies. Measured numbers: README, Speed.
 *
 * The cache lives in the user's cache folder (`$XDG_CACHE_HOME` or
 * `~/.cache/archdoc-lint/compile-cache` on Linux, `~/Library/Caches` on
 * macOS, `%LOCALAPPDATA%` on Windows), never in the linted repository;
 * `NODE_COMPILE_CACHE=<dir>` chooses another folder and
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as for any Node program. It
 * is an optimisation only: whatever goes wrong, the run goes on without it.
 */
export declare function enableCompileCache(): string | undefined;
