/**
 * Reading the documents of a run before unified-engine sees them: the engine
 * reads a file whose value is unset with `fs.readFile`, whatever it is (a
 * link to `/dev/zero` is read until the process aborts, a FIFO waits
 * forever). Every document is read here instead, within the input guard's
 * limits (`src/guard/read.ts`), and one that cannot be gets its reason as a
 * failure message (fatal, no rule id: exit 2) and is not given to the engine.
 */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {readRegularFile} from '../guard/read.js'
import {utf8SequenceLength} from '../guard/utf8.js'
import {escapeFileName} from './escape.js'

/**
 * Set `file.value` from disk and return its bytes, or give the file the
 * message why not (and return undefined). A file that has a value is not read.
 */
export function readDocument(file: VFile): Buffer | undefined {
  if (file.value !== undefined && file.value !== null) return Buffer.from(file.value)
  const result = readRegularFile(path.resolve(file.cwd, file.path))
  if (result.bytes) {
    file.value = result.bytes.toString('utf8')
    return result.bytes
  }
  // The failure reporter reads a system error from the cause, as it does the engine's.
  const message = result.problem.error
    ? file.message('Cannot process file', {cause: result.problem.error, source: 'archdoc-lint'})
    : file.message(result.problem.reason, {source: 'archdoc-lint'})
  message.fatal = true
  return undefined
}

/**
 * Why a file that was found cannot be opened, when its name is not UTF-8:
 * Node reads folder entries and arguments as UTF-8, turning each bad byte
 * into U+FFFD, so the path it gets names no file. The entry of the folder
 * whose name reads as this one is found by its bytes and shown escaped.
 */
export function nonUtf8NameReason(filePath: string): string | undefined {
  const name = path.basename(filePath)
  if (!name.includes('\uFFFD')) return undefined
  let entries: Buffer[]
  try {
    entries = readdirSync(path.dirname(filePath), {encoding: 'buffer'})
  } catch {
    return undefined
  }
  for (const entry of entries) {
    if (entry.toString('utf8') !== name) continue
    let index = 0
    while (index < entry.length) {
      const length = utf8SequenceLength(entry, index)
      if (length === 0) {
        const byte = entry[index]!.toString(16).toUpperCase().padStart(2, '0')
        return `file name is not UTF-8 (byte 0x${byte} in \`${escapeFileName(entry)}\`): not linted, rename it to lint it`
      }
      index += length
    }
  }
  return undefined
}
