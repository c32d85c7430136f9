import { isElisionComment, isElisionStatement } from '../code/excerpts.js';
/**
 * The Markdown place of a tree-sitter node, from its offsets: tree-sitter's
 * rows do not count a lone CR as a line break, the block map does.
 */
export function placeOfNode(block, node) {
    return block.map.placeAt(node.startIndex, node.endIndex);
}
/** Named children, without punctuation and comments. */
function valueChildren(node) {
    const children = [];
    for (const child of node.namedChildren) {
        if (child && child.type !== 'comment')
            children.push(child);
    }
    return children;
}
function quotedContent(node) {
    let text = '';
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (child.type === 'quoted_content' || child.type === 'escape_sequence')
            text += child.text;
    }
    return text;
}
function readPair(block, node) {
    const keyNode = node.childForFieldName('key');
    const valueNode = node.childForFieldName('value');
    if (!keyNode || !valueNode)
        return undefined;
    let key;
    let keyPlace;
    if (keyNode.type === 'quoted_keyword') {
        key = quotedContent(keyNode);
        const end = keyNode.text.lastIndexOf(':');
        keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + Math.max(end, 0));
    }
    else {
        // The key node's text is `name: ` (the colon and the space included).
        key = keyNode.text.replace(/:\s*$/, '');
        keyPlace = block.map.placeAt(keyNode.startIndex, keyNode.startIndex + key.length);
    }
    return { key, keyPlace, value: readValue(block, valueNode), place: placeOfNode(block, node) };
}
function readPairs(block, node) {
    const pairs = [];
    for (const child of valueChildren(node)) {
        if (child.type !== 'pair')
            continue;
        const pair = readPair(block, child);
        if (pair)
            pairs.push(pair);
    }
    return pairs;
}
function parseNumber(text) {
    const clean = text.replaceAll('_', '');
    if (/^0[xob]/i.test(clean))
        return Number(clean);
    return Number.parseFloat(clean);
}
/** Convert one expression node to the value model. */
export function readValue(block, node) {
    const base = { place: placeOfNode(block, node), text: node.text };
    switch (node.type) {
        case 'atom':
            return { ...base, kind: 'atom', value: node.text.slice(1) };
        case 'quoted_atom':
            return { ...base, kind: 'atom', value: quotedContent(node) };
        case 'string':
            return {
                ...base,
                kind: 'string',
                value: quotedContent(node),
                interpolated: node.namedChildren.some((child) => child?.type === 'interpolation')
            };
        case 'integer':
        case 'float':
            return { ...base, kind: 'number', value: parseNumber(node.text) };
        case 'boolean':
            return { ...base, kind: 'boolean', value: node.text === 'true' };
        case 'nil':
            return { ...base, kind: 'nil' };
        case 'alias':
            return { ...base, kind: 'alias', name: node.text.replace(/\s+/g, '') };
        case 'list': {
            const items = [];
            let pairs = [];
            for (const child of valueChildren(node)) {
                if (child.type === 'keywords')
                    pairs = readPairs(block, child);
                else
                    items.push(readValue(block, child));
            }
            return { ...base, kind: 'list', items, pairs };
        }
        case 'tuple':
            return { ...base, kind: 'tuple', items: valueChildren(node).map((child) => readValue(block, child)) };
        case 'keywords':
            return { ...base, kind: 'keyword', pairs: readPairs(block, node) };
        case 'call':
            return { ...base, kind: 'call', call: readCall(block, node) };
        case 'unary_operator': {
            // `-1`, `-2.5`: a negative number literal.
            const operator = node.childForFieldName('operator');
            const operand = node.childForFieldName('operand');
            if (operator?.type === '-' && operand && (operand.type === 'integer' || operand.type === 'float')) {
                return { ...base, kind: 'number', value: -parseNumber(operand.text) };
            }
            return { ...base, kind: 'unknown', nodeType: node.type };
        }
        default:
            return { ...base, kind: 'unknown', nodeType: node.type };
    }
}
/** The name of a call's target: `attribute`, or `Mod.fun` for a remote call. */
function targetName(target) {
    if (!target)
        return '';
    if (target.type === 'identifier')
        return target.text;
    if (target.type === 'dot') {
        const left = target.childForFieldName('left');
        const right = target.childForFieldName('right');
        return (left?.text ?? '') + '.' + (right?.text ?? '');
    }
    return target.text;
}
/** The first line of a node's text, trimmed. */
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    // ` do` at the end goes (plain code: `/\s+do$/` is quadratic on a long run of spaces).
    const body = line.endsWith('do') ? line.slice(0, -2) : undefined;
    return (body !== undefined && body !== body.trimEnd() ? body : line).trim();
}
/** Read a `call` node (or a bare identifier statement, a call without arguments). */
export function readCall(block, node) {
    if (node.type === 'identifier') {
        const place = placeOfNode(block, node);
        return { name: node.text, namePlace: place, place, args: [], options: [], head: node.text, node, block };
    }
    const target = node.childForFieldName('target');
    const call = {
        name: targetName(target),
        namePlace: target ? placeOfNode(block, target) : placeOfNode(block, node),
        place: placeOfNode(block, node),
        args: [],
        options: [],
        head: firstLine(node.text),
        node,
        block
    };
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (child.type === 'arguments') {
            for (const argument of valueChildren(child)) {
                if (argument.type === 'keywords')
                    call.options = readPairs(block, argument);
                else
                    call.args.push(readValue(block, argument));
            }
        }
        else if (child.type === 'do_block') {
            const body = readBody(block, child);
            call.body = body.calls;
            call.bodyHasOther = body.other;
            if (body.elision)
                call.elision = body.elision;
        }
    }
    return call;
}
/**
 * The calls of a `do_block` (or of the source root), in order, and the first
 * elision among its own statements (bare `...` statements are also calls, named `...`).
 */
