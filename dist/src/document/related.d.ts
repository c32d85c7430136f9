/**
 * A message's other places: a message about two places (a column and its
 * attribute, a duplicate and the first one, a `do` and where its `end` was
 * expected) is reported at one and carries the others as data, never as a
 * line number in its reason, so that every output can show them and jump to
 * them (JSON `related`, SARIF `relatedLocations`, the editor's
 * `relatedInformation`) and a SARIF fingerprint built from the reason does
 * not move when lines move.
 *
 * The shape is shared with the reporters and the language server: keep it.
 */
import type { Place } from './positions.js';
export interface RelatedPlace {
    /** 1-based lines and columns in the Markdown file. */
    place: Place;
    /** A short label: "attribute `email` defined here". */
    message: string;
}
declare module 'vfile-message' {
    interface VFileMessage {
        /** The message's other places, set by `relate` (or `reportWithRelated`, src/rule.ts). */
        related?: RelatedPlace[];
    }
}
/** Give a message its other places (none: nothing set), as lines and columns only: what every output needs, without offsets. */
export declare function relate<Message extends {
    related?: RelatedPlace[];
}>(message: Message, related: readonly RelatedPlace[]): Message;
