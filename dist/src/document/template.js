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
    {
        title: 'Story Reference',
        required: true,
        role: 'story',
        guidance: "The story this design is for, as its reference: six digits, a hyphen, the story's name in PascalCase."
    },
    {
        title: 'Architecture Overview',
        required: true,
        role: 'overview',
        guidance: 'A high-level description of the architecture: what changes, and how the parts work together.'
    },
    {
        title: 'Ash Resources',
        required: true,
        guidance: 'One `### Resource: <module>` subsection per Ash resource, with its definition in an `elixir` block.',
        role: 'resources',
        subsections: [{ heading: 'Resource: {module}', language: 'elixir' }]
    },
    {
        title: 'Phoenix Contexts',
        required: true,
        guidance: 'One `### Context Module: <module>` subsection per context, with its module in an `elixir` block.',
        role: 'contexts',
        subsections: [{ heading: 'Context Module: {module}', language: 'elixir' }]
    },
    {
        title: 'LiveView Components',
        required: true,
        guidance: 'One `### Component: <module>` subsection per LiveView or component, with its module in an `elixir` block.',
        role: 'components',
        subsections: [{ heading: 'Component: {module}', language: 'elixir' }]
    },
    {
        title: 'Database Schema',
        required: true,
        guidance: 'One `### Table: <name>` subsection per table, with its `CREATE TABLE` in a `sql` block.',
        role: 'tables',
        subsections: [{ heading: 'Table: {snake}', language: 'sql' }]
    },
    {
        title: 'API Design',
        required: true,
        guidance: 'A `### REST Endpoints` subsection listing each endpoint, and a `### GraphQL Schema` subsection with a `graphql` block.',
        role: 'api',
        subsections: [
            { heading: 'REST Endpoints', role: 'rest' },
            { heading: 'GraphQL Schema', language: 'graphql', role: 'graphql' }
        ]
    },
    {
        title: 'Security Considerations',
        required: true,
        role: 'security',
        guidance: 'How the design handles authentication, authorization policies, data validation and rate limiting.'
    },
    {
        title: 'Performance Considerations',
        required: true,
        role: 'performance',
        guidance: 'How the design handles query optimization, caching, background jobs and real-time updates.'
    }
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
