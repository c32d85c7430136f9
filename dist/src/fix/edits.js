/** Enough for every fix to settle (a pass fixes all that do not overlap); more means fixes that undo each other. */
export const maxFixPasses = 10;
/** Whether `value` is a well-formed fix for a text of `length` code units. */
export function isFix(value, length) {
    if (!value || typeof value !== 'object')
        return false;
    const { range, text } = value;
    return (Array.isArray(range) &&
        range.length === 2 &&
        Number.isInteger(range[0]) &&
        Number.isInteger(range[1]) &&
        range[0] >= 0 &&
        range[0] <= range[1] &&
        range[1] <= length &&
        typeof text === 'string');
}
/**
 * Apply the fixes that do not overlap, earliest first (an insertion at the
 * end of a replaced range, or two insertions at one point, both apply, in
 * the order given). A fix that changes nothing is not counted.
 */
export function applyFixes(text, fixes) {
    const ordered = fixes
        .map((fix, index) => ({ fix, index }))
        .filter(({ fix }) => isFix(fix, text.length))
        .sort((left, right) => left.fix.range[0] - right.fix.range[0] || left.fix.range[1] - right.fix.range[1] || left.index - right.index);
    const parts = [];
    let position = 0;
    let applied = 0;
    for (const { fix } of ordered) {
        const [start, end] = fix.range;
        if (start < position)
            continue;
        if (text.slice(start, end) === fix.text)
            continue;
        parts.push(text.slice(position, start), fix.text);
        position = end;
        applied++;
    }
    parts.push(text.slice(position));
    return { output: parts.join(''), applied };
}
