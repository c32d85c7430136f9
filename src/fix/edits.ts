/**
 * Fixes as data, and the one place that applies them.
 *
 * A rule that knows the one right change for a message puts it on the
 * message: `message.fix = {range: [start, end], text}`, offsets into the
 * file's text (UTF-16 code units, what `String.prototype.slice` takes), the
 * range replaced by `text` (an insertion is an empty range). It survives the
 * worker threads and the cache as plain data. `applyFixes` applies the fixes
 * of one pass that do not overlap; the callers lint again and apply what the
 * new messages carry, until nothing changes (`maxFixPasses`), as ESLint does.
 */
export interface Fix {
  /** `[startOffset, endOffset]` in the file's text. */
  range: [number, number]
  /** What replaces the range. */
  text: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The one right change that resolves this message, when there is one. */
    fix?: Fix
  }
}

/** Enough for every fix to settle (a pass fixes all that do not overlap); more means fixes that undo each other. */
export const maxFixPasses = 10

export interface Applied {
  output: string
  /** How many fixes were applied (the others overlapped one applied before them). */
  applied: number
}

/** Whether `value` is a well-formed fix for a text of `length` code units. */
export function isFix(value: unknown, length: number): value is Fix {
  if (!value || typeof value !== 'object') return false
  const {range, text} = value as Partial<Fix>
  return (
    Array.isArray(range) &&
    range.length === 2 &&
    Number.isInteger(range[0]) &&
    Number.isInteger(range[1]) &&
    range[0]! >= 0 &&
    range[0]! <= range[1]! &&
    range[1]! <= length &&
    typeof text === 'string'
  )
}

/**
 * Apply the fixes that do not overlap, earliest first (an insertion at the
 * end of a replaced range, or two insertions at one point, both apply, in
 * the order given). A fix that changes nothing is not counted.
 */
export function applyFixes(text: string, fixes: Fix[]): Applied {
  const ordered = fixes
    .map((fix, index) => ({fix, index}))
    .filter(({fix}) => isFix(fix, text.length))
    .sort((left, right) => left.fix.range[0] - right.fix.range[0] || left.fix.range[1] - right.fix.range[1] || left.index - right.index)
  const parts: string[] = []
  let position = 0
  let applied = 0
  for (const {fix} of ordered) {
    const [start, end] = fix.range
    if (start < position) continue
    if (text.slice(start, end) === fix.text) continue
    parts.push(text.slice(position, start), fix.text)
    position = end
    applied++
  }
  parts.push(text.slice(position))
  return {output: parts.join(''), applied}
}
