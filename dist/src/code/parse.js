import * as elixir from './elixir.js';
import * as graphql from './graphql.js';
import * as sql from './sql.js';
import { isPlaceholderOnly } from './placeholder.js';
export async function parseCode(model) {
    const blocks = model.blocks.filter((block) => !isPlaceholderOnly(block));
    // Unlabelled blocks where the subsection says which language they should be.
    const unlabelled = model.blocks.filter((block) => block.language === undefined && block.value.trim() !== '' && block.subsection?.form?.form.language);
    const has = (language) => blocks.some((block) => block.language === language) || unlabelled.some((block) => block.subsection.form.form.language === language);
    const [elixirParser, sqlParser, graphqlParser] = await Promise.all([
        has('elixir') ? elixir.load() : undefined,
        has('sql') ? sql.load() : undefined,
        has('graphql') ? graphql.load() : undefined
    ]);
    for (const block of blocks) {
        if (block.language === 'elixir' && elixirParser)
            block.code = elixir.parse(elixirParser, block);
        else if (block.language === 'sql' && sqlParser)
            block.code = sql.parse(sqlParser, block);
        else if (block.language === 'graphql' && graphqlParser)
            block.code = graphql.parse(graphqlParser, block);
    }
    for (const block of unlabelled) {
        const language = block.subsection.form.form.language;
        let clean = false;
        if (language === 'elixir' && elixirParser) {
            const code = elixir.parse(elixirParser, block);
            clean = code.errors.length === 0;
            code.tree.delete();
        }
        else if (language === 'sql' && sqlParser) {
            clean = sql.parse(sqlParser, block).errors.length === 0;
        }
        else if (language === 'graphql' && graphqlParser) {
            clean = graphql.parse(graphqlParser, block).errors.length === 0;
        }
        if (clean)
            block.parsesAs = language;
    }
}
