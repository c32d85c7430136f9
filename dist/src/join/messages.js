/** `Attribute \`email\` of \`MyApp.Teams.Invitation\``. */
export function attributeLabel(attribute, resource) {
    return `Attribute \`${attribute.name}\` of \`${resource.module}\``;
}
/** What declares an attribute that has no line of its own: `from \`timestamps()\``, `from \`belongs_to :team\``; '' for an `attribute`. */
export function attributeWhere(attribute) {
    if (attribute.origin === 'timestamps')
        return 'from `timestamps()`';
    if (attribute.origin === 'belongs_to')
        return `from \`belongs_to :${attribute.relationship ?? attribute.name}\``;
    return '';
}
/** ` (text)`, or nothing for no text. */
export function inParentheses(text) {
    return text ? ` (${text})` : '';
}
/** The attribute's declaration as the message's other place. */
export function attributeRelated(attribute) {
    return { place: attribute.place, message: `attribute \`${attribute.name}\` defined here` };
}
/** True when the attribute can never be nil: `allow_nil?: false`, a primary key, a timestamp. */
export function attributeNonNull(attribute) {
    return !attribute.allowNil || attribute.primaryKey;
}
/** Why an attribute is never nil: `is \`allow_nil?: false\``, `is never nil (from \`timestamps()\`)`. */
export function nonNullClaim(attribute) {
    const where = inParentheses(attributeWhere(attribute));
    if (attribute.primaryKey)
        return `is the primary key${where}`;
    if (attribute.origin === 'timestamps' || attribute.origin === 'create_timestamp' || attribute.origin === 'update_timestamp') {
        return `is never nil${where}`;
    }
    return `is \`allow_nil?: false\`${where}`;
}
/** `allows nil`, `allows nil (from \`belongs_to :team\`)`. */
export function nullableClaim(attribute) {
    return `allows nil${inParentheses(attributeWhere(attribute))}`;
}
/** The attribute's type as written (`:utc_datetime_usec` for `timestamps()`). */
export function attributeTypeText(attribute) {
    return attribute.type?.text ?? '?';
}
