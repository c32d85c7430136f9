import { isElision, placeOfNode as placeOf, readBody, readValue } from './dsl.js';
import { readAliases, resolveModule } from './aliases.js';
import { templatePlaceholders } from '../document/placeholders.js';
const functionKinds = new Set(['def', 'defp', 'defmacro', 'defmacrop', 'defdelegate']);
/** The placeholder comments of the template's Elixir blocks (`# LiveView implementation`). */
const placeholderComments = new Set(templatePlaceholders.comments.elixir ?? []);
/** Every module (nested ones included) of the subsection's parsed Elixir blocks, in order. */
export function subsectionModules(subsection) {
    const modules = [];
    for (const block of subsection.blocks) {
        if (block.code?.language !== 'elixir')
            continue;
        for (const call of readBody(block, block.code.root).calls) {
            if (call.name === 'defmodule')
                collect(block, call, undefined, modules);
        }
    }
    return modules;
}
/** The subsection's parsed Elixir blocks. */
export function elixirBlocks(subsection) {
    return subsection.blocks.filter((block) => block.code?.language === 'elixir');
}
function collect(block, call, parent, modules) {
    const nameValue = call.args[0];
    if (nameValue?.kind !== 'alias')
        return;
    const name = parent ? parent + '.' + nameValue.name : nameValue.name;
    const module = readModule(block, call, name, nameValue, parent);
    modules.push(module);
    for (const inner of module.body) {
        if (inner.name === 'defmodule')
            collect(block, inner, name, modules);
    }
}
function readModule(block, call, name, nameValue, parent) {
    const body = call.body ?? [];
    const aliases = readAliases(body, name);
    const module = {
        name,
        written: nameValue.name,
        place: nameValue.place,
        definitionPlace: call.place,
        parent,
        block,
        call,
        body,
        uses: [],
        aliases,
        functions: [],
        comments: [],
        complete: true
    };
    const code = block.code;
    if (code?.language === 'elixir' && code.errors.length > 0)
        markIncomplete(module, 'syntax');
    for (const statement of body) {
        if (statement.name !== 'use')
            continue;
        const target = statement.args[0];
        if (target?.kind !== 'alias')
            continue;
        module.uses.push({
            module: resolveModule(target, aliases, name),
            args: statement.args.slice(1),
            options: statement.options,
            call: statement
        });
    }
    const doBlock = call.node.namedChildren.find((child) => child?.type === 'do_block') ?? undefined;
    if (doBlock) {
        const read = readFunctions(block, doBlock);
        module.functions = read.functions;
        if (read.elided)
            markIncomplete(module, 'elided');
        else if (read.dynamic)
            markIncomplete(module, 'dynamic');
    }
    collectComments(module, doBlock);
    return module;
}
function markIncomplete(module, reason) {
    if (!module.complete)
        return;
    module.complete = false;
    module.incomplete = reason;
}
/**
 * The functions defined by the statements of a module body (or of a block's
 * top level): their clauses with the `@impl` written before each, and
 * whether an elision (`...`, `# ...`: `isElision`) or a function with a computed name is there.
 */