export function readBody(block, node) {
    const calls = [];
    let other = false;
    let elision;
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (!elision && isElision(block, child))
            elision = placeOfNode(block, child);
        if (child.type === 'comment')
            continue;
        if (child.type === 'call' || child.type === 'identifier')
            calls.push(readCall(block, child));
        // `@moduledoc`, `@attr value`: module attributes say nothing about the DSL.
        else if (child.type === 'unary_operator' && child.childForFieldName('operator')?.type === '@')
            continue;
        else
            other = true;
    }
    return { calls, other, elision };
}
/** A statement of a body that is an elision: a bare `...`, or a comment on its own line that says code is left out. */
export function isElision(block, node) {
    if (node.type === 'comment')
        return ownLine(node) && isElisionComment(node.text);
    // A lone `…` is parsed as `_` (src/code/elixir.ts): the block's text tells them apart.
    return node.type === 'identifier' && isElisionStatement(block.value.slice(node.startIndex, node.endIndex));
}
/**
 * A comment on its own line, or right after the `do` that opens its block
 * (`attributes do # ...`); not one after a statement on the same line.
 */
function ownLine(comment) {
    const before = comment.previousSibling;
    if (!before || before.endPosition.row < comment.startPosition.row)
        return true;
    return before.type === 'do';
}
/** The pairs of a keyword list: a bare `keywords`, or a list made only of pairs (`[]` included). */
export function keywordPairs(value) {
    if (!value)
        return undefined;
    if (value.kind === 'keyword')
        return value.pairs;
    if (value.kind === 'list' && value.items.length === 0)
        return value.pairs;
    return undefined;
}
/** The atoms of `:a` or `[:a, :b]`; undefined when the value holds anything else. */
export function atomList(value) {
    if (!value)
        return undefined;
    if (value.kind === 'atom')
        return [value];
    if (value.kind === 'list' && value.pairs.length === 0 && value.items.every((item) => item.kind === 'atom')) {
        return value.items;
    }
    return undefined;
}
/** The modules of `Mod` or `[ModA, ModB]`; undefined when the value holds anything else. */
export function aliasList(value) {
    if (!value)
        return undefined;
    if (value.kind === 'alias')
        return [value];
    if (value.kind === 'list' && value.pairs.length === 0 && value.items.every((item) => item.kind === 'alias')) {
        return value.items;
    }
    return undefined;
}
/**
 * The options of an entity call: its keyword arguments, then the calls of
 * its do block that have the shape of an option (one argument, or keywords
 * only: `constraints one_of: [...]`). `nested` names block calls that are
 * nested entities (`argument`, `filter`, …), not options.
 */
export function entityOptions(call, nested = new Set()) {
    const options = [];
    // `do: allow_nil?(false)` is the one-line form of a do block: its call is a block option.
    const inlineBody = [];
    for (const pair of call.options) {
        if (pair.key === 'do') {
            if (pair.value.kind === 'call')
                inlineBody.push(pair.value.call);
            continue;
        }
        options.push({ key: pair.key, keyPlace: pair.keyPlace, value: pair.value, place: pair.place, form: 'keyword' });
    }
    for (const inner of [...(call.body ?? []), ...inlineBody]) {
        if (nested.has(inner.name))
            continue;
        let value;
        if (inner.args.length === 1 && inner.options.length === 0)
            value = inner.args[0];
        else if (inner.args.length === 0 && inner.options.length > 0) {
            const last = inner.options[inner.options.length - 1];
            value = {
                kind: 'keyword',
                pairs: inner.options,
                place: { start: inner.options[0].place.start, end: last.place.end },
                text: inner.head.slice(inner.name.length).trim()
            };
        }
        else {
            value = { kind: 'unknown', nodeType: 'call', place: inner.place, text: inner.head };
        }
        options.push({ key: inner.name, keyPlace: inner.namePlace, value, place: inner.place, form: 'block', call: inner });
    }
    return options;
}
/** The last option of that key (Spark keeps the last one). */
export function findOption(options, key) {
    for (let index = options.length - 1; index >= 0; index--) {
        if (options[index].key === key)
            return options[index];
    }
    return undefined;
}
/** The boolean value of an option, when it is a literal. */
export function booleanOption(options, key) {
    const value = findOption(options, key)?.value;
    return value?.kind === 'boolean' ? value.value : undefined;
}
/** The source text of a value, on one line, shortened for messages. */
export function shortText(text, max = 60) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
