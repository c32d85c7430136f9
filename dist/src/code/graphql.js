import { closest } from '../text/suggest.js';
import { isElisionComment } from './excerpts.js';
import { knownScalars } from './graphql-scalars.js';
let loading;
export function load() {
    loading ??= import('./graphql-js.js').then((graphql) => ({ graphql, validateSDL: graphql.validateSDL }));
    return loading;
}
/**
 * Deepest bracket nesting (`[`, `{`, `(`) parsed. graphql-js recurses once
 * per level and overflows the stack somewhere past 3,000 (less when called
 * from deep in another stack); real schemas nest a handful of levels.
 */
export const maxNesting = 500;
/** graphql-js's root operation type names, which a partial schema may extend without defining. */
const rootTypeNames = new Set(['Query', 'Mutation', 'Subscription']);
/** The definition kind of each type extension kind (`extend type X` of a type the block does not define). */
const definitionOfExtension = {
    ObjectTypeExtension: 'ObjectTypeDefinition',
    InterfaceTypeExtension: 'InterfaceTypeDefinition',
    UnionTypeExtension: 'UnionTypeDefinition',
    EnumTypeExtension: 'EnumTypeDefinition',
    InputObjectTypeExtension: 'InputObjectTypeDefinition',
    ScalarTypeExtension: 'ScalarTypeDefinition'
};
/** Reported by `validateSchema` for every schema without a Query type; a doc's schema is partial. */
const missingQueryMessage = 'Query root type must be provided.';
export function parse(parser, block) {
    const { graphql } = parser;
    const code = { language: 'graphql', errors: [], schemaErrors: [] };
    const deep = findDeepNesting(block.value, maxNesting);
    if (deep !== undefined) {
        code.errors.push({
            reason: `GraphQL block nests too deeply (more than ${maxNesting} levels of brackets); it is not parsed`,
            place: block.map.placeAt(deep, deep + 1)
        });
        return code;
    }
    try {
        code.document = graphql.parse(block.value);
    }
    catch (error) {
        code.errors.push(syntaxIssue(error, block));
        return code;
    }
    try {
        validate(parser, block, code, code.document);
    }
    catch (error) {
        // The depth check above makes this unlikely; a crash must not take
        // the whole file's lint down with it.
        const cause = error instanceof RangeError ? 'graphql-js ran out of stack' : error instanceof Error ? error.message : String(error);
        const point = block.map.point(0, 0);
        code.schemaErrors = [{ reason: `GraphQL schema could not be validated (${cause})`, place: { start: point, end: point }, assumes: [] }];
        code.rawSchemaErrors = [];
    }
    return code;
}
function syntaxIssue(error, block) {
    if (error instanceof RangeError) {
        const point = block.map.point(0, 0);
        return { reason: 'GraphQL block nests too deeply (graphql-js ran out of stack); it is not parsed', place: { start: point, end: point } };
    }
    const location = error.locations?.[0];
    const point = location ? block.map.point(location.line - 1, location.column - 1) : block.map.point(0, 0);
    return { reason: error instanceof Error ? error.message : String(error), place: { start: point, end: point } };
}
function validate(parser, block, code, document) {
    const { graphql } = parser;
    const { Kind } = graphql;
    code.excerpt = excerptOf(parser, block, document);
    const defined = new Set();
    for (const definition of document.definitions) {
        if (graphql.isTypeDefinitionNode(definition))
            defined.add(definition.name.value);
    }
    // The app's schema has AshGraphql's scalars (`DateTime`, `Json`, …) whether
    // or not the block declares them (unless it declares its own).
    const scalars = knownScalars.filter((name) => !defined.has(name));
    const ownTypes = [...defined];
    const standardScalars = graphql.specifiedScalarTypes.map((type) => type.name);
    const extensionSlips = [];
    const definitions = [];
    for (const definition of document.definitions) {
        // Operations and fragments in a block are examples, not schema: without a
        // schema to run them against, only the type-system part is validated.
        if (!graphql.isTypeSystemDefinitionNode(definition) && !graphql.isTypeSystemExtensionNode(definition))
            continue;
        // A partial schema adds to the app's types: `extend type Invoice` without
        // a `type Invoice` reads as its definition (an excerpt; the root types
        // were always read so).
        if (graphql.isTypeExtensionNode(definition) && !defined.has(definition.name.value)) {
            // Unless the name is a slip for one the block defines or a known scalar.
            const near = closest(definition.name.value, [...ownTypes, ...standardScalars, ...scalars]);
            if (near !== undefined) {
                const loc = placeLoc(definition);
                extensionSlips.push({
                    reason: `Cannot extend type "${definition.name.value}" because it is not defined.` + ` Did you mean "${near}"?`,
                    place: loc ? block.map.placeAt(loc.start, loc.end) : block.map.placeAt(0, 0),
                    assumes: []
                });
            }
            defined.add(definition.name.value);
            definitions.push({ ...definition, kind: definitionOfExtension[definition.kind], description: undefined });
            continue;
        }
        definitions.push(definition);
    }
    if (definitions.length === 0)
        return;
    const sdl = { kind: Kind.DOCUMENT, definitions, loc: document.loc };
    const standard = [...graphql.specifiedScalarTypes, ...graphql.introspectionTypes].map((type) => type.name);
    // Ordered like graphql's KnownTypeNamesRule, so suggestions made again with
    // more names come out as graphql would make them.
    code.knownTypeNames = [...standard, ...defined];
    const known = new Set([...code.knownTypeNames, ...scalars]);
    const unknown = new Set();
    graphql.visit(sdl, {
        NamedType(node) {
            if (!known.has(node.name.value))
                unknown.add(node.name.value);
        }
    });
    const issues = [...extensionSlips];
    const raw = [];
    for (const error of parser.validateSDL(sdl)) {
        const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
        if (node?.kind === Kind.NAMED_TYPE && scalars.includes(node.name.value) && error.message.startsWith(`Unknown type "${node.name.value}".`))
            continue;
        const unknownType = node?.kind === Kind.NAMED_TYPE && unknown.has(node.name.value) && error.message.startsWith(`Unknown type "${node.name.value}".`)
            ? node.name.value
            : undefined;
        issues.push({ ...located(error, block), unknownType, assumes: [], error });
        raw.push(error);
    }
    // The unknown types become scalars so that the schema can be built; so
    // do the known scalars, which are scalars.
    const stand = new Map();
    const scalar = (name) => ({ kind: Kind.SCALAR_TYPE_DEFINITION, name: { kind: Kind.NAME, value: name } });
    const stubs = [...unknown].map(function (name) {
        const stub = scalar(name);
        stand.set(stub, name);
        return stub;
    });
    stubs.push(...scalars.map(scalar));
    // A type defined twice is reported above; the schema keeps its first definition.
    const first = new Set();
    const single = definitions.filter(function (definition) {
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
        const assumes = new Set();
        for (const node of error.nodes ?? []) {
            const stub = stand.get(node);
            if (stub !== undefined)
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
/**
 * Where the block shows itself as an excerpt of the app's schema: its first
 * `extend` definition, or its first elision comment on a line of its own
 * (`# ...`, `# other fields unchanged`; `src/code/excerpts.ts`).
 */
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
    // graphql-js's lexer keeps comments as tokens; the parser drops them.
    const lexer = new graphql.Lexer(new graphql.Source(block.value));
    let previousLine = 0;
    for (let token = lexer.advance(); token.kind !== graphql.TokenKind.EOF; token = lexer.advance()) {
        for (let comment = token.prev; comment && comment.kind === graphql.TokenKind.COMMENT; comment = comment.prev) {
            if (first !== undefined && comment.start > first)
                continue;
            if (isElisionComment(comment.value) && ownLine(comment, previousLine))
                first = comment.start;
        }
        previousLine = token.line;
    }
    return first === undefined ? undefined : block.map.placeAt(first, first + 1);
}
/** A comment not after a token of its line (`previousLine`: the line of the last token before it). */
function ownLine(comment, previousLine) {
    return comment.line > previousLine;
}
/** The named type at the bottom of a type reference (`[User!]!` → `User`). */
function namedTypeOf(node) {
    let current = node;
    while (current.kind === 'ListType' || current.kind === 'NonNullType')
        current = current.type;
    return current.kind === 'NamedType' ? current : undefined;
}
/**
 * An error's place is its first node; the other nodes are its related
 * places ("also here"). A definition is placed at its name, not at its
 * description.
 */
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
    return { reason: error.message, place: first, ...(others.length > 0 ? { related: others.map((place) => ({ place, message: 'also here' })) } : {}) };
}
function placeLoc(node) {
    const named = (node.kind.endsWith('Definition') || node.kind.endsWith('Extension')) && 'name' in node ? node.name : undefined;
    return named?.loc ?? node.loc;
}
/**
 * The offset of the first bracket nested deeper than `limit`, if any.
 * Skips what graphql-js's lexer skips: comments and (block) strings.
 */
export function findDeepNesting(text, limit) {
    let depth = 0;
    const length = text.length;
    for (let index = 0; index < length; index++) {
        const code = text.charCodeAt(index);
        if (code === 35 /* # */) {
            while (index + 1 < length && text.charCodeAt(index + 1) !== 10 && text.charCodeAt(index + 1) !== 13)
                index++;
        }
        else if (code === 34 /* " */) {
            if (text.startsWith('"""', index)) {
                index += 3;
                while (index < length && !text.startsWith('"""', index))
                    index += text.startsWith('\\"""', index) ? 4 : 1;
                index += 2;
            }
            else {
                index++;
                while (index < length) {
                    const inner = text.charCodeAt(index);
                    if (inner === 34 || inner === 10 || inner === 13)
                        break;
                    index += inner === 92 /* \ */ ? 2 : 1;
                }
            }
        }
        else if (code === 91 /* [ */ || code === 123 /* { */ || code === 40 /* ( */) {
            if (++depth > limit)
                return index;
        }
        else if (code === 93 /* ] */ || code === 125 /* } */ || code === 41 /* ) */) {
            if (depth > 0)
                depth--;
        }
    }
    return undefined;
}
