/** Escaping for human-readable output. */
/** Control characters shown as `\xNN` (tabs, and line ends of the text, kept): a file's text must not drive the terminal. */
export declare function escapeControls(text: string): string;
