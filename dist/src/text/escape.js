/** Escaping for human-readable output. */
/** Control characters shown as `\xNN` (tabs, and line ends of the text, kept): a file's text must not drive the terminal. */
export function escapeControls(text) {
    return text.replace(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character) => '\\x' + character.charCodeAt(0).toString(16).padStart(2, '0'));
}
