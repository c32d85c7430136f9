/**
 * A worker thread of the pool: lints a share of the files with its own
 * parsers (loaded once per worker) and sends the results back as data.
 */
import type {EngineSettings} from './args.js'
import {lintChunk} from './engine.js'
import type {Failure} from './failures.js'
import {serializeFile, type SerializedFile} from './serialize.js'

export interface WorkerTask {
  paths: string[]
  settings: EngineSettings
  cwd: string
}

export interface WorkerResult {
  files: SerializedFile[]
  failures: Failure[]
  found: number
  warnings: string[]
}

export default async function lintInWorker(task: WorkerTask): Promise<WorkerResult> {
  const result = await lintChunk(task.paths, task.settings, task.cwd)
  return {files: result.files.map(serializeFile), failures: result.failures, found: result.found, warnings: result.warnings}
}
