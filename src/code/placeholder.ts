/**
 * Blocks that only hold template text are left to `no-template-placeholders`
 * (parsing them would report the template's own pseudo-code twice).
 */
import type {CodeBlock} from '../model/document.js'

/** Template placeholder comments, by language. */
export const placeholderComments: Record<string, string[]> = {
  elixir: ['# Implementation', '# Context implementation', '# LiveView implementation'],
  sql: ['-- columns'],
  graphql: ['# fields']
}

/** True when the block is empty or holds only whitespace and placeholder comments. */
export function isPlaceholderOnly(block: CodeBlock): boolean {
  const comments = placeholderComments[block.language ?? ''] ?? []
  return block.value.split('\n').every(function (line) {
    const trimmed = line.trim()
    return trimmed === '' || comments.includes(trimmed)
  })
}