export function readFunctions(block, body) {
    const functions = [];
    let elided = false;
    let dynamic = false;
    const byKey = new Map();
    let impl;
    for (const child of body.namedChildren) {
        if (!child)
            continue;
        if (isElision(block, child)) {
            elided = true;
            continue;
        }
        if (child.type === 'comment')
            continue;
        if (child.type === 'unary_operator' && child.childForFieldName('operator')?.type === '@') {
            const operand = child.childForFieldName('operand');
            if (operand?.type === 'call' && operand.childForFieldName('target')?.text === 'impl') {
                const argument = operand.namedChildren.find((node) => node?.type === 'arguments')?.namedChildren[0];
                impl = { value: argument?.text ?? '', place: placeOf(block, child) };
            }
            continue;
        }
        if (child.type !== 'call')
            continue;
        const target = child.childForFieldName('target');
        if (!target || target.type !== 'identifier' || !functionKinds.has(target.text))
            continue;
        const clause = readClause(block, child, target.text, impl);
        impl = undefined;
        if (!clause) {
            dynamic = true;
            continue;
        }
        const arity = clause.params.length;
        const key = clause.kind + ' ' + clause.name + '/' + arity;
        let fn = byKey.get(key);
        if (!fn) {
            fn = {
                kind: clause.kind,
                name: clause.name,
                arity,
                minArity: arity - clause.defaults,
                clauses: [],
                place: clause.place,
                impl: false
            };
            byKey.set(key, fn);
            functions.push(fn);
        }
        fn.clauses.push(clause);
        fn.minArity = Math.min(fn.minArity, arity - clause.defaults);
        if (clause.impl && clause.impl.value !== 'false')
            fn.impl = true;
    }
    return { functions, elided, dynamic };
}
/** One `def` call: `def name(params) when guard, do: ...` / `do ... end` / a head. */
function readClause(block, node, kind, impl) {
    const args = node.namedChildren.find((child) => child?.type === 'arguments');
    let head = args?.namedChildren.find((child) => child && child.type !== 'comment') ?? undefined;
    if (!head)
        return undefined;
    let guard = false;
    if (head.type === 'binary_operator' && head.childForFieldName('operator')?.type === 'when') {
        guard = true;
        head = head.childForFieldName('left') ?? undefined;
        if (!head)
            return undefined;
    }
    let nameNode;
    let params = [];
    if (head.type === 'identifier') {
        nameNode = head;
    }
    else if (head.type === 'call') {
        const target = head.childForFieldName('target');
        // `def unquote(name)(x)`, `def unquote(:"#{name}")`: a computed name.
        if (!target || target.type !== 'identifier' || target.text === 'unquote')
            return undefined;
        nameNode = target;
        const paramList = head.namedChildren.find((child) => child?.type === 'arguments');
        params = paramList ? paramList.namedChildren.filter((child) => !!child && child.type !== 'comment') : [];
    }
    else {
        return undefined;
    }
    const defaults = params.filter((param) => param.type === 'binary_operator' && param.childForFieldName('operator')?.type === '\\\\').length;
    const hasKeywordBody = args?.namedChildren.some((child) => child?.type === 'keywords') ?? false;
    const hasDoBlock = node.namedChildren.some((child) => child?.type === 'do_block');
    return {
        kind,
        name: nameNode.text,
        place: placeOf(block, nameNode),
        declarationPlace: placeOf(block, node),
        params,
        defaults,
        guard,
        // `defdelegate f(a), to: X` has keywords but no `do`; it is a definition all the same.
        headOnly: kind !== 'defdelegate' && !hasKeywordBody && !hasDoBlock,
        impl,
        node,
        block
    };
}
/** Comments in the module body; placeholder comments make the module incomplete. */
function collectComments(module, doBlock) {
    if (!doBlock)
        return;
    const stack = [doBlock];
    while (stack.length > 0) {
        const node = stack.pop();
        for (let index = node.namedChildCount - 1; index >= 0; index--) {
            const child = node.namedChild(index);
            if (!child)
                continue;
            if (child.type === 'comment') {
                module.comments.push({ text: child.text, place: placeOf(module.block, child) });
                // A template placeholder anywhere stands for code not written yet;
                // an elision counts only in the module body (`readBody`), not in a
                // function body (`# reuse the existing record` explains that code).
                if (placeholderComments.has(child.text.trim()))
                    markIncomplete(module, 'placeholder');
            }
            else if (child.type === 'call' && child.childForFieldName('target')?.text === 'defmodule') {
                // A nested module's comments are its own.
                continue;
            }
            else if (child.namedChildCount > 0) {
                stack.push(child);
            }
        }
    }
    module.comments.sort((a, b) => a.place.start.line - b.place.start.line || a.place.start.column - b.place.start.column);
}
/** The functions of a name (any arity, any kind). */
export function functionsNamed(functions, name) {
    return functions.filter((fn) => fn.name === name);
}
/** The public function `name/arity` (a function with defaults counts for each arity it accepts). */
export function publicFunction(functions, name, arity) {
    return functions.find((fn) => fn.name === name && fn.kind !== 'defp' && fn.kind !== 'defmacrop' && fn.minArity <= arity && arity <= fn.arity);
}
/** The value of a parameter node, read as a DSL value (`"save"`, `:save`, `%{...}`). */
export function paramValue(module, node) {
    return readValue(module.block, node);
}
export function readModuleSubsection(subsection) {
    const modules = subsectionModules(subsection);
    const name = subsection.name;
    const named = name === undefined ? undefined : modules.find((module) => module.name === name);
    const blocks = elixirBlocks(subsection);
    const loose = [];
    let looseIncomplete = false;
    for (const block of blocks) {
        if (block.code?.language !== 'elixir')
            continue;
        const read = readFunctions(block, block.code.root);
        loose.push(...read.functions);
        if (read.elided || read.dynamic)
            looseIncomplete = true;
    }
    return {
        subsection,
        name,
        headingPlace: subsection.heading.position,
        modules,
        module: named ?? modules.find((module) => module.parent === undefined),
        headingAgrees: name === undefined ? undefined : named !== undefined,
        blocks,
        loose,
        looseIncomplete
    };
}
/**
 * The heading and the code disagree: the subsection's blocks define no
 * module, or none of the name the heading gives. Nothing is said when the
 * heading has no name (`subsection-heading` reports it) or when a block
 * could not be parsed whole (the syntax rules report it).
 */
export function moduleHeadingIssues(entry) {
    const { name, subsection } = entry;
    if (name === undefined || entry.headingAgrees !== false || entry.blocks.length === 0)
        return [];
    const heading = `\`${subsection.heading.text}\``;
    const related = [{ place: subsection.heading.position, message: `heading ${heading}` }];
    const module = entry.module;
    if (!module) {
        if (entry.blocks.some((block) => block.code?.language === 'elixir' && block.code.errors.length > 0))
            return [];
        return [{ reason: `No \`defmodule ${name}\` in the Elixir block of ${heading}`, place: entry.blocks[0].position, related }];
    }
    return [{ reason: `Module \`${module.name}\` does not match the heading ${heading}`, place: module.place, related }];
}
