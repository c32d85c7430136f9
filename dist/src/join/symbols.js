/**
 * The symbol table of a doc: every name a block defines that another block
 * (or another part of the same block) may point to, built once per file by
 * the `understandSymbols` stage into `model.symbols` from the models the
 * earlier stages built. Checks of cross-references resolve names here and
 * name the definition's place as a related location.
 *
 * Each kind says whether the doc shows all of it (`complete`): a reference to
 * a name the doc does not show is a defect only where the list is whole.
 */
import { isResource } from '../ash/model.js';
import { entityOptions, findOption } from '../elixir/dsl.js';
import { graphqlMutations } from './graphql-mutations.js';
/** The model stage. */
export function understandSymbols(model) {
    model.symbols = buildSymbols(model);
}
export function buildSymbols(model) {
    const table = {
        resources: new Map(),
        domains: new Map(),
        tables: new Map(),
        graphql: { types: new Map(), queries: new Map(), mutations: new Map() },
        graphqlMutations: { declared: false, declaredNames: [], conventionalNames: [], resources: new Map(), wholeResources: new Map(), schemaImports: false },
        liveViews: new Map(),
        calls: []
    };
    for (const resource of model.ash?.resources ?? []) {
        if (!isResource(resource) || table.resources.has(resource.module))
            continue;
        table.resources.set(resource.module, resourceSymbols(resource));
    }
    for (const context of model.contexts ?? []) {
        const domain = context.domain;
        const module = context.module;
        if (!domain || !module || table.domains.has(module.name))
            continue;
        const compatible = domain.options.find((pair) => pair.key === 'backwards_compatible_interface?')?.value;
        const symbols = {
            module: module.name,
            resources: new Map(),
            functions: new Map(),
            complete: domain.complete && module.complete,
            // `true` by default (ash v3.32.0, lib/ash/domain/domain.ex): only a literal `false` turns it off.
            backwardsCompatible: !(compatible?.kind === 'boolean' && !compatible.value),
            extensions: domain.extensions.map((extension) => extension.name)
        };
        for (const entry of domain.resources) {
            symbols.resources.set(entry.module.name, { name: entry.module.name, place: entry.place });
            const resource = table.resources.get(entry.module.name);
            for (const define of entry.interfaces) {
                for (const name of interfaceFunctions(define.name, define.kind))
                    add(symbols.functions, name, define.place);
                if (define.kind === 'define' && resource) {
                    resource.defines.push({
                        name: { name: define.name, place: define.place },
                        action: define.action.defaulted ? undefined : { name: define.action.name, place: define.action.place },
                        in: module.name
                    });
                }
            }
        }
        for (const fn of module.functions) {
            if (fn.kind === 'def' || fn.kind === 'defdelegate' || fn.kind === 'defmacro')
                add(symbols.functions, fn.name, fn.place);
        }
        table.domains.set(module.name, symbols);
    }
    for (const sqlTable of model.sql?.tables.values() ?? [])
        table.tables.set(sqlTable.name, sqlTable);
    for (const [name, type] of model.graphql?.objects ?? []) {
        if (name === 'Query' || name === 'Mutation') {
            const target = name === 'Query' ? table.graphql.queries : table.graphql.mutations;
            for (const field of type.fields)
                add(target, field.name, field.place);
        }
        else {
            add(table.graphql.types, name, type.place);
        }
    }
    for (const component of model.liveViews ?? []) {
        const module = component.module;
        if (!module || table.liveViews.has(module.name))
            continue;
        table.liveViews.set(module.name, liveViewSymbols(component));
    }
    for (const entry of [...(model.contexts ?? []), ...(model.liveViews ?? [])]) {
        for (const module of entry.modules)
            table.calls.push(...remoteCalls(module));
    }
    table.graphqlMutations = graphqlMutations(model, table);
    return table;
}
function add(map, name, place) {
    if (!map.has(name))
        map.set(name, { name, place });
}
/**
 * The functions a code interface entry defines (ash v3.32.0,
 * lib/ash/code_interface.ex): `name` and `name!` (for `name?`: `name` and
 * `name?`), `can_name` and `can_name?`, and `query_to_name`,
 * `changeset_to_name` or `input_to_name` by the action's type (all three
 * here: the type may not be shown). `define_calculation` defines `name` only.
 */
