/**
 * The team's design-doc template, as data.
 *
 * A preset cannot take options (unified-engine drops them), so the template is
 * given as the options of the document-model plugin
 * (`["archdoc-lint/document", {"sections": [...]}]`) and every rule reads it
 * through the model. Users change the template without writing code.
 */
export const defaultSections = [
    { title: 'Story Reference', required: true },
    { title: 'Architecture Overview', required: true },
    {
        title: 'Ash Resources',
        required: true,
        subsections: [{ heading: 'Resource: {module}', language: 'elixir' }]
    },
    {
        title: 'Phoenix Contexts',
        required: true,
        subsections: [{ heading: 'Context Module: {module}', language: 'elixir' }]
    },
    {
        title: 'LiveView Components',
        required: true,
        subsections: [{ heading: 'Component: {module}', language: 'elixir' }]
    },
    {
        title: 'Database Schema',
        required: true,
        subsections: [{ heading: 'Table: {snake}', language: 'sql' }]
    },
    {
        title: 'API Design',
        required: true,
        subsections: [
            { heading: 'REST Endpoints' },
            { heading: 'GraphQL Schema', language: 'graphql' }
        ]
    },
    { title: 'Security Considerations', required: true },
    { title: 'Performance Considerations', required: true }
];
/** Info strings that mean one of the canonical languages. */
export const defaultLanguageAliases = {
    elixir: 'elixir',
    ex: 'elixir',
    exs: 'elixir',
    sql: 'sql',
    postgresql: 'sql',
    postgres: 'sql',
    pgsql: 'sql',
    graphql: 'graphql',
    gql: 'graphql'
};
export function resolveTemplate(options) {
    return {
        sections: options?.sections ?? defaultSections,
        languageAliases: { ...defaultLanguageAliases, ...options?.languageAliases }
    };
}
const modulePattern = '[A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*';
const snakePattern = '[a-z][a-z0-9_]*';
const compiledCache = new WeakMap();
export function compileForm(form) {
    let compiled = compiledCache.get(form);
    if (compiled)
        return compiled;
    let hasName = false;
    const source = form.heading
        .split(/(\{module\}|\{snake\})/)
        .map(function (part) {
        if (part === '{module}') {
            hasName = true;
            return '(' + modulePattern + ')';
        }
        if (part === '{snake}') {
            hasName = true;
            return '(' + snakePattern + ')';
        }
        return part.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&');
    })
        .join('');
    const regex = new RegExp('^' + source + '$');
    compiled = {
        form,
        expected: form.heading.replace('{module}', 'Name').replace('{snake}', 'name'),
        match(text) {
            const result = regex.exec(text);
            if (!result)
                return undefined;
            return { name: hasName ? result[1] : undefined };
        }
    };
    compiledCache.set(form, compiled);
    return compiled;
}
