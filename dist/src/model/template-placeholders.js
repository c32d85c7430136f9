/**
 * The team template's placeholder text, as data: what a doc still holds when
 * it was copied from `template/design-doc-template.md` and not filled in.
 *
 * `story-reference` and `no-template-placeholders` read it, and the
 * code-parsing stage reads the placeholder comments (`src/code/placeholder.ts`)
 * so that blocks holding only template text are not parsed. A custom template
 * means a different value of this object; nothing else hard-codes these
 * strings.
 */
export const templatePlaceholders = {
    storyReference: {
        section: 'Story Reference',
        placeholder: 'NNNNNN-StoryName',
        placeholderNumber: 'NNNNNN',
        placeholderName: 'StoryName',
        pattern: '^\\d{6}-[A-Z][A-Za-z0-9]*$'
    },
    bracketed: [
        { text: '[NNNNNN-StoryName]', replaceWith: 'the story reference (`NNNNNN-StoryName`)' },
        { text: '[High-level architecture description]', replaceWith: 'the architecture description' },
        { text: '[ResourceName]', replaceWith: 'the real name' },
        { text: '[ContextName]', replaceWith: 'the real name' },
        { text: '[ComponentName]', replaceWith: 'the real name' },
        { text: '[table_name]', replaceWith: 'the real name' }
    ],
    sampleNames: [
        'MyApp.ResourceContext.ResourceName',
        'ResourceContext',
        'ResourceName',
        'ContextName',
        'ComponentName',
        'table_name'
    ],
    comments: {
        elixir: ['# Implementation', '# Context implementation', '# LiveView implementation'],
        sql: ['-- columns'],
        graphql: ['# fields']
    },
    bullets: {
        'Security Considerations': [
            'Authentication method',
            'Authorization policies',
            'Data validation rules',
            'Rate limiting'
        ],
        'Performance Considerations': [
            'Query optimization',
            'Caching strategy',
            'Background jobs',
            'Real-time updates'
        ]
    }
};
