/**
 * Start loading the parsers that some texts will need, before anything else
 * is imported: WASM compilation runs on background threads while the main
 * thread loads unified, remark and the rules. Loads are memoised per process,
 * so the parse stage later gets the same parsers.
 */
import { defaultLanguageAliases as aliases } from '../document/template.js';
const fence = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*([A-Za-z]+)/gm;
const modules = {
    elixir: () => import('./elixir.js'),
    sql: () => import('./sql.js'),
    graphql: () => import('./graphql.js')
};
export function warmParsers(texts) {
    const wanted = new Set();
    for (const text of texts) {
        for (const match of text.matchAll(fence)) {
            const language = aliases[match[1].toLowerCase()];
            if (language)
                wanted.add(language);
        }
        if (wanted.size === 3)
            break;
    }
    for (const language of wanted) {
        // A failed load shows up (with its message) when the block is parsed.
        modules[language]().then((module) => module.load()).catch(() => { });
    }
}
