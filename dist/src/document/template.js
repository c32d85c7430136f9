/**
 * The team's design-doc template, as data.
 *
 * A preset cannot take options (unified-engine drops them), so the template is
 * given as the options of the document-model plugin
 * (`["archdoc-lint/document", {"sections": [...]}]`) and every rule reads it
 * through the model. Users change the template without writing code.
 */
import { withRoles } from './roles.js';
export const sectionRoles = ['story', 'overview', 'resources', 'contexts', 'components', 'tables', 'api', 'security', 'performance'];
export const subsectionRoles = ['rest', 'graphql'];
export const defaultSections = [
    { title: 'Story Reference', required: true, role: 'story' },
    { title: 'Architecture Overview', required: true, role: 'overview' },
    {
        title: 'Ash Resources',
        required: true,
        role: 'resources',
        subsections: [{ heading: 'Resource: {module}', language: 'elixir' }]
    },
    {
        title: 'Phoenix Contexts',
        required: true,
        role: 'contexts',
        subsections: [{ heading: 'Context Module: {module}', language: 'elixir' }]
    },
    {
        title: 'LiveView Components',
        required: true,
        role: 'components',
        subsections: [{ heading: 'Component: {module}', language: 'elixir' }]
    },
    {
        title: 'Database Schema',
        required: true,
        role: 'tables',
        subsections: [{ heading: 'Table: {snake}', language: 'sql' }]
    },
    {
        title: 'API Design',
        required: true,
        role: 'api',
        subsections: [
            { heading: 'REST Endpoints', role: 'rest' },
            { heading: 'GraphQL Schema', language: 'graphql', role: 'graphql' }
        ]
    },
    { title: 'Security Considerations', required: true, role: 'security' },
    { title: 'Performance Considerations', required: true, role: 'performance' }
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
/** The template a config gives, every section's role settled (given or inferred, `roles.ts`). */
export function resolveTemplate(options) {
    return {
        sections: options?.sections ? withRoles(options.sections) : defaultSections,
        languageAliases: { ...defaultLanguageAliases, ...options?.languageAliases },
        numberedHeadings: options?.numberedHeadings === true
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
