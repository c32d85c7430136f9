/**
 * One lint run: find the files, reuse cached results of unchanged ones,
 * lint the rest (in this thread for a few files, with a pool of worker
 * threads for many), and collect the failures (files that could not be read,
 * configs that could not be used).
 *
 * Nothing heavy is loaded before it is needed: a run whose files all hit the
 * cache never loads unified, the rules or the parsers; a run that lints
 * starts compiling the parsers its files need before loading the rest, so
 * WASM compilation overlaps the JavaScript imports.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { warmParsers } from '../code/warm.js';
import { discover } from './discover.js';
import { readDocument } from './documents.js';
import { collectFailures } from './failures.js';
import { deserializeFile, serializeFile } from './serialize.js';
import { toRelative } from './paths.js';
/** The cache warnings given so far (one process may lint many times: --watch). */
const cacheWarnings = new Set();
/** Below this many files to lint, a worker pool costs more than it saves. */
const poolThreshold = 24;
/**
 * A worker's young generation (V8's new space: two semi-spaces and as much
 * again for new large objects): 48 MiB is 16 MiB semi-spaces, V8's default
 * up to Node 22. Node 24 lets them grow to 64 MiB and Node 26 to 32 MiB, and
 * a linting thread allocates fast enough to reach that, so a 500-file run
 * peaked ~190 MiB (Node 24) and ~140 MiB (Node 26) above Node 22 for the same
 * work. Measured figures: README, Speed.
 */
const workerYoungGenerationMb = 48;
export async function lint(options) {
    const settings = engineSettings(options);
    const found = await discover(options.stdin ? [options.stdin] : options.paths, options.cwd, settings);
    const done = [];
    // Standard input is not cached: it has no file to key on.
    // The cache module (and node:crypto, for its keys) loads only for --cache.
    const cache = options.cacheLocation && !options.stdin ? new (await import('./cache.js')).LintCache(options.cacheLocation, options.version ?? '', settings) : undefined;
    const pending = [];
    for (const file of found) {
        // Missing or ignored paths carry the finder's message: nothing to lint.
        if (file.messages.length > 0 || !cache) {
            if (file.messages.length > 0)
                done.push(file);
            else
                pending.push({ file });
            continue;
        }
        const relative = file.path;
        const bytes = readDocument(file);
        if (!bytes) {
            done.push(file);
            continue;
        }
        const key = cache.key(relative, bytes);
        const hit = cache.get(relative, key);
        if (hit) {
            const restored = deserializeFile(hit);
            restored.data.unifiedEngineGiven = true;
            done.push(restored);
        }
        else {
            pending.push({ file, key });
        }
    }
    const warnings = [];
    const results = [{ ...collectFailures(done, options.cwd), warnings: [] }];
    let progressed = done.length;
    const progress = (count) => {
        progressed += count;
        options.onProgress?.(progressed, found.length);
    };
    options.onProgress?.(progressed, found.length);
    if (pending.length > 0)
        results.push(await lintPending(pending.map((item) => item.file), options, settings, progress));
    const files = results.flatMap((result) => result.files).sort((left, right) => (left.path < right.path ? -1 : 1));
    const failures = dedupe(results.flatMap((result) => result.failures));
    const count = results.reduce((sum, result) => sum + result.found, 0);
    if (cache) {
        const keys = new Map(pending.filter((item) => item.key).map((item) => [item.file.path, item.key]));
        for (const file of files) {
            const key = keys.get(file.path);
            // Only clean runs are cached: a failure (config, I/O) must show again.
            if (key && !file.data.archdocInternalError && !file.messages.some((message) => message.fatal && !message.ruleId)) {
                cache.set(file.path, key, serializeFile(file));
            }
        }
        // The cache is an optimisation: one that cannot be written (read-only,
        // under a file, a full disk) costs the next run its speed, not this run its report.
        const error = cache.save();
        const warning = error && `${toRelative(options.cwd, options.cacheLocation)}: cannot write the cache${error.code ? ` (${error.code})` : ''}: results not cached`;
        // Said once per process, not at every --watch run.
        if (warning && !cacheWarnings.has(warning)) {
            cacheWarnings.add(warning);
            warnings.push(warning);
        }
    }
    if (count === 0 && failures.length === 0) {
        failures.push({
            where: options.stdin ? String(options.stdin.path) : options.paths.join(' '),
            reason: 'no Markdown files found (looked for .md and .markdown files)'
        });
    }
    return { files, failures, warnings: [...new Set([...results.flatMap((result) => result.warnings), ...warnings])] };
}
/** The settings a worker needs (plain data: they cross a thread boundary). */
export function engineSettings(options) {
    return {
        config: options.config,
        configFile: options.configFile && path.resolve(options.cwd, options.configFile),
        rules: options.rules ?? [],
        ignorePatterns: options.ignorePatterns ?? [],
        ignorePath: options.ignorePath && path.resolve(options.cwd, options.ignorePath)
    };
}
/** Files per task handed to a worker: small enough for progress to move, large enough to cost little. */
const filesPerTask = 16;
async function lintPending(files, options, settings, progress) {
    const shards = Math.min(availableParallelism(), Math.ceil(files.length / poolThreshold));
    if (shards <= 1) {
        // Read here, so that the parsers the files need start compiling now (lintChunk skips files read).
        for (const file of files)
            if (file.value === undefined)
                readDocument(file);
        warmParsers(files.map((file) => String(file.value ?? '')));
        const { lintChunk } = await import('./engine.js');
        return lintChunk(files, settings, options.cwd, progress);
    }
    // Many files: worker threads lint them all, one per core, taking tasks
    // from one queue (each keeps busy to the end, and progress moves); this
    // thread only collects (it never loads the engine, so its heap stays small).
    const { Piscina } = await import('piscina');
    const pool = new Piscina({
        filename: new URL('./worker.js', import.meta.url).href,
        minThreads: shards,
        maxThreads: shards,
        idleTimeout: 1000,
        resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb }
    });
    const tasks = [];
    for (let start = 0; start < files.length; start += filesPerTask)
        tasks.push(files.slice(start, start + filesPerTask));
    const results = [];
    const remote = async () => {
        for (let task = tasks.shift(); task; task = tasks.shift()) {
            const result = await pool.run({ paths: task.map((file) => file.path), settings, cwd: options.cwd });
            results.push({ ...result, files: result.files.map(deserializeFile) });
            progress(task.length);
        }
    };
    try {
        await Promise.all(Array.from({ length: shards }, remote));
        return {
            files: results.flatMap((result) => result.files),
            failures: results.flatMap((result) => result.failures),
            found: results.reduce((sum, result) => sum + result.found, 0),
            warnings: results.flatMap((result) => result.warnings)
        };
    }
    finally {
        await pool.destroy();
    }
}
function dedupe(failures) {
    const seen = new Set();
    return failures.filter(function (failure) {
        const line = failure.where + '\0' + failure.reason;
        if (seen.has(line))
            return false;
        seen.add(line);
        return true;
    });
}
