import { lintChunk } from './engine.js';
import { serializeFile } from './serialize.js';
export default async function lintInWorker(task) {
    const result = await lintChunk(task.paths, task.settings, task.cwd);
    return { files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings };
}
