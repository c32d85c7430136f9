/**
 * A worker thread of the pool: lints a share of the files with its own
 * parsers (loaded once per worker) and sends the results back as data.
 */
import { lintChunk } from './engine.js';
import { serializeFile } from './serialize.js';
export default async function lintInWorker(task) {
    const result = await lintChunk(task.paths, task.config, task.cwd);
    return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
