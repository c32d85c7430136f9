/** Names Ash derives from module names. */
/** Elixir's `Macro.underscore` of one module segment: `TeamMember` → `team_member`, `HTTPRequest` → `http_request`. */
export declare function snakeCase(segment: string): string;
/** The last segment of a module name: `MyApp.Teams.Invitation` → `Invitation`. */
export declare function lastSegment(module: string): string;
/** English plural of a snake_case name, on its last word: `team_member` → `team_members`, `category` → `categories`. */
export declare function pluralize(name: string): string;
/** The table name AshPostgres users give a resource by convention: `MyApp.Teams.TeamMember` → `team_members`. */
export declare function conventionalTableName(module: string): string;
