/** How the consistency rules name the two sides of a mismatch, and where each is. */
import type { AshAttribute, AshResource } from '../ash/model.js';
import type { RelatedPlace } from '../document/related.js';
/** `Attribute \`email\` of \`MyApp.Teams.Invitation\``. */
export declare function attributeLabel(attribute: AshAttribute, resource: AshResource): string;
/** What declares an attribute that has no line of its own: `from \`timestamps()\``, `from \`belongs_to :team\``; '' for an `attribute`. */
export declare function attributeWhere(attribute: AshAttribute): string;
/** ` (text)`, or nothing for no text. */
export declare function inParentheses(text: string): string;
/** The attribute's declaration as the message's other place. */
export declare function attributeRelated(attribute: AshAttribute): RelatedPlace;
/** True when the attribute can never be nil: `allow_nil?: false`, a primary key, a timestamp. */
export declare function attributeNonNull(attribute: AshAttribute): boolean;
/** Why an attribute is never nil: `is \`allow_nil?: false\``, `is never nil (from \`timestamps()\`)`. */
export declare function nonNullClaim(attribute: AshAttribute): string;
/** `allows nil`, `allows nil (from \`belongs_to :team\`)`. */
export declare function nullableClaim(attribute: AshAttribute): string;
/** The attribute's type as written (`:utc_datetime_usec` for `timestamps()`). */
export declare function attributeTypeText(attribute: AshAttribute): string;
