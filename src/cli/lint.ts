/**
 * One lint run: unified-engine over the given paths, with archdoc-lint's
 * config handling. Returns the given files (read or not) and the failures
 * (files that could not be read, configs that could not be used).
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import preset from '../index.js'
import {checkConfig, packageField, rcName} from './config.js'
import {holdFatal, releaseFatal} from './hold.js'
import {collectFailures, type Failure} from './failures.js'

export interface LintRun {
  /** The files that were linted (ignored ones and failed ones left out). */
  files: VFile[]
  /** One per distinct failure, in the order met. */
  failures: Failure[]
}

export interface EngineOptions {
  paths: string[]
  config: boolean
  cwd: string
}

export async function lint(options: EngineOptions): Promise<LintRun> {
  const given = await runEngine(options)
  const {files, failures, found} = collectFailures(given, options.cwd)
  if (found === 0 && failures.length === 0) {
    failures.push({
      where: options.paths.join(' '),
      reason: 'no Markdown files found (looked for .md and .markdown files)'
    })
  }
  return {files, failures}
}

/** Run unified-engine over the given paths and return the given files. */
function runEngine(options: EngineOptions): Promise<VFile[]> {
  return new Promise(function (resolve, reject) {
    engine(
      {
        // `holdFatal` first: see hold.ts (a race in unified-engine's queue).
        processor: unified().use(remarkParse).use(holdFatal),
        files: options.paths,
        cwd: options.cwd,
        extensions: ['md', 'markdown'],
        rcName,
        packageField,
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        detectConfig: options.config,
        detectIgnore: true,
        // Where a config file is found it decides which rules run; where
        // none is (or with --no-config), the built-in preset runs.
        defaultConfig: preset,
        configTransform: (config: unknown, filePath: string) => checkConfig(config, filePath, options.cwd) as never,
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
        const files = context?.files ?? []
        for (const file of files) releaseFatal(file)
        if (error) return reject(error)
        resolve(files.filter((file) => file.data.unifiedEngineGiven))
      }
    )
  })
}
