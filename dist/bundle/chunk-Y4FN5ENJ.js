import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  isElisionComment
} from "./chunk-ILMMTOS4.js";

// dist/src/text/suggest.js
function editDistance(a, b) {
  if (a === b)
    return 0;
  if (a.length === 0)
    return b.length;
  if (b.length === 0)
    return a.length;
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
function closest(name, candidates, limit = Math.max(1, Math.floor(name.length / 3))) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name)
      continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function nearMiss(name, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name)
      return void 0;
    if (candidate.toLowerCase() === name.toLowerCase())
      return candidate;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= 2 ? best : void 0;
}

// dist/src/code/graphql-scalars.js
var knownScalarSources = [
  {
    // `scalar :datetime, name: "DateTime"`, `scalar :naive_datetime, name: "NaiveDateTime"`,
    // `scalar :date`, `scalar :time`, and `scalar :decimal` when Decimal is loaded (Ash depends on it).
    package: "absinthe",
    version: "1.11.0",
    files: ["lib/absinthe/type/custom.ex"],
    scalars: ["DateTime", "NaiveDateTime", "Date", "Time", "Decimal"]
  },
  {
    // `scalar :json, name: "Json"`, `scalar :json_string, name: "JsonString"`.
    package: "ash_graphql",
    version: "1.10.1",
    files: ["lib/types/json.ex", "lib/types/json_string.ex"],
    scalars: ["Json", "JsonString"]
  }
];
var knownScalars = knownScalarSources.flatMap((source) => source.scalars);

// dist/src/code/graphql.js
var loading;
function load() {
  loading ??= import("./graphql-js-IJQ4MRLB.js").then((graphql) => ({ graphql, validateSDL: graphql.validateSDL }));
  return loading;
}
var maxNesting = 500;
var definitionOfExtension = {
  ObjectTypeExtension: "ObjectTypeDefinition",
  InterfaceTypeExtension: "InterfaceTypeDefinition",
  UnionTypeExtension: "UnionTypeDefinition",
  EnumTypeExtension: "EnumTypeDefinition",
  InputObjectTypeExtension: "InputObjectTypeDefinition",
  ScalarTypeExtension: "ScalarTypeDefinition"
};
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
  code.excerpt = excerptOf(parser, block, document);
  const defined = /* @__PURE__ */ new Set();
  for (const definition of document.definitions) {
    if (graphql.isTypeDefinitionNode(definition))
      defined.add(definition.name.value);
  }
  const scalars = knownScalars.filter((name) => !defined.has(name));
  const ownTypes = [...defined];
  const standardScalars = graphql.specifiedScalarTypes.map((type) => type.name);
  const extensionSlips = [];
  const definitions = [];
  for (const definition of document.definitions) {
    if (!graphql.isTypeSystemDefinitionNode(definition) && !graphql.isTypeSystemExtensionNode(definition))
      continue;
    if (graphql.isTypeExtensionNode(definition) && !defined.has(definition.name.value)) {
      const near = closest(definition.name.value, [...ownTypes, ...standardScalars, ...scalars]);
      if (near !== void 0) {
        const loc = placeLoc(definition);
        extensionSlips.push({
          reason: `Cannot extend type "${definition.name.value}" because it is not defined. Did you mean "${near}"?`,
          place: loc ? block.map.placeAt(loc.start, loc.end) : block.map.placeAt(0, 0),
          assumes: []
        });
      }
      defined.add(definition.name.value);
      definitions.push({ ...definition, kind: definitionOfExtension[definition.kind], description: void 0 });
      continue;
    }
    definitions.push(definition);
  }
  if (definitions.length === 0)
    return;
  const sdl = { kind: Kind.DOCUMENT, definitions, loc: document.loc };
  const standard = [...graphql.specifiedScalarTypes, ...graphql.introspectionTypes].map((type) => type.name);
  code.knownTypeNames = [...standard, ...defined];
  const known = /* @__PURE__ */ new Set([...code.knownTypeNames, ...scalars]);
  const unknown = /* @__PURE__ */ new Set();
  graphql.visit(sdl, {
    NamedType(node) {
      if (!known.has(node.name.value))
        unknown.add(node.name.value);
    }
  });
  const issues = [...extensionSlips];
  const raw = [];
  for (const error of parser.validateSDL(sdl)) {
    const node = error.nodes?.length === 1 ? error.nodes[0] : void 0;
    if (node?.kind === Kind.NAMED_TYPE && scalars.includes(node.name.value) && error.message.startsWith(`Unknown type "${node.name.value}".`))
      continue;
    const unknownType = node?.kind === Kind.NAMED_TYPE && unknown.has(node.name.value) && error.message.startsWith(`Unknown type "${node.name.value}".`) ? node.name.value : void 0;
    issues.push({ ...located(error, block), unknownType, assumes: [], error });
    raw.push(error);
  }
  const stand = /* @__PURE__ */ new Map();
  const scalar = (name) => ({ kind: Kind.SCALAR_TYPE_DEFINITION, name: { kind: Kind.NAME, value: name } });
  const stubs = [...unknown].map(function(name) {
    const stub = scalar(name);
    stand.set(stub, name);
    return stub;
  });
  stubs.push(...scalars.map(scalar));
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
function excerptOf(parser, block, document) {
  const { graphql } = parser;
  let first;
  for (const definition of document.definitions) {
    if (graphql.isTypeSystemExtensionNode(definition)) {
      const loc = placeLoc(definition);
      if (loc)
        first = loc.start;
      break;
    }
  }
  const lexer = new graphql.Lexer(new graphql.Source(block.value));
  let previousLine = 0;
  for (let token = lexer.advance(); token.kind !== graphql.TokenKind.EOF; token = lexer.advance()) {
    for (let comment = token.prev; comment && comment.kind === graphql.TokenKind.COMMENT; comment = comment.prev) {
      if (first !== void 0 && comment.start > first)
        continue;
      if (isElisionComment(comment.value) && ownLine(comment, previousLine))
        first = comment.start;
    }
    previousLine = token.line;
  }
  return first === void 0 ? void 0 : block.map.placeAt(first, first + 1);
}
function ownLine(comment, previousLine) {
  return comment.line > previousLine;
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
  return { reason: error.message, place: first, ...others.length > 0 ? { related: others.map((place) => ({ place, message: "also here" })) } : {} };
}
function placeLoc(node) {
  const named = (node.kind.endsWith("Definition") || node.kind.endsWith("Extension")) && "name" in node ? node.name : void 0;
  return named?.loc ?? node.loc;
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
  editDistance,
  closest,
  nearMiss,
  knownScalars,
  load,
  maxNesting,
  parse,
  findDeepNesting
};
