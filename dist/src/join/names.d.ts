/** Names the joins derive from what they join. */
/** A path segment as a snake_case name: `mark-paid` → `mark_paid`. */
export declare function segmentName(text: string): string;
