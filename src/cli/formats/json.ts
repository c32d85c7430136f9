/**
 * `json`: vfile-reporter-json's array (`[{path, cwd, history, messages}]`);
 * a failure is a fatal message without `ruleId` on its file. A message about
 * other places too carries them as `related: [{line, column, endLine,
 * endColumn, message}]` (vfile-reporter-json knows only vfile-message's own
 * fields).
 */
import reporterJson from 'vfile-reporter-json'
import type {VFileMessage} from 'vfile-message'
import type {Formatter} from './types.js'

export interface JsonRelated {
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

export const json: Formatter = function (files, context) {
  const options = {quiet: context.quiet, silent: context.silent}
  const result: unknown[] = []
  for (const file of files) {
    const [entry] = JSON.parse(reporterJson([file], options)) as Array<{messages: Array<Record<string, unknown>>}>
    if (!entry) continue
    // vfile-reporter-json keeps the file's messages in order, minus warnings when silent.
    const shown = file.messages.filter((message) => !context.silent || message.fatal)
    entry.messages.forEach(function (data, index) {
      const related = relatedOf(shown[index])
      if (related.length > 0) data.related = related
    })
    // `--fix-dry-run`: a file the fixes change carries its fixed text as `output`, as ESLint's does.
    if (file.data.archdocFixOutput !== undefined) (entry as {output?: string}).output = file.data.archdocFixOutput
    result.push(entry)
  }
  return JSON.stringify(result) + '\n'
}

export function relatedOf(message: VFileMessage | undefined): JsonRelated[] {
  return (message?.related ?? []).map((entry) => ({
    line: entry.place.start.line,
    column: entry.place.start.column,
    endLine: entry.place.end.line,
    endColumn: entry.place.end.column,
    message: entry.message
  }))
}
