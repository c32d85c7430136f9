const severities = { error: 1, warning: 2, information: 3 };
export function toDiagnostic(message, uri) {
    const diagnostic = {
        range: toRange(message.place),
        message: message.note ? `${message.reason}\n${message.note}` : message.reason,
        severity: message.fatal === true ? severities.error : message.fatal === false ? severities.warning : severities.information
    };
    if (message.ruleId)
        diagnostic.code = message.ruleId;
    if (message.source)
        diagnostic.source = message.source;
    if (message.url)
        diagnostic.codeDescription = { href: message.url };
    const related = relatedInformation(message, uri);
    if (related.length > 0)
        diagnostic.relatedInformation = related;
    return diagnostic;
}
function relatedInformation(message, uri) {
    const related = message.related;
    if (!Array.isArray(related))
        return [];
    const result = [];
    for (const entry of related) {
        if (!entry || typeof entry.message !== 'string' || !entry.place?.start)
            continue;
        result.push({ location: { uri, range: toRange(entry.place) }, message: entry.message });
    }
    return result;
}
/** A unist place (a point or a position, 1-based) as an LSP range (0-based); none: the top of the doc. */
export function toRange(place) {
    if (!place)
        return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if ('start' in place) {
        const start = toPosition(place.start);
        return { start, end: place.end ? toPosition(place.end) : start };
    }
    const point = toPosition(place);
    return { start: point, end: point };
}
function toPosition(point) {
    return { line: Math.max(0, (point?.line ?? 1) - 1), character: Math.max(0, (point?.column ?? 1) - 1) };
}
