/**
 * Words and names: case conversions, English plurals, and lists in prose.
 * Knows nothing of Markdown, Elixir or Ash; every layer above may use it.
 */
/** Elixir's `Macro.underscore` of one module segment: `TeamMember` → `team_member`, `HTTPRequest` → `http_request`. */
export function snakeCase(segment) {
    return segment
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/([a-z\d])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/** AshGraphql's field name of an Ash name: `archived_by_id` → `archivedById`, `archived?` → `archived`. */
export function camelCase(name) {
    const clean = name.replace(/[?!]$/, '');
    return clean.replace(/_+([a-zA-Z\d])/g, (_, next) => next.toUpperCase());
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
    const match = /^(.*?)([a-z\d]+)$/.exec(name);
    if (!match)
        return name + 's';
    const [, head, word] = match;
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