export function interfaceFunctions(name, kind) {
    if (kind === 'define_calculation')
        return [name];
    const predicate = name.endsWith('?');
    const base = predicate ? name.slice(0, -1) : name;
    const bang = predicate ? name : name + '!';
    return [base, bang, 'can_' + base, predicate ? 'can_' + name : 'can_' + name + '?', 'query_to_' + name, 'changeset_to_' + name, 'input_to_' + name];
}
function resourceSymbols(resource) {
    const symbols = {
        module: resource.module,
        resource,
        attributes: new Map(),
        relationships: new Map(),
        actions: new Map(),
        arguments: new Map(),
        calculations: new Map(),
        aggregates: new Map(),
        identities: new Map(),
        interface: new Map(),
        defines: [],
        complete: resource.complete
    };
    for (const attribute of resource.attributes)
        add(symbols.attributes, attribute.name, attribute.place);
    for (const relationship of resource.relationships)
        add(symbols.relationships, relationship.name, relationship.place);
    for (const action of resource.actions) {
        add(symbols.actions, action.name, action.place);
        const args = new Map();
        for (const argument of action.arguments)
            add(args, argument.name, argument.place);
        if (!symbols.arguments.has(action.name))
            symbols.arguments.set(action.name, args);
    }
    for (const calculation of resource.calculations)
        add(symbols.calculations, calculation.name, calculation.place);
    for (const aggregate of resource.aggregates)
        add(symbols.aggregates, aggregate.name, aggregate.place);
    for (const identity of resource.identities)
        add(symbols.identities, identity.name, identity.place);
    for (const section of resource.sections) {
        if (section.name !== 'code_interface')
            continue;
        for (const call of section.body ?? [])
            readResourceDefine(symbols, call);
    }
    return symbols;
}
function readResourceDefine(symbols, call) {
    if (call.name !== 'define' && call.name !== 'define_calculation')
        return;
    const nameValue = call.args[0];
    if (nameValue?.kind !== 'atom')
        return;
    for (const name of interfaceFunctions(nameValue.value, call.name))
        add(symbols.interface, name, nameValue.place);
    if (call.name !== 'define')
        return;
    const action = findOption(entityOptions(call), 'action')?.value;
    symbols.defines.push({
        name: { name: nameValue.value, place: nameValue.place },
        action: action?.kind === 'atom' ? { name: action.value, place: action.place } : undefined,
        in: 'resource'
    });
}
/**
 * The `defmodule` calls inside a module's call (itself left out). Walking
 * every call through web-tree-sitter is costly; most modules hold no other
 * `defmodule`, which their text shows.
 */
