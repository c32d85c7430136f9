import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/document/placeholders.js
var templatePlaceholders = {
  storyReference: {
    placeholder: "NNNNNN-StoryName",
    placeholderNumber: "NNNNNN",
    placeholderName: "StoryName",
    pattern: "^\\d{6}-[A-Z][A-Za-z0-9]*$"
  },
  bracketed: [
    { text: "[NNNNNN-StoryName]", replaceWith: "the story reference (`NNNNNN-StoryName`)" },
    { text: "[High-level architecture description]", replaceWith: "the architecture description" },
    { text: "[ResourceName]", replaceWith: "the real name" },
    { text: "[ContextName]", replaceWith: "the real name" },
    { text: "[ComponentName]", replaceWith: "the real name" },
    { text: "[table_name]", replaceWith: "the real name" }
  ],
  sampleNames: [
    "MyApp.ResourceContext.ResourceName",
    "ResourceContext",
    "ResourceName",
    "ContextName",
    "ComponentName",
    "table_name"
  ],
  sampleNamespaces: ["MyApp", "MyAppWeb"],
  comments: {
    elixir: ["# Implementation", "# Context implementation", "# LiveView implementation"],
    sql: ["-- columns"],
    graphql: ["# fields"]
  },
  bullets: {
    security: [
      "Authentication method",
      "Authorization policies",
      "Data validation rules",
      "Rate limiting"
    ],
    performance: [
      "Query optimization",
      "Caching strategy",
      "Background jobs",
      "Real-time updates"
    ]
  }
};

export {
  templatePlaceholders
};
