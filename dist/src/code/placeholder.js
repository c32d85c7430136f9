import { templatePlaceholders } from '../document/placeholders.js';
/** Template placeholder comments, by language (the data lives in `src/document/placeholders.ts`). */
export const placeholderComments = templatePlaceholders.comments;
/** True when the block is empty or holds only whitespace and placeholder comments. */
export function isPlaceholderOnly(block) {
    const comments = placeholderComments[block.language ?? ''] ?? [];
    return block.value.split('\n').every(function (line) {
        const trimmed = line.trim();
        return trimmed === '' || comments.includes(trimmed);
    });
}
