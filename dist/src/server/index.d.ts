import { type Connection } from 'vscode-languageserver/node.js';
export declare const configurationSection = "archdoc-lint";
/** Start the server. Talks over stdio unless `--node-ipc`, `--socket=<port>` or `--pipe=<name>` is given. */
export declare function startLanguageServer(argv?: string[]): void;
export declare function serve(connection: Connection): void;
