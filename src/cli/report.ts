/** Turning linted files into reports and an exit code. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import reporterJson from 'vfile-reporter-json'
import type {Format} from './args.js'

/**
 * A failure (no rule id: a file that cannot be read, a config that cannot be
 * loaded, an option that is wrong) is one line: its reason with its causes
 * folded in, no stack, no `[cause]` dump.
 */
export function flattenFailures(files: VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId) continue
      const parts = [message.reason]
      let cause: unknown = message.cause
      while (cause) {
        const text = cause instanceof Error ? cause.message : String(cause)
        const line = text.split('\n')[0]!.trim()
        if (line && !parts.some((part) => part.includes(line))) parts.push(line)
        cause = cause instanceof Error ? cause.cause : undefined
      }
      const reason = parts.join(': ')
      message.reason = reason
      message.message = reason
      message.stack = ''
      message.cause = undefined
    }
  }
}

/** Whether a message means the run could not do its job (exit 2). */
export function isFailure(message: VFileMessage): boolean {
  return Boolean(message.fatal) && !message.ruleId
}

export function exitCode(files: VFile[], frail: boolean): 0 | 1 | 2 {
  let code: 0 | 1 | 2 = 0
  for (const file of files) {
    if (file.data.archdocInternalError) return 2
    for (const message of file.messages) {
      if (isFailure(message)) return 2
      if (message.fatal || (frail && message.fatal === false)) code = 1
    }
  }
  return code
}

export interface ReportOptions {
  format: Format
  quiet: boolean
  silent: boolean
  color: boolean
}

export interface Reports {
  stdout: string
  stderr: string
}

export function formatReports(files: VFile[], options: ReportOptions): Reports {
  if (options.format === 'json') {
    return {stdout: reporterJson(files, {quiet: options.quiet, silent: options.silent}) + '\n', stderr: ''}
  }
  const text = reporter(files, {
    color: options.color,
    quiet: options.quiet,
    silent: options.silent,
    traceLimit: 0
  })
  return {stdout: '', stderr: text ? text + '\n' : ''}
}
