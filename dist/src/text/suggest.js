/**
 * "Did you mean": the closest known name by edit distance (no package in the
 * dependencies offers it, and a few lines do).
 */
/** Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbours costs 1. */
export function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, beforePrevious[j - 2] + 1);
            }
            current.push(value);
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known name closest to `name`, if it is close enough to be a slip: at
 * most `limit` edits away (by default a third of the name's length, and at
 * least 1), ignoring case. Ties go to the first candidate, so order
 * candidates by how common they are.
 */
export function closest(name, candidates, limit = Math.max(1, Math.floor(name.length / 3))) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name)
            continue;
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/**
 * For open lists (modules: data layers, extensions), where a name we do not
 * know is usually right: the known name `name` is a slip of, if any. A slip
 * is equal but for case (`Ash.DataLayer.ETS`), or at most 2 edits over the
 * whole name (`AshPostgress.DataLayer`); `AshCubDB.DataLayer` is nobody's slip.
 */
export function nearMiss(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name)
            return undefined;
        if (candidate.toLowerCase() === name.toLowerCase())
            return candidate;
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= 2 ? best : undefined;
}
