/** Names the joins derive from what they join. */
/** A path segment as a snake_case name: `mark-paid` → `mark_paid`. */
export function segmentName(text) {
    return text.replace(/-/g, '_');
}