function nestedModules(root, descendants) {
    if (root.text.indexOf('defmodule', 1) === -1)
        return [];
    const found = [];
    for (const call of descendants ?? root.descendantsOfType('call')) {
        if (call !== null && call.startIndex !== root.startIndex && call.childForFieldName('target')?.text === 'defmodule')
            found.push(call);
    }
    return found;
}
/** The remote calls of a module's own body (nested modules' left to them), resolved through its aliases. */
function remoteCalls(module) {
    const calls = [];
    const root = module.call.node;
    const descendants = root.descendantsOfType('call');
    const nested = nestedModules(root, descendants);
    for (const call of descendants) {
        const target = call?.childForFieldName('target');
        if (!call || target?.type !== 'dot')
            continue;
        const left = target.childForFieldName('left');
        const right = target.childForFieldName('right');
        if (left?.type !== 'alias' || right?.type !== 'identifier')
            continue;
        if (nested.some((inner) => inner.startIndex <= call.startIndex && call.endIndex <= inner.endIndex))
            continue;
        const written = left.text.replace(/\s+/g, '');
        const [first, ...rest] = written.split('.');
        const aliased = module.aliases.get(first);
        calls.push({
            module: aliased ? [aliased, ...rest].join('.') : written,
            written,
            function: right.text,
            place: module.block.map.placeAt(right.startIndex, right.endIndex),
            from: module.name
        });
    }
    return calls;
}
// ---------------------------------------------------------------------------
// LiveViews
/** The bindings that send an event to the LiveView (Phoenix LiveView v1.x, "Bindings"). */
const eventBindings = /\bphx-(click|click-away|submit|change|blur|focus|keydown|keyup|window-blur|window-focus|window-keydown|window-keyup|capture-click)\s*=\s*"([^"{}\s]+)"/g;
function liveViewSymbols(component) {
    const symbols = {
        module: component.module.name,
        component,
        handlers: new Map(),
        prefixes: [],
        catchAll: false,
        hooks: false,
        sent: [],
        templateShown: false
    };
    for (const { event } of component.events) {
        if (!event)
            continue;
        if ((event.kind === 'string' || event.kind === 'atom') && event.name !== undefined)
            add(symbols.handlers, event.name, event.place);
        else if (event.kind === 'prefix' && event.name !== undefined)
            symbols.prefixes.push({ name: event.name, place: event.place });
        else if (event.kind === 'variable' || event.kind === 'other' || (event.kind === 'prefix' && event.name === undefined))
            symbols.catchAll = true;
    }
    // The module's own templates, and those of snippets shown outside any module;
    // not those of other modules in the subsection (a nested component).
    const module = component.module;
    const nested = nestedModules(module.call.node);
    for (const block of component.subsection.blocks) {
        if (block.code?.language !== 'elixir')
            continue;
        const root = block.code.root;
        const inModuleBlock = block === module.block;
        const hasModule = block.value.includes('defmodule') && root.descendantsOfType('call').some((call) => call?.childForFieldName('target')?.text === 'defmodule');
        if (!inModuleBlock && hasModule)
            continue;
        const scope = inModuleBlock ? module.call.node : root;
        if (scope.text.includes('attach_hook'))
            symbols.hooks = true;
        for (const sigil of scope.descendantsOfType('sigil')) {
            if (!sigil || sigil.namedChildren[0]?.text !== 'H')
                continue;
            if (nested.some((inner) => inner.startIndex <= sigil.startIndex && sigil.endIndex <= inner.endIndex))
                continue;
            symbols.templateShown = true;
            for (const content of sigil.namedChildren) {
                if (content?.type !== 'quoted_content')
                    continue;
                for (const event of templateEvents(content.text)) {
                    const start = content.startIndex + event.start;
                    symbols.sent.push({ name: event.name, binding: event.binding, place: block.map.placeAt(start, start + event.name.length) });
                }
            }
        }
    }
    return symbols;
}
/**
 * The events a HEEx template sends to its own LiveView: each event binding
 * with a literal name on an element that has no `phx-target` (which sends
 * it elsewhere) and no `JS.push` (which may).
 */
export function templateEvents(text) {
    const events = [];
    eventBindings.lastIndex = 0;
    let match;
    while ((match = eventBindings.exec(text))) {
        const tag = enclosingTag(text, match.index);
        if (tag === undefined || tag.includes('phx-target') || tag.includes('JS.'))
            continue;
        const name = match[2];
        events.push({ name, binding: 'phx-' + match[1], start: match.index + match[0].length - name.length - 1 });
    }
    return events;
}
/** The text of the tag around `index`: from its `<` to its `>` (quotes and `{…}` skipped); undefined when unclear. */
function enclosingTag(text, index) {
    const open = text.lastIndexOf('<', index);
    if (open < 0)
        return undefined;
    let depth = 0;
    let quote = '';
    for (let position = open + 1; position < text.length; position++) {
        const character = text[position];
        if (quote) {
            if (character === quote)
                quote = '';
        }
        else if (character === '"' || character === "'") {
            if (depth === 0)
                quote = character;
        }
        else if (character === '{')
            depth++;
        else if (character === '}')
            depth = Math.max(0, depth - 1);
        else if (character === '>' && depth === 0)
            return text.slice(open, position + 1);
    }
    return undefined;
}
// ---------------------------------------------------------------------------
// Messages
/** A definition as a related place (for `relate`, src/document/related.ts). */
export function definedHere(definition, message) {
    return definition ? [{ place: definition.place, message }] : [];
}
