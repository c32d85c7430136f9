/** Give a message its other places (none: nothing set), as lines and columns only: what every output needs, without offsets. */
export function relate(message, related) {
    if (related.length > 0)
        message.related = related.map((entry) => ({ place: plainPlace(entry.place), message: entry.message }));
    return message;
}
function plainPlace(place) {
    return { start: { line: place.start.line, column: place.start.column }, end: { line: place.end.line, column: place.end.column } };
}
