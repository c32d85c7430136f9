/**
 * The archdoc-lint command: unified-engine with our own argument parser,
 * reporters and exit codes (unified-args has a fixed flag set, writes
 * Markdown back with --output and maps every failure to exit 1).
 */
import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import preset from '../index.js'
import {helpText, parseCliArgs, UsageError, type CliOptions} from './args.js'
import {exitCode, flattenFailures, formatReports} from './report.js'

export interface Streams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

export function packageVersion(): string {
  const url = new URL('../../../package.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as {version: string}).version
}

export async function main(argv: string[], streams: Streams = process, cwd = process.cwd()): Promise<number> {
  let options: CliOptions
  try {
    options = parseCliArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`archdoc-lint: ${error.message}\nRun \`archdoc-lint --help\` for usage.\n`)
      return 2
    }
    throw error
  }

  if (options.help) {
    streams.stdout.write(helpText + '\n')
    return 0
  }
  if (options.version) {
    streams.stdout.write(packageVersion() + '\n')
    return 0
  }

  let files: VFile[]
  try {
    files = await lintFiles(options, cwd)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    streams.stderr.write(`archdoc-lint: ${reason}\n`)
    return 2
  }

  flattenFailures(files)
  const reports = formatReports(files, options)
  if (reports.stdout) streams.stdout.write(reports.stdout)
  if (reports.stderr) streams.stderr.write(reports.stderr)
  return exitCode(files, options.frail)
}

/** Run unified-engine over the given paths and return the given files. */
export function lintFiles(options: CliOptions, cwd: string): Promise<VFile[]> {
  return new Promise(function (resolve, reject) {
    engine(
      {
        processor: unified().use(remarkParse),
        files: options.paths,
        cwd,
        extensions: ['md', 'markdown'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        detectConfig: options.config,
        detectIgnore: true,
        // Where a config file is found it decides which rules run; where
        // none is, the built-in preset runs.
        defaultConfig: preset,
        plugins: options.config ? [] : [preset],
        out: false,
        output: false,
        color: false,
        silentlyIgnore: false,
        // We report ourselves (formats, streams, one-line failures).
        reporter: () => ''
      },
      function (error?: Error | null, _code?: 0 | 1, context?: Context) {
        if (error) return reject(error)
        const files = (context?.files ?? []).filter(
          (file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored
        )
        resolve(files)
      }
    )
  })
}
