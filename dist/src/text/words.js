/**
 * Words and names: case conversions, English plurals, and lists in prose.
 * Knows nothing of Markdown, Elixir or Ash; every layer above may use it.
 */
/** Elixir's `Macro.underscore` of one module segment: `TeamMember` → `team_member`, `HTTPRequest` → `http_request`. */
export function snakeCase(segment) {
    // An underscore goes before a capital that follows a lower-case letter or
    // a digit, and before the last capital of a run that a lower-case letter
    // follows (`HTTPRequest`). One pass of plain code: the regex for the second
    // case (`/([A-Z]+)([A-Z][a-z])/g`) was quadratic on a long run of capitals.
    let result = '';
    for (let index = 0; index < segment.length; index++) {
        const character = segment[index];
        const before = index > 0 ? segment[index - 1] : '';
        if (isUpper(character) && ((isUpper(before) && isLower(segment[index + 1] ?? '')) || isLower(before) || isDigit(before)))
            result += '_';
        result += character;
    }
    return result.toLowerCase();
}
function isUpper(character) {
    return character >= 'A' && character <= 'Z';
}
function isLower(character) {
    return character >= 'a' && character <= 'z';
}
function isDigit(character) {
    return character >= '0' && character <= '9';
}
/** AshGraphql's field name of an Ash name: `archived_by_id` → `archivedById`, `archived?` → `archived`. */
export function camelCase(name) {
    const clean = name.replace(/[?!]$/, '');
    // Each run of underscores before a letter or digit goes and that letter is
    // upper-cased; other runs stay. Plain code: `/_+([a-zA-Z\d])/g` is quadratic
    // on a long run of underscores.
    let result = '';
    let index = 0;
    while (index < clean.length) {
        if (clean[index] !== '_') {
            result += clean[index++];
            continue;
        }
        let end = index;
        while (clean[end] === '_')
            end++;
        const next = clean[end];
        if (next !== undefined && /[a-zA-Z\d]/.test(next)) {
            result += next.toUpperCase();
            index = end + 1;
        }
        else {
            result += clean.slice(index, end);
            index = end;
        }
    }
    return result;
}
/** `line_item` → `LineItem`. */
export function pascalCase(name) {
    const camel = camelCase(name);
    return camel.charAt(0).toUpperCase() + camel.slice(1);
}
const irregular = {
    person: 'people',
    child: 'children',
    man: 'men',
    woman: 'women',
    mouse: 'mice',
    goose: 'geese',
    foot: 'feet',
    tooth: 'teeth',
    datum: 'data',
    medium: 'media',
    criterion: 'criteria'
};
const uncountable = new Set(['equipment', 'information', 'metadata', 'news', 'series', 'species', 'feedback', 'settings']);
/** English plural of a snake_case name, on its last word: `team_member` → `team_members`, `category` → `categories`. */
export function pluralize(name) {
    // The last word is the run of lower-case letters and digits at the end
    // (found from the end: `/^(.*?)([a-z\d]+)$/` was quadratic).
    let start = name.length;
    while (start > 0 && (isLower(name[start - 1]) || isDigit(name[start - 1])))
        start--;
    if (start === name.length)
        return name + 's';
    const head = name.slice(0, start);
    const word = name.slice(start);
    if (uncountable.has(word))
        return name;
    if (irregular[word])
        return head + irregular[word];
    if (/(s|x|z|ch|sh)$/.test(word))
        return head + word + 'es';
    if (/[^aeiou]y$/.test(word))
        return head + word.slice(0, -1) + 'ies';
    return head + word + 's';
}
/** `a, b and c`: words joined as prose. */
export function joinWords(words, conjunction) {
    if (words.length <= 1)
        return words[0] ?? '';
    return words.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + words[words.length - 1];
}
/** `` `a`, `b` or `c` ``: names in code spans joined as prose, each after `prefix` (`:` for atoms). */
export function listCode(names, conjunction, prefix = '') {
    return joinWords(names.map((name) => '`' + prefix + name + '`'), conjunction);
}
