/**
 * Words and names: case conversions, English plurals, and lists in prose.
 * Knows nothing of Markdown, Elixir or Ash; every layer above may use it.
 */
/** Elixir's `Macro.underscore` of one module segment: `TeamMember` → `team_member`, `HTTPRequest` → `http_request`. */
export declare function snakeCase(segment: string): string;
/** AshGraphql's field name of an Ash name: `archived_by_id` → `archivedById`, `archived?` → `archived`. */
export declare function camelCase(name: string): string;
/** `line_item` → `LineItem`. */
export declare function pascalCase(name: string): string;
/** English plural of a snake_case name, on its last word: `team_member` → `team_members`, `category` → `categories`. */
export declare function pluralize(name: string): string;
/** `a, b and c`: words joined as prose. */
export declare function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string;
/** `` `a`, `b` or `c` ``: names in code spans joined as prose, each after `prefix` (`:` for atoms). */
export declare function listCode(names: readonly string[], conjunction: 'and' | 'or', prefix?: string): string;
