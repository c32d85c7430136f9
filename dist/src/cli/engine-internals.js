/**
 * unified-engine's finder and ignore handling, reached by file path because
 * the package exports only its entry point (package.json pins its version so
 * these internals cannot move under us).
 *
 * The bundle (scripts/bundle.js) replaces this module with static imports of
 * the same two files: bundled, they and their dependencies (glob, minimatch,
 * ignore) load with the rest instead of as ~40 separate ESM modules, and are
 * shared with the engine rather than evaluated twice.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
export async function loadEngineInternals() {
    const folder = path.dirname(createRequire(import.meta.url).resolve('unified-engine'));
    const internal = (name) => pathToFileURL(path.join(folder, 'lib', name)).href;
    const [{ finder }, { Ignore }] = await Promise.all([import(internal('finder.js')), import(internal('ignore.js'))]);
    return { finder, Ignore };
}
