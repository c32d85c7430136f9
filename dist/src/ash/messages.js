import { closest } from '../text/suggest.js';
/**
 * Ash 2 names that Ash 3 renamed: an Ash 2 doc's option gets the new name
 * rather than a vague "unknown".
 */
export const ash3Renames = {
    'private?': 'public?',
    api: 'domain',
    'required?': 'allow_nil?',
    destination_field: 'destination_attribute',
    source_field: 'source_attribute',
    'define_field?': 'define_attribute?',
    field_type: 'attribute_type',
    source_field_on_join_table: 'source_attribute_on_join_resource',
    destination_field_on_join_table: 'destination_attribute_on_join_resource',
    'validate_destination_field?': 'validate_destination_attribute?'
};
/** `: did you mean \`x\`?`, `: Ash 3 calls it \`x\``, or nothing. */
export function suggestion(name, candidates) {
    const renamed = ash3Renames[name];
    if (renamed && candidates.includes(renamed)) {
        const inverted = name === 'private?' || name === 'required?';
        return `: Ash 3 replaced it with \`${renamed}\`` + (inverted ? ' (the opposite meaning)' : '');
    }
    const near = closest(name, candidates);
    return near ? `: did you mean \`${near}\`?` : '';
}
/** From the start of one place to the end of another. */
export function span(from, to) {
    return { start: from.start, end: to.end };
}
