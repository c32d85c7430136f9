/** Turning a lint run into output on the right streams (or a file) and an exit code. */
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import type {LintOptions} from './args.js'
import {escapeControl} from './escape.js'
import {isFailure, type Failure} from './failures.js'
import {failureLine, loadFormatter} from './formats/index.js'
import type {LintRun} from './lint.js'

export interface Streams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
}

/**
 * 2 (a failure or an internal error) wins over 1 (lint errors, warnings with
 * `frail`, more warnings than `maxWarnings`), 1 over 0.
 */
export function exitCode(run: LintRun, frail: boolean, maxWarnings?: number): 0 | 1 | 2 {
  if (run.failures.length > 0) return 2
  let code: 0 | 1 | 2 = 0
  for (const file of run.files) {
    if (file.data.archdocInternalError) return 2
    for (const message of file.messages) {
      if (isFailure(message)) return 2
      if (message.fatal || (frail && message.fatal === false)) code = 1
    }
  }
  if (maxWarnings !== undefined && countWarnings(run) > maxWarnings) code = 1
  return code
}

function countWarnings(run: LintRun): number {
  return run.files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0)
}

/** The width stylish output fits: the terminal's; off a terminal, `COLUMNS`, else 100. */
export function reportWidth(stream: Streams['stderr']): number {
  if (stream.isTTY && stream.columns) return stream.columns
  const columns = Number(process.env.COLUMNS)
  return Number.isInteger(columns) && columns > 0 ? columns : 100
}

/**
 * stylish goes to stderr; json, sarif and github go to stdout and nothing
 * else does (failures are also one line each on stderr). With an output file,
 * the chosen format goes there and stderr gets the stylish report.
 */
export async function writeReports(
  run: LintRun,
  options: Pick<LintOptions, 'format' | 'outputFile' | 'quiet' | 'silent' | 'color' | 'frail'> & {maxWarnings?: number},
  streams: Streams,
  cwd: string,
  version: string
): Promise<0 | 1 | 2> {
  for (const file of run.files) {
    // One line per failure, never a stack: drop what the engine attached.
    for (const message of file.messages) {
      message.cause = undefined
      message.stack = ''
    }
    // Every format lists a file's messages in document order.
    file.messages.sort(byPlace)
  }
  for (const warning of run.warnings) write(streams.stderr, `archdoc-lint: warning: ${escapeControl(warning)}\n`)
  const failures: Failure[] = [...run.failures]
  const context = {cwd, quiet: options.quiet, silent: options.silent, color: options.color, failures, version, width: reportWidth(streams.stderr)}
  const [stylish, chosen] = await Promise.all([loadFormatter('stylish'), loadFormatter(options.format)])
  const stylishToStderr = () => stylish(run.files, context)

  if (options.outputFile) {
    const report = chosen(run.files, {...context, color: false})
    const target = path.resolve(cwd, options.outputFile)
    try {
      // Loaded for --output-file only (it needs node:crypto, which costs every run a few ms).
      const {writeFileAtomic} = await import('./atomic-write.js')
      await writeFileAtomic(target, report)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      failures.push({where: options.outputFile, reason: `cannot write the report${code ? ` (${code})` : ''}`})
    }
    write(streams.stderr, stylishToStderr())
  } else if (options.format === 'stylish') {
    write(streams.stderr, stylishToStderr())
  } else {
    write(streams.stdout, chosen(run.files, context))
    write(streams.stderr, failures.map((failure) => failureLine(failure) + '\n').join(''))
  }
  const code = failures.length > run.failures.length ? 2 : exitCode(run, options.frail, options.maxWarnings)
  if (options.maxWarnings !== undefined && code === 1 && exitCode(run, options.frail) === 0) {
    // Said on stderr whatever the format, as ESLint does.
    write(streams.stderr, `archdoc-lint: too many warnings (${countWarnings(run)}, maximum ${options.maxWarnings})\n`)
  }
  return code
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function write(stream: NodeJS.WritableStream, text: string): void {
  if (text) stream.write(text)
}
