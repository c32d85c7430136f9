/** The one-line form of a failure, as printed on stderr. */
export function failureLine(failure) {
    return `archdoc-lint: ${failure.where}: ${failure.reason}`;
}
