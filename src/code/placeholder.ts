/**
 * Blocks that only hold template text are left to `no-template-placeholders`
 * (parsing them would report the template's own pseudo-code twice).
 */
import type {CodeBlock} from '../document/model.js'
import {templatePlaceholders} from '../document/placeholders.js'

/** Template placeholder comments, by language (the data lives in `src/document/placeholders.ts`). */
export const placeholderComments: Record<string, string[]> = templatePlaceholders.comments

/** True when the block is empty or holds only whitespace and placeholder comments. */
export function isPlaceholderOnly(block: CodeBlock): boolean {
  const comments = placeholderComments[block.language ?? ''] ?? []
  return block.value.split('\n').every(function (line) {
    const trimmed = line.trim()
    return trimmed === '' || comments.includes(trimmed)
  })
}
