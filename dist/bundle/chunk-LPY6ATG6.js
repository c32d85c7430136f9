import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/document/roles.js
var defaultTitles = {
  "Story Reference": "story",
  "Architecture Overview": "overview",
  "Ash Resources": "resources",
  "Phoenix Contexts": "contexts",
  "LiveView Components": "components",
  "Database Schema": "tables",
  "API Design": "api",
  "Security Considerations": "security",
  "Performance Considerations": "performance"
};
var defaultForms = {
  "Resource: {module}": "resources",
  "Context Module: {module}": "contexts",
  "Component: {module}": "components",
  "Table: {snake}": "tables"
};
var distinctiveWords = {
  security: "security",
  performance: "performance",
  overview: "overview"
};
var defaultSubsectionHeadings = {
  "REST Endpoints": "rest",
  "GraphQL Schema": "graphql"
};
function subsectionRole(form) {
  if (form.role)
    return form.role;
  const byHeading = defaultSubsectionHeadings[form.heading];
  if (byHeading)
    return byHeading;
  const words = new Set(form.heading.toLowerCase().split(/[^a-z]+/));
  if (words.has("rest"))
    return "rest";
  if (words.has("graphql") || form.language === "graphql")
    return "graphql";
  return void 0;
}
function withRoles(sections) {
  const settled = sections.map((section) => ({
    ...section,
    subsections: section.subsections?.map((form) => {
      const role = subsectionRole(form);
      return role ? { ...form, role } : form;
    })
  }));
  const taken = new Set(settled.flatMap((section) => section.role ? [section.role] : []));
  const inferences = [
    (section) => defaultTitles[section.title],
    roleFromForms,
    (section) => section.title.toLowerCase().split(/[^a-z]+/).map((word) => distinctiveWords[word]).find(Boolean)
  ];
  for (const infer of inferences) {
    for (const section of settled) {
      if (section.role)
        continue;
      const role = infer(section);
      if (role && !taken.has(role)) {
        section.role = role;
        taken.add(role);
      }
    }
  }
  return settled;
}
function roleFromForms(section) {
  for (const form of section.subsections ?? []) {
    const role = defaultForms[form.heading];
    if (role)
      return role;
    if (form.role)
      return "api";
  }
  return void 0;
}
function rolelessSections(sections) {
  return sections.filter((section) => !section.role).map((section) => section.title);
}

// dist/src/document/template.js
var sectionRoles = ["story", "overview", "resources", "contexts", "components", "tables", "api", "security", "performance"];
var subsectionRoles = ["rest", "graphql"];
var defaultSections = [
  {
    title: "Story Reference",
    required: true,
    role: "story",
    guidance: "The story this design is for, as its reference: six digits, a hyphen, the story's name in PascalCase."
  },
  {
    title: "Architecture Overview",
    required: true,
    role: "overview",
    guidance: "A high-level description of the architecture: what changes, and how the parts work together."
  },
  {
    title: "Ash Resources",
    required: true,
    guidance: "One `### Resource: <module>` subsection per Ash resource, with its definition in an `elixir` block.",
    role: "resources",
    subsections: [{ heading: "Resource: {module}", language: "elixir" }]
  },
  {
    title: "Phoenix Contexts",
    required: true,
    guidance: "One `### Context Module: <module>` subsection per context, with its module in an `elixir` block.",
    role: "contexts",
    subsections: [{ heading: "Context Module: {module}", language: "elixir" }]
  },
  {
    title: "LiveView Components",
    required: true,
    guidance: "One `### Component: <module>` subsection per LiveView or component, with its module in an `elixir` block.",
    role: "components",
    subsections: [{ heading: "Component: {module}", language: "elixir" }]
  },
  {
    title: "Database Schema",
    required: true,
    guidance: "One `### Table: <name>` subsection per table, with its `CREATE TABLE` in a `sql` block.",
    role: "tables",
    subsections: [{ heading: "Table: {snake}", language: "sql" }]
  },
  {
    title: "API Design",
    required: true,
    guidance: "A `### REST Endpoints` subsection listing each endpoint, and a `### GraphQL Schema` subsection with a `graphql` block.",
    role: "api",
    subsections: [
      { heading: "REST Endpoints", role: "rest" },
      { heading: "GraphQL Schema", language: "graphql", role: "graphql" }
    ]
  },
  {
    title: "Security Considerations",
    required: true,
    role: "security",
    guidance: "How the design handles authentication, authorization policies, data validation and rate limiting."
  },
  {
    title: "Performance Considerations",
    required: true,
    role: "performance",
    guidance: "How the design handles query optimization, caching, background jobs and real-time updates."
  }
];
var defaultLanguageAliases = {
  elixir: "elixir",
  ex: "elixir",
  exs: "elixir",
  sql: "sql",
  postgresql: "sql",
  postgres: "sql",
  pgsql: "sql",
  graphql: "graphql",
  gql: "graphql"
};
function resolveTemplate(options) {
  return {
    sections: options?.sections ? withRoles(options.sections) : defaultSections,
    languageAliases: { ...defaultLanguageAliases, ...options?.languageAliases },
    numberedHeadings: options?.numberedHeadings === true
  };
}
var modulePattern = "[A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*";
var snakePattern = "[a-z][a-z0-9_]*";
var compiledCache = /* @__PURE__ */ new WeakMap();
function compileForm(form) {
  let compiled = compiledCache.get(form);
  if (compiled)
    return compiled;
  let hasName = false;
  const source = form.heading.split(/(\{module\}|\{snake\})/).map(function(part) {
    if (part === "{module}") {
      hasName = true;
      return "(" + modulePattern + ")";
    }
    if (part === "{snake}") {
      hasName = true;
      return "(" + snakePattern + ")";
    }
    return part.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&");
  }).join("");
  const regex = new RegExp("^" + source + "$");
  compiled = {
    form,
    expected: form.heading.replace("{module}", "Name").replace("{snake}", "name"),
    match(text) {
      const result = regex.exec(text);
      if (!result)
        return void 0;
      return { name: hasName ? result[1] : void 0 };
    }
  };
  compiledCache.set(form, compiled);
  return compiled;
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index < values.length) {
        if (output[index] === null || output[index] === void 0) {
          output[index] = values[index];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

export {
  rolelessSections,
  sectionRoles,
  subsectionRoles,
  defaultLanguageAliases,
  resolveTemplate,
  compileForm,
  trough,
  wrap
};
