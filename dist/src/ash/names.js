/** Names Ash derives from module names. */
/** Elixir's `Macro.underscore` of one module segment: `TeamMember` → `team_member`, `HTTPRequest` → `http_request`. */
export function snakeCase(segment) {
    return segment
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/([a-z\d])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/** The last segment of a module name: `MyApp.Teams.Invitation` → `Invitation`. */
export function lastSegment(module) {
    const parts = module.split('.');
    return parts[parts.length - 1] ?? module;
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
/** The table name AshPostgres users give a resource by convention: `MyApp.Teams.TeamMember` → `team_members`. */
export function conventionalTableName(module) {
    return pluralize(snakeCase(lastSegment(module)));
}
