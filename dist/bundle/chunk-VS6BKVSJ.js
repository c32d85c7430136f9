import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/text/words.js
function snakeCase(segment) {
  return segment.replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase();
}
function camelCase(name) {
  const clean = name.replace(/[?!]$/, "");
  return clean.replace(/_+([a-zA-Z\d])/g, (_, next) => next.toUpperCase());
}
function pascalCase(name) {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}
var irregular = {
  person: "people",
  child: "children",
  man: "men",
  woman: "women",
  mouse: "mice",
  goose: "geese",
  foot: "feet",
  tooth: "teeth",
  datum: "data",
  medium: "media",
  criterion: "criteria"
};
var uncountable = /* @__PURE__ */ new Set(["equipment", "information", "metadata", "news", "series", "species", "feedback", "settings"]);
function pluralize(name) {
  const match = /^(.*?)([a-z\d]+)$/.exec(name);
  if (!match)
    return name + "s";
  const [, head, word] = match;
  if (uncountable.has(word))
    return name;
  if (irregular[word])
    return head + irregular[word];
  if (/(s|x|z|ch|sh)$/.test(word))
    return head + word + "es";
  if (/[^aeiou]y$/.test(word))
    return head + word.slice(0, -1) + "ies";
  return head + word + "s";
}
function joinWords(words, conjunction) {
  if (words.length <= 1)
    return words[0] ?? "";
  return words.slice(0, -1).join(", ") + " " + conjunction + " " + words[words.length - 1];
}
function listCode(names, conjunction, prefix = "") {
  return joinWords(names.map((name) => "`" + prefix + name + "`"), conjunction);
}

