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
 *
 * The invisible characters that reorder or break what is shown become
 * `\u{HHHH}`: the bidirectional embeddings, overrides, isolates and marks
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which can make a
 * message read differently from what it says, and the line and paragraph
 * separators (U+2028, U+2029), which some viewers break lines at.
 */
import { utf8SequenceLength } from '../guard/utf8.js';
/** C0, DEL and C1 (what a terminal acts on instead of showing), bidirectional controls and line separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
export function escapeControl(text) {
    return text.replace(controlCharacter, function (character) {
        const code = character.charCodeAt(0).toString(16).toUpperCase();
        return character.charCodeAt(0) <= 0xff ? '\\x' + code.padStart(2, '0') : '\\u{' + code + '}';
    });
}
/**
 * A file name as bytes, shown as text: valid UTF-8 decoded (and its control
 * characters escaped), every byte that is not UTF-8 as `\xHH`.
 */
export function escapeFileName(bytes) {
    let text = '';
    let index = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    while (index < bytes.length) {
        const length = utf8SequenceLength(bytes, index);
        if (length === 0) {
            text += '\\x' + bytes[index].toString(16).toUpperCase().padStart(2, '0');
            index++;
        }
        else {
            text += escapeControl(decoder.decode(bytes.subarray(index, index + length)));
            index += length;
        }
    }
    return text;
}
