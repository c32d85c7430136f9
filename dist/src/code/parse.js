import * as elixir from './elixir.js';
import * as graphql from './graphql.js';
import * as sql from './sql.js';
import { isPlaceholderOnly } from './placeholder.js';
export async function parseCode(model) {
    const blocks = model.blocks.filter((block) => !isPlaceholderOnly(block));
    const has = (language) => blocks.some((block) => block.language === language);
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
}