// dist/src/code/graphql.js
var loading;
function load() {
  loading ??= Promise.all([import("graphql"), import("graphql/validation/validate.js")]).then(function([graphql, validation]) {
    return { graphql, validateSDL: validation.validateSDL };
  });
  return loading;
}
var maxNesting = 500;
var rootTypeNames = /* @__PURE__ */ new Set(["Query", "Mutation", "Subscription"]);
var missingQueryMessage = "Query root type must be provided.";
function parse(parser, block) {
  const { graphql } = parser;
  const code = { language: "graphql", errors: [], schemaErrors: [] };
  const deep = findDeepNesting(block.value, maxNesting);
  if (deep !== void 0) {
    code.errors.push({
      reason: `GraphQL block nests too deeply (more than ${maxNesting} levels of brackets); it is not parsed`,
      place: block.map.placeAt(deep, deep + 1)
    });
    return code;
  }
  try {
    code.document = graphql.parse(block.value);
  } catch (error) {
    code.errors.push(syntaxIssue(error, block));
    return code;
  }
  try {
    validate(parser, block, code, code.document);
  } catch (error) {
    const cause = error instanceof RangeError ? "graphql-js ran out of stack" : error instanceof Error ? error.message : String(error);
    const point = block.map.point(0, 0);
    code.schemaErrors = [{ reason: `GraphQL schema could not be validated (${cause})`, place: { start: point, end: point }, assumes: [] }];
    code.rawSchemaErrors = [];
  }
  return code;
}
function syntaxIssue(error, block) {
  if (error instanceof RangeError) {
    const point2 = block.map.point(0, 0);
    return { reason: "GraphQL block nests too deeply (graphql-js ran out of stack); it is not parsed", place: { start: point2, end: point2 } };
  }
  const location = error.locations?.[0];
  const point = location ? block.map.point(location.line - 1, location.column - 1) : block.map.point(0, 0);
  return { reason: error instanceof Error ? error.message : String(error), place: { start: point, end: point } };
}
function validate(parser, block, code, document) {
  const { graphql } = parser;
  const { Kind } = graphql;
  const defined = /* @__PURE__ */ new Set();
  for (const definition of document.definitions) {
    if (graphql.isTypeDefinitionNode(definition))
      defined.add(definition.name.value);
  }
  const definitions = [];
  for (const definition of document.definitions) {
    if (!graphql.isTypeSystemDefinitionNode(definition) && !graphql.isTypeSystemExtensionNode(definition))
      continue;
    if (definition.kind === Kind.OBJECT_TYPE_EXTENSION && rootTypeNames.has(definition.name.value) && !defined.has(definition.name.value)) {
      defined.add(definition.name.value);
      definitions.push({ ...definition, kind: Kind.OBJECT_TYPE_DEFINITION, description: void 0 });
      continue;
    }
    definitions.push(definition);
  }
  if (definitions.length === 0)
    return;
  const sdl = { kind: Kind.DOCUMENT, definitions, loc: document.loc };
  const standard = [...graphql.specifiedScalarTypes, ...graphql.introspectionTypes].map((type) => type.name);
  code.knownTypeNames = [...standard, ...defined];
  const known = new Set(code.knownTypeNames);
  const unknown = /* @__PURE__ */ new Set();
  graphql.visit(sdl, {
    NamedType(node) {
      if (!known.has(node.name.value))
        unknown.add(node.name.value);
    }
  });
  const issues = [];
  const raw = [];
  for (const error of parser.validateSDL(sdl)) {
    const node = error.nodes?.length === 1 ? error.nodes[0] : void 0;
    const unknownType = node?.kind === Kind.NAMED_TYPE && unknown.has(node.name.value) && error.message.startsWith(`Unknown type "${node.name.value}".`) ? node.name.value : void 0;
    issues.push({ ...located(error, block), unknownType, assumes: [], error });
    raw.push(error);
  }
  const stand = /* @__PURE__ */ new Map();
  const stubs = [...unknown].map(function(name) {
    const stub = { kind: Kind.SCALAR_TYPE_DEFINITION, name: { kind: Kind.NAME, value: name } };
    stand.set(stub, name);
    return stub;
  });
  const first = /* @__PURE__ */ new Set();
  const single = definitions.filter(function(definition) {
    if (!graphql.isTypeDefinitionNode(definition))
      return true;
    if (first.has(definition.name.value))
      return false;
    first.add(definition.name.value);
    return true;
  });
  const schema = graphql.buildASTSchema({ ...sdl, definitions: [...single, ...stubs] }, { assumeValidSDL: true });
  for (const error of graphql.validateSchema(schema)) {
    if (error.message === missingQueryMessage)
      continue;
    const assumes = /* @__PURE__ */ new Set();
    for (const node of error.nodes ?? []) {
      const stub = stand.get(node);
      if (stub !== void 0)
        assumes.add(stub);
      const named = namedTypeOf(node);
      if (named && unknown.has(named.name.value))
        assumes.add(named.name.value);
    }
    issues.push({ ...located(error, block), assumes: [...assumes], error });
    raw.push(error);
  }
  code.schemaErrors = issues;
  code.rawSchemaErrors = raw;
}
function namedTypeOf(node) {
  let current = node;
  while (current.kind === "ListType" || current.kind === "NonNullType")
    current = current.type;
  return current.kind === "NamedType" ? current : void 0;
}
function located(error, block) {
  const places = [];
  for (const node of error.nodes ?? []) {
    const loc = placeLoc(node);
    if (loc)
      places.push(block.map.placeAt(loc.start, loc.end));
  }
  if (places.length === 0) {
    const location = error.locations?.[0];
    const point = location ? block.map.point(location.line - 1, location.column - 1) : block.map.point(0, 0);
    places.push({ start: point, end: point });
  }
  const [first, ...others] = places;
  return { reason: error.message + alsoAt(first.start, others.map((place) => place.start)), place: first };
}
function placeLoc(node) {
  const named = (node.kind.endsWith("Definition") || node.kind.endsWith("Extension")) && "name" in node ? node.name : void 0;
  return named?.loc ?? node.loc;
}
function alsoAt(first, others) {
  if (others.length === 0)
    return "";
  const lines = others.map((point) => point.line);
  const ambiguous = lines.some((line, index) => line === first.line || lines.indexOf(line) !== index);
  const items = ambiguous ? others.map((point) => `${point.line}:${point.column}`) : lines.map(String);
  const list = joinWords(items, "and");
  return ` (also at ${ambiguous ? "" : items.length === 1 ? "line " : "lines "}${list})`;
}
function findDeepNesting(text, limit) {
  let depth = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 35) {
      while (index + 1 < length && text.charCodeAt(index + 1) !== 10 && text.charCodeAt(index + 1) !== 13)
        index++;
    } else if (code === 34) {
      if (text.startsWith('"""', index)) {
        index += 3;
        while (index < length && !text.startsWith('"""', index))
          index += text.startsWith('\\"""', index) ? 4 : 1;
        index += 2;
      } else {
        index++;
        while (index < length) {
          const inner = text.charCodeAt(index);
          if (inner === 34 || inner === 10 || inner === 13)
            break;
          index += inner === 92 ? 2 : 1;
        }
      }
    } else if (code === 91 || code === 123 || code === 40) {
      if (++depth > limit)
        return index;
    } else if (code === 93 || code === 125 || code === 41) {
      if (depth > 0)
        depth--;
    }
  }
  return void 0;
}

export {
  snakeCase,
  camelCase,
  pascalCase,
  pluralize,
  joinWords,
  listCode,
  load,
  maxNesting,
  parse,
  findDeepNesting
};
