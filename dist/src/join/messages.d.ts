/** How the consistency rules name the two sides of a mismatch, and where each is. */
import type { AshAttribute, AshResource } from '../ash/model.js';
import type { Place } from '../document/positions.js';
export declare function line(place: Place): number;
/** `Attribute \`email\` of \`MyApp.Teams.Invitation\``. */
export declare function attributeLabel(attribute: AshAttribute, resource: AshResource): string;
/** Where an attribute is declared: `line 34`, `from \`timestamps()\`, line 66`, `from \`belongs_to :team\`, line 186`. */
export declare function attributeWhere(attribute: AshAttribute): string;
/** True when the attribute can never be nil: `allow_nil?: false`, a primary key, a timestamp. */
export declare function attributeNonNull(attribute: AshAttribute): boolean;
/** Why an attribute is never nil, with where: `is \`allow_nil?: false\` (line 34)`. */
export declare function nonNullClaim(attribute: AshAttribute): string;
/** `allows nil (line 180)`. */
export declare function nullableClaim(attribute: AshAttribute): string;
/** The attribute's type as written (`:utc_datetime_usec` for `timestamps()`). */
export declare function attributeTypeText(attribute: AshAttribute): string;
