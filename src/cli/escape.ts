/**
 * Text that a doc, a file name or a config controls reaches a terminal or a
 * CI log only through here: every control character becomes visible text,
 * so a doc cannot clear the screen, forge a hyperlink or write the clipboard
 * (ESC, CSI and OSC sequences, BEL), and a newline in a value cannot start
 * a line of its own (a GitHub Actions workflow command such as `::add-mask::`).
 *
 * C0 controls (tab and newline too: inside a value they are not layout),
 * DEL and the C1 controls become `\xHH`. Escaping the ESC that starts a
 * sequence leaves the rest of it printable and harmless. The tool's own
 * colours are added after the values are escaped.
 */
import {utf8SequenceLength} from '../guard/utf8.js'

/** C0, DEL and C1: the characters a terminal acts on instead of showing. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/g

export function escapeControl(text: string): string {
  return text.replace(controlCharacter, (character) => '\\x' + character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
}

/**
 * A file name as bytes, shown as text: valid UTF-8 decoded (and its control
 * characters escaped), every byte that is not UTF-8 as `\xHH`.
 */
export function escapeFileName(bytes: Uint8Array): string {
  let text = ''
  let index = 0
  const decoder = new TextDecoder('utf-8', {fatal: true})
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) {
      text += '\\x' + bytes[index]!.toString(16).toUpperCase().padStart(2, '0')
      index++
    } else {
      text += escapeControl(decoder.decode(bytes.subarray(index, index + length)))
      index += length
    }
  }
  return text
}
