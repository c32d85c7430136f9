/**
 * unified-engine with the archdoc-lint preset over a set of files: the heavy
 * part of a run (unified, remark, the rules, the parsers), imported only when
 * something has to be linted, in the main thread or in a worker.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {engine, type Context} from 'unified-engine'
import {VFile} from 'vfile'
import preset from '../index.js'
import {releaseDocumentModel} from '../pipeline/plugin.js'
import type {EngineSettings} from './args.js'
import {checkConfig, packageField, rcName, takeConfigWarnings, withRuleSettings} from './config.js'
import {ignoreName, extensions} from './discover.js'
import {readDocument} from './documents.js'
import {collectFailures, type Failure} from './failures.js'

export interface ChunkResult {
  files: VFile[]
  failures: Failure[]
  found: number
  /** Warnings about the configs loaded (one line each, not lint messages). */
  warnings: string[]
}

/**
 * How many files one engine run takes. unified-engine starts every file it
 * is given at once and our transforms are asynchronous, so the Markdown trees
 * and document models of all the files of a run are alive together (500
 * files in one run: 1.04 GiB peak, even with each model released after the
 * run). One file per run: only one document's trees are alive at a time in
 * a thread, and a run costs little next to linting a document (measured:
 * 500 files with two workers peaked at 417 MiB in runs of 16, 302 MiB in
 * runs of 1, for the same CPU time; README, Speed).
 */
const filesPerRun = 1

/** Lint the given files (paths or VFiles) and sort out the failures. */
export async function lintChunk(
  files: Array<string | VFile>,
  settings: EngineSettings,
  cwd: string,
  onProgress?: (count: number) => void
): Promise<ChunkResult> {
  const given: VFile[] = []
  const readable: VFile[] = []
  for (const entry of files) {
    const file = typeof entry === 'string' ? new VFile({path: entry, cwd}) : entry
    // The engine would read what is not read (any file, unbounded): read it within the guard's limits.
    if (file.messages.length > 0 || readDocument(file) === undefined) {
      file.data.unifiedEngineGiven = true
      given.push(file)
    } else readable.push(file)
  }
  // Files that cannot be read are done already.
  if (given.length > 0) onProgress?.(given.length)
  for (let start = 0; start < readable.length; start += filesPerRun) {
    const linted = await runEngine(readable.slice(start, start + filesPerRun), settings, cwd)
    onProgress?.(Math.min(filesPerRun, readable.length - start))
    // The report needs the messages only.
    for (const file of linted) releaseDocumentModel(file)
    given.push(...linted)
  }
  return {...collectFailures(given, cwd, settings.configFile), warnings: takeConfigWarnings()}
}

/** Run unified-engine over the given files and return the given ones. */
function runEngine(files: Array<string | VFile>, settings: EngineSettings, cwd: string): Promise<VFile[]> {
  const rules = settings.rules ?? []
  return new Promise(function (resolve, reject) {
    engine(
      {
        // Error rules' messages turn fatal only after every rule has run
        // (`applySeverities` in src/rule.ts): unified-engine's queue must not
        // see a file turn fatal mid-transform.
        processor: unified().use(remarkParse),
        files,
        cwd,
        extensions,
        rcName,
        packageField,
        ignoreName,
        pluginPrefix: 'remark',
        // `--config <file>`: that file for every document, no search.
        detectConfig: settings.config && !settings.configFile,
        rcPath: settings.configFile,
        detectIgnore: true,
        ignorePath: settings.ignorePath,
        ignorePatterns: settings.ignorePatterns ?? [],
        // Where a config file is found it decides which rules run; where
        // none is (or with --no-config), the built-in preset runs. Rules
        // given with `--rule` come after either.
        defaultConfig: (rules.length > 0 ? withRuleSettings(preset, rules) : preset) as typeof preset,
        configTransform: (value: unknown, filePath: string) => withRuleSettings(checkConfig(value, filePath, cwd), rules) as never,
        out: false,
        output: false,
        color: false,
        // A named file that `.remarkignore` lists is reported by the engine;
        // `collectFailures` turns that into "skipped", not a failure.
        silentlyIgnore: false,
        // We report ourselves (formats, streams, one-line failures).
        reporter: () => ''
      },
      function (error?: Error | null, _code?: 0 | 1, context?: Context) {
        const all = context?.files ?? []
        if (error) return reject(error)
        resolve(all.filter((file) => file.data.unifiedEngineGiven))
      }
    )
  })
}
