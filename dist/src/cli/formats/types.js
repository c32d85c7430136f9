import { escapeControl } from '../escape.js';
/** The one-line form of a failure, as printed on stderr. */
export function failureLine(failure) {
    // The file name and the cause may come from a doc, a file name or a config: escaped, one line.
    return `archdoc-lint: ${escapeControl(failure.where)}: ${escapeControl(failure.reason)}`;
}
