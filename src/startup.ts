/**
 * What archdoc-lint's own processes (the CLI and the language server) set up
 * first, before the bins import anything heavy.
 */
import module from 'node:module'
import path from 'node:path'
import envPaths from 'env-paths'
import {keepWasmOnBaselineTier} from './code/wasm-tier.js'

export function prepareProcess(): void {
  // Before any module is compiled: V8 flags are part of the key of the
  // compile cache's entries, so they must be the same at every start.
  keepWasmOnBaselineTier()
  enableCompileCache()
}

interface CompileCacheResult {
  status: number
  directory?: string
}

/** `module.constants.compileCacheStatus` (Node 22.1+). */
const enabled = new Set([1, 2]) // ENABLED, ALREADY_ENABLED

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
export function enableCompileCache(): string | undefined {
  const enable = (module as unknown as {enableCompileCache?: (directory?: string) => CompileCacheResult}).enableCompileCache
  if (typeof enable !== 'function') return undefined
  try {
    const result = process.env.NODE_COMPILE_CACHE ? enable() : enable(path.join(envPaths('archdoc-lint', {suffix: ''}).cache, 'compile-cache'))
    if (!enabled.has(result.status) || !result.directory) return undefined
    // Worker threads (the CLI's pool) take it from the environment.
    process.env.NODE_COMPILE_CACHE = result.directory
    return result.directory
  } catch {
    return undefined
  }
}
