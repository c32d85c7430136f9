export function line(place) {
    return place.start.line;
}
/** `Attribute \`email\` of \`MyApp.Teams.Invitation\``. */
export function attributeLabel(attribute, resource) {
    return `Attribute \`${attribute.name}\` of \`${resource.module}\``;
}
/** Where an attribute is declared: `line 34`, `from \`timestamps()\`, line 66`, `from \`belongs_to :team\`, line 186`. */
export function attributeWhere(attribute) {
    if (attribute.origin === 'timestamps')
        return `from \`timestamps()\`, line ${line(attribute.place)}`;
    if (attribute.origin === 'belongs_to')
        return `from \`belongs_to :${attribute.relationship ?? attribute.name}\`, line ${line(attribute.place)}`;
    return `line ${line(attribute.place)}`;
}
/** True when the attribute can never be nil: `allow_nil?: false`, a primary key, a timestamp. */
export function attributeNonNull(attribute) {
    return !attribute.allowNil || attribute.primaryKey;
}
/** Why an attribute is never nil, with where: `is \`allow_nil?: false\` (line 34)`. */
export function nonNullClaim(attribute) {
    const where = attributeWhere(attribute);
    if (attribute.primaryKey)
        return `is the primary key (${where})`;
    if (attribute.origin === 'timestamps' || attribute.origin === 'create_timestamp' || attribute.origin === 'update_timestamp') {
        return `is never nil (${where})`;
    }
    return `is \`allow_nil?: false\` (${where})`;
}
/** `allows nil (line 180)`. */
export function nullableClaim(attribute) {
    return `allows nil (${attributeWhere(attribute)})`;
}
/** The attribute's type as written (`:utc_datetime_usec` for `timestamps()`). */
export function attributeTypeText(attribute) {
    return attribute.type?.text ?? '?';
}
