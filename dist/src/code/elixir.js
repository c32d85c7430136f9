/**
 * Elixir: tree-sitter-elixir through web-tree-sitter (WASM: no native build
 * in users' installs).
 *
 * Which WASM: `@cursorless/tree-sitter-wasms` (0.7.0: tree-sitter-elixir
 * pinned at commit 02a6f7f, ABI 14, WASM files only, no install script).
 * Checked with web-tree-sitter 0.25.10 against the two other sources, by
 * S-expression: on the 47 fixtures/elixir files and test snippets, valid and
 * broken, all three give the same trees; on 446 variants of the valid
 * fixtures with one `)`, `]`, `}`, `"` or `end` deleted, the package's own
 * `tree-sitter-elixir.wasm` (tree-sitter-elixir 0.3.5, which also builds a
 * native addon at install: 23 MB) still agrees on every one, while
 * `tree-sitter-wasms` 0.1.13 (built from the older tree-sitter-elixir 0.1.x,
 * one node type more) recovers differently on 20. So this is the upstream
 * grammar without the native build.
 *
 * Syntax errors: every ERROR and MISSING node, merged where they overlap, each
 * named by what is missing or by the token out of place, at the opener for
 * what is never closed. tree-sitter puts a missing `end` at the end of the
 * block and reads a stray `end` as a plain identifier: both are traced back
 * by indentation to the `do` never closed or the `end` too many, checked by
 * parsing again with the fix where recovery failed. What the parser reports
 * while resynchronising after a problem is dropped.
 */
import { createRequire } from 'node:module';
import { lastAtOrBefore } from '../document/positions.js';
import { parentOf, siblingOf } from './tree-links.js';
import { keepWasmOnBaselineTierWhereTierUpBlowsUp } from './wasm-tier.js';
const require = createRequire(import.meta.url);
/**
 * The most parser operations (tokens read, parse actions, error recovery
 * steps) one block may take. Counting operations instead of time keeps the
 * result the same on every machine. Measured here: a 42 KB Ash resource
 * takes about 32,000; a module of 5,000 one-line functions (110 KB) 340,000
 * in 0.28 s; 10,000 nested `do` blocks 190,000; about a million a second
 * for prose, the slowest input found.
 */
export const maxParseOperations = 1_000_000;
/**
 * The most operations all the parses that check a guessed `end` fix may take
 * together, for one block: a small block tries every hypothesis, a large one
 * only as many as fit.
 */
const maxRecheckOperations = 1_000_000;
/**
 * The deepest nesting of `do … end` / `fn … end` blocks a block may have.
 * Real code stays under 20. Deeper trees break what walks them: web-tree-sitter's
 * `Node.toString()` overflows the WASM stack from about 150 nested `do`
 * blocks (and leaves the WASM instance unusable for the rest of the process),
 * and a recursive JavaScript walk overflows the call stack at about 4,000.
 */
export const maxNesting = 100;
/** How many single `end` fixes are tried (one parse each) when the counts mislead. */
const maxEndHypotheses = 6;
/** tree-sitter calls the progress callback once every 100 operations. */
const operationsPerProgressCall = 100;
let loading;
/** Load web-tree-sitter and the Elixir grammar once per process (again after `discard`). */
export function load() {
    loading ??= (async function () {
        keepWasmOnBaselineTierWhereTierUpBlowsUp();
        const { Language, Parser, Query } = require('web-tree-sitter');
        await Parser.init();
        const language = await Language.load(require.resolve('@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm'));
        const parser = new Parser();
        parser.setLanguage(language);
        let blocks;
        return {
            parser,
            get blocks() {
                return (blocks ??= new Query(language, '[(do_block) (anonymous_function)] @block'));
            }
        };
    })();
    return loading;
}
/**
 * Drop the WASM instance after it trapped: its memory can no longer be
 * trusted (a trap can follow a write out of bounds), and web-tree-sitter
 * keeps one instance per loaded module with no way to reset it. The next
 * `load` evaluates the module anew, with a new instance.
 */
function discard() {
    loading = undefined;
    delete require.cache[require.resolve('web-tree-sitter')];
}
/** Parse within `limit` operations; the tree is undefined when the limit stops it. */
function parseBounded(parser, text, limit = maxParseOperations) {
    let progressCalls = 0;
    const tree = parser.parse(text, null, {
        // Returning true cancels the parse (the typings say void; the runtime
        // reads the result).
        progressCallback: (() => ++progressCalls * operationsPerProgressCall > limit)
    });
    const operations = progressCalls * operationsPerProgressCall;
    if (tree)
        return { tree, operations };
    // A cancelled parse resumes on the next call unless the parser is reset.
    parser.reset();
    return { tree: undefined, operations };
}
/**
 * The text tree-sitter reads: a line holding only `…` (an elision, see
 * `excerpts.ts`), which Elixir's grammar rejects, is read as the identifier
 * `_` of the same length; the reader recognises it by the block's own text.
 */
export function parsedSource(text) {
    return text.includes('…') ? text.replace(/^([ \t]*)…(?=[ \t]*$)/gm, '$1_') : text;
}
export function parse(elixir, block) {
    try {
        return parseChecked(elixir, block);
    }
    catch (error) {
        if (error instanceof WebAssembly.RuntimeError)
            discard();
        throw error;
    }
}
function parseChecked(elixir, block) {
    const { parser } = elixir;
    const { tree } = parseBounded(parser, parsedSource(block.value));
    if (!tree)
        return tooComplex(parser, block, `${maxParseOperations.toLocaleString('en-US')} parser operations`);
    if (nesting(elixir, tree.rootNode, block.value) > maxNesting) {
        tree.delete();
        return tooComplex(parser, block, `${maxNesting} nested do/fn blocks`);
    }
    return { language: 'elixir', tree, root: tree.rootNode, errors: syntaxIssues(elixir, tree.rootNode, block) };
}
/** An empty tree and the one message over the whole block. */
function tooComplex(parser, block, limit) {
    const empty = parser.parse('');
    if (!empty)
        throw new Error('tree-sitter returned no tree');
    const lastLine = Math.max(0, block.map.lines.length - 1);
    return {
        language: 'elixir',
        tree: empty,
        root: empty.rootNode,
        incomplete: true,
        errors: [
            {
                reason: `Elixir block too complex to parse (limit ${limit})`,
                place: block.map.place(0, 0, lastLine, block.map.lines[lastLine]?.length ?? 0)
            }
        ]
    };
}
/**
 * How deeply `do … end` and `fn … end` blocks nest. When the text holds no
 * more `do`s and `fn`s than the limit, their count stands in (it bounds the
 * depth), which spares the query.
 */
function nesting(elixir, root, text) {
    const words = text.match(/\b(?:do|fn)\b/g)?.length ?? 0;
    if (words <= maxNesting)
        return words;
    const open = [];
    let deepest = 0;
    for (const { node } of elixir.blocks.captures(root)) {
        while (open.length > 0 && open.at(-1) <= node.startIndex)
            open.pop();
        open.push(node.endIndex);
        deepest = Math.max(deepest, open.length);
    }
    return deepest;
}
/** Which of two overlapping problems names it best. */
const strength = {
    'missing-end': 5,
    'missing-closer': 5,
    'stray-end': 4,
    'keyword-order': 4,
    unexpected: 3,
    missing: 2
};
/** Words Elixir reserves that tree-sitter-elixir reads as identifiers when they are out of place. */
const reservedWords = new Set(['end', 'do', 'after', 'else', 'catch', 'rescue']);
/** Bracket pairs, opener to closer. */
const brackets = { '(': ')', '[': ']', '{': '}', '<<': '>>', '#{': '}' };
/** Quote tokens of strings, charlists and sigils; the tripled ones open heredocs. */
const quotes = new Set(['"', "'", '"""', "'''"]);
/** Sigil delimiters that close with another character. */
const sigilPairs = { '(': ')', '[': ']', '{': '}', '<': '>' };
export function syntaxIssues(elixir, root, block) {
    const recheck = { operations: maxRecheckOperations };
    let raw = [];
    if (root.hasError)
        collectErrors(root, block, raw);
    // Reserved words other than `end` out of place: tree-sitter-elixir reads them as identifiers.
    for (const child of root.isError ? [] : root.namedChildren) {
        if (child?.type === 'identifier' && child.text !== 'end' && reservedWords.has(child.text)) {
            raw.push(issue('unexpected', child, `unexpected ${quote(child.text)}`));
        }
    }
    const tokens = unmatchedTokens(root, block, raw);
    if (raw.length === 0 && tokens.ends.length === 0)
        return [];
    // An unclosed bracket, string or sigil swallows what follows it (the `end`s
    // included), so what tree-sitter finds after its opener is a consequence.
    // A closer tree-sitter found MISSING is certain; one guessed from an ERROR
    // gives way to `end`s traced by indentation when adding or removing those
    // `end`s makes the block parse.
    const closers = raw.filter((entry) => entry.kind === 'missing-closer').sort((a, b) => a.placeStart - b.placeStart);
    const certain = closers.find((entry) => !entry.guessed);
    const ends = certain ? undefined : balanceEnds(elixir, root, block, raw, tokens, recheck);
    const unclosed = certain ?? (ends?.confirmed ? undefined : closers[0]);
    if (unclosed) {
        raw = raw.filter((entry) => entry === unclosed || (entry.end <= unclosed.placeStart && entry.kind !== 'missing-end' && !tokens.errors.has(entry)));
    }
    else if (ends) {
        raw = ends.issues;
    }
    return independent(merge(raw).sort((a, b) => a.placeStart - b.placeStart), block).map((entry) => ({
        reason: entry.reason,
        place: block.map.placeAt(entry.placeStart, entry.placeEnd),
        ...(entry.related ? { related: [{ place: block.map.placeAt(entry.related.start, entry.related.end), message: entry.related.label }] } : {})
    }));
}
/**
 * Drop what the parser reports while resynchronising after a problem. A
 * later problem is kept when the problem before it sits in a `do … end`
 * block that still closes where formatted code closes it, before the later
 * one starts: the damage stayed inside. The `end`s traced by indentation are
 * kept: they were found for the whole block.
 */
function independent(sorted, block) {
    const lines = new BlockLines(block);
    const kept = [];
    let barrier = -1;
    for (const entry of sorted) {
        const traced = entry.kind === 'missing-end' || entry.kind === 'stray-end';
        if (!traced && entry.start < barrier)
            continue;
        kept.push(entry);
        if (!traced)
            barrier = Math.max(barrier, containedUntil(entry.node, lines));
    }
    return kept;
}
/** The end of the innermost `do … end` block around a node that closes at its head's indentation; Infinity if none. */
function containedUntil(node, lines) {
    for (let ancestor = parentOf(node); ancestor; ancestor = parentOf(ancestor)) {
        if (ancestor.type !== 'do_block')
            continue;
        const end = ancestor.lastChild;
        if (!end || end.type !== 'end' || end.isMissing)
            return Infinity;
        const call = parentOf(ancestor);
        const head = call?.type === 'call' ? call : ancestor;
        const endLine = lines.lineAt(end.startIndex);
        return end.startIndex - lines.offsets[endLine] === lines.indent(lines.lineAt(head.startIndex)) ? ancestor.endIndex : Infinity;
    }
    return Infinity;
}
/** Walk only into subtrees with an error, collecting ERROR and MISSING nodes. */
function collectErrors(root, block, raw) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isMissing)
            raw.push(missingIssue(node, block));
        else if (node.isError)
            raw.push(errorIssue(node, block));
        else if (node.childCount === 0 && node !== root) {
            // An empty node with an error holds a hidden MISSING token (`x = 1 +`).
            raw.push(missingIssue(node, block));
        }
        else {
            const before = stack.length;
            for (let index = node.childCount - 1; index >= 0; index--) {
                const child = node.child(index);
                if (child && (child.hasError || child.isMissing))
                    stack.push(child);
            }
            // The error is a hidden MISSING token between the children.
            if (stack.length === before)
                raw.push(hiddenMissingIssue(node));
        }
    }
}
/**
 * A node whose MISSING token is hidden from the node API (tree-sitter-elixir's
 * `_terminator`): two expressions on one line with nothing between them
 * (`attribute :name :string`) need a separator.
 */
function hiddenMissingIssue(node) {
    const children = node.namedChildren.filter((child) => Boolean(child) && child.type !== 'comment');
    for (let index = 1; index < children.length; index++) {
        const previous = children[index - 1];
        const next = children[index];
        if (previous.endPosition.row === next.startPosition.row) {
            const token = firstToken(next);
            return issue('missing', node, `unexpected ${quote(tokenText(token))}: expected "," or a new line before it`, token);
        }
    }
    const last = lastToken(node);
    return issue('missing', node, `missing expression after ${quote(tokenText(last))}`, last);
}
function issue(kind, node, reason, place = node) {
    // A keyword token (`max_length: `) ends with a space that is not worth pointing at.
    const trailing = 'text' in place && typeof place.text === 'string' ? place.text.length - place.text.trimEnd().length : 0;
    return { kind, node, start: node.startIndex, end: node.endIndex, reason, placeStart: place.startIndex, placeEnd: place.endIndex - trailing };
}
/**
 * `"attributes do" is never closed: missing "end"`, at the opener; the other
 * place is where its `end` was expected: before the `end` that an enclosing
 * block lost to it, or where the parser ran out of code.
 */
function unclosedIssue(opener, block, closing) {
    const name = opener.type === 'fn' ? 'fn' : headName(opener, block);
    const unclosed = issue('missing-end', opener, `${quote(name)} is never closed: missing "end"`);
    return { ...unclosed, related: expectedAt(closing, block, '"end"') };
}
/** Where a missing closer was expected: at the token it should come before, or at the end of the block. */
function expectedAt(closing, block, closer) {
    if (closing && !closing.isMissing && closing.endIndex > closing.startIndex) {
        return { start: closing.startIndex, end: closing.endIndex, label: `${closer} expected before this` };
    }
    const at = closing ? closing.startIndex : block.value.trimEnd().length;
    return { start: at, end: at, label: `${closer} expected by here` };
}
function strayEndIssue(end) {
    return issue('stray-end', end, 'unexpected "end": one "end" too many');
}
/** `"[" is never closed: missing "]"`, at the opener; the other place is where the closer was expected. */
function unclosedDelimiterIssue(node, block, opener, openerText, closer) {
    const unclosed = issue('missing-closer', node, `${quote(openerText)} is never closed: missing ${quote(closer)}`, opener);
    return { ...unclosed, related: expectedAt(node.isMissing ? node : undefined, block, quote(closer)) };
}
function missingIssue(node, block) {
    const parent = parentOf(node);
    if (node.type === 'end' && (parent?.type === 'do_block' || parent?.type === 'anonymous_function')) {
        // At the block's own opener for now; `balanceEnds` looks for the one never closed.
        return { ...unclosedIssue(parent.firstChild ?? parent, block, node), node, start: node.startIndex, end: node.endIndex };
    }
    const opener = parent ? openerOf(parent, node) : undefined;
    if (opener)
        return unclosedDelimiterIssue(node, block, opener, opener.text, node.type);
    if (node.isNamed || node.type.startsWith('_')) {
        // An expression or a separator the grammar needed: name the tokens around it.
        const before = previousToken(node);
        const after = nextToken(node);
        if (node.type.startsWith('_terminator') && after) {
            return issue('missing', node, `unexpected ${quote(tokenText(after))}: expected "," or a new line before it`, after);
        }
        if (before?.type === 'keyword')
            return issue('keyword-order', node, `missing value after keyword ${quote(tokenText(before))}`, before);
        return issue('missing', node, before ? `missing expression after ${quote(tokenText(before))}` : 'missing expression', before ?? node);
    }
    return issue('missing', node, `missing ${quote(node.type)}`);
}
/** The opening of the construct a missing closer belongs to (`[`, `(`, `"`, `#{`, `~r/`). */
function openerOf(parent, missing) {
    if (parent.type === 'sigil') {
        // `~` sigil_name delimiter: name the whole opening, `~r/` or `~H"""`.
        const delimiter = parent.child(2);
        if (!delimiter || delimiter.startIndex >= missing.startIndex)
            return undefined;
        return { startIndex: parent.startIndex, endIndex: delimiter.endIndex, text: parent.text.slice(0, delimiter.endIndex - parent.startIndex) };
    }
    for (let index = 0; index < parent.childCount; index++) {
        const child = parent.child(index);
        if (!child || child.startIndex >= missing.startIndex)
            break;
        if (!child.isNamed && (brackets[child.type] === missing.type || (quotes.has(child.type) && child.type === missing.type))) {
            return { startIndex: child.startIndex, endIndex: child.endIndex, text: child.text };
        }
    }
    return undefined;
}
function errorIssue(node, block) {
    const unclosed = unclosedInError(node, block) ?? unclosedBefore(node, block);
    if (unclosed)
        return unclosed;
    const keywordOrder = keywordOrderIssue(node, block);
    if (keywordOrder)
        return keywordOrder;
    const token = unexpectedToken(node);
    return issue('unexpected', node, `unexpected ${quote(tokenText(token))}`, token);
}
/**
 * An ERROR that holds an opener without its closer: a bracket, or a string or
 * sigil that runs to the ERROR's end, or that closes on a later line and is
 * followed by more ERROR (its closing quote is the next string's opening
 * one). tree-sitter leaves these as bare tokens when recovery fails.
 */
function unclosedInError(node, block) {
    const children = node.children.filter((child) => Boolean(child));
    const open = [];
    for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child.isNamed)
            continue;
        let opener;
        let closer;
        let contentIndex;
        if (child.type === '~' && children[index + 1]?.type === 'sigil_name' && children[index + 2] && !children[index + 2].isNamed) {
            const delimiter = children[index + 2];
            opener = { startIndex: child.startIndex, endIndex: delimiter.endIndex, text: block.value.slice(child.startIndex, delimiter.endIndex) };
            closer = sigilPairs[delimiter.type] ?? delimiter.type;
            contentIndex = index + 3;
        }
        else if (quotes.has(child.type)) {
            opener = { startIndex: child.startIndex, endIndex: child.endIndex, text: child.text };
            closer = child.type;
            contentIndex = index + 1;
        }
        else {
            if (brackets[child.type])
                open.push({ token: child, closer: brackets[child.type] });
            else if (open.at(-1)?.closer === child.type)
                open.pop();
            continue;
        }
        let close = contentIndex;
        while (close < children.length && children[close].isNamed)
            close++;
        const closing = children[close]?.type === closer ? children[close] : undefined;
        const heredoc = closer.length === 3;
        const runsOn = closing !== undefined && !heredoc && close < children.length - 1 && lineOf(block, closing) > block.map.pointAt(opener.startIndex).line;
        if (!closing || runsOn)
            return { ...unclosedDelimiterIssue(node, block, opener, opener.text, closer), guessed: true };
        index = close;
    }
    const bracket = open[0];
    return bracket ? { ...unclosedDelimiterIssue(node, block, bracket.token, bracket.token.text, bracket.closer), guessed: true } : undefined;
}
/**
 * An ERROR that starts right where a string or sigil spanning several lines
 * closes, on that line: the string was left open on its first line and took
 * the next string's opening quote as its end.
 */
function unclosedBefore(node, block) {
    const before = previousToken(node);
    const quoted = before ? parentOf(before) : null;
    if (!before || !quoted || (quoted.type !== 'string' && quoted.type !== 'charlist' && quoted.type !== 'sigil'))
        return undefined;
    if (quoted.endIndex !== before.endIndex || lineOf(block, before) !== lineOf(block, node))
        return undefined;
    const first = quoted.child(0);
    const delimiter = quoted.type === 'sigil' ? quoted.child(2) : first;
    if (!first || !delimiter || delimiter.type.length === 3 || lineOf(block, first) === lineOf(block, before))
        return undefined;
    const opener = { startIndex: quoted.startIndex, endIndex: delimiter.endIndex, text: block.value.slice(quoted.startIndex, delimiter.endIndex) };
    return { ...unclosedDelimiterIssue(node, block, opener, opener.text, before.type), guessed: true };
}
/**
 * The token an ERROR is about: a closer without its opener (`]` after a
 * complete list), else the first token that is not part of a complete
 * expression, else the ERROR's first token.
 */
function unexpectedToken(node) {
    const open = [];
    let firstLoose;
    for (let index = 0; index < node.childCount; index++) {
        const child = node.child(index);
        if (!child)
            continue;
        if (!child.isNamed || child.isError)
            firstLoose ??= child;
        if (child.isNamed)
            continue;
        if (brackets[child.type])
            open.push(brackets[child.type]);
        else if (Object.values(brackets).includes(child.type)) {
            if (open.at(-1) === child.type)
                open.pop();
            else
                return child;
        }
    }
    return firstToken(firstLoose ?? node);
}
/**
 * Keywords (`allow_nil?: false`) must be the last arguments of a call or the
 * last items of a list or map; tree-sitter makes an ERROR of the keywords, or
 * of what follows them.
 */
function keywordOrderIssue(node, block) {
    const first = node.namedChild(0);
    let pair;
    if (first?.type === 'keywords' || first?.type === 'pair') {
        pair = first.type === 'pair' ? first : lastNamedChild(first);
    }
    else if (first?.type === 'keyword' && node.namedChildCount === 1) {
        // `[a: 1, b: ]`: a keyword with nothing after it.
        return issue('keyword-order', node, `missing value after keyword ${quote(tokenText(first))}`, first);
    }
    else {
        // The keywords end right before the ERROR (`belongs_to :task, allow_nil?: false, Task`),
        // or before the comma that precedes it (`[a: 1, :b]`).
        let ancestor = previousToken(node);
        if (ancestor?.type === ',')
            ancestor = previousToken(ancestor);
        const end = ancestor?.endIndex;
        while (ancestor && ancestor.endIndex === end && ancestor.type !== 'pair')
            ancestor = parentOf(ancestor);
        if (ancestor?.type === 'pair' && ancestor.endIndex === end)
            pair = ancestor;
    }
    if (!pair || pair.type !== 'pair')
        return undefined;
    // The token after the pair and its comma is the one out of place.
    const text = block.value;
    let offset = pair.endIndex;
    while (offset < text.length && /[\s,]/.test(text[offset]))
        offset++;
    const after = offset < text.length ? rootOf(node).descendantForIndex(offset) : null;
    if (!after)
        return undefined;
    const key = pair.childForFieldName('key') ?? pair.firstChild;
    return issue('keyword-order', node, `unexpected ${quote(tokenText(after))} after keyword ${quote(key ? tokenText(key) : '')}: keywords must come last`, after);
}
/** Merge problems whose ranges overlap (a zero-width MISSING touching an ERROR included); keep the best-named one. */
function merge(raw) {
    const sorted = [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
    const groups = [];
    for (const entry of sorted) {
        const last = groups.at(-1);
        if (last && entry.start <= last.end) {
            last.end = Math.max(last.end, entry.end);
            if (strength[entry.kind] > strength[last.best.kind])
                last.best = entry;
        }
        else {
            groups.push({ end: entry.end, best: entry });
        }
    }
    return groups.map((group) => group.best);
}
/**
 * The `do`s, `fn`s and `end`s that belong to no block, and the problems they
 * explain. An extra `end` closes the enclosing block early, so the last `end`
 * of the block is left over, at the top level, as an identifier; where
 * recovery failed, the unmatched `do`s and `end`s are bare tokens or
 * identifiers at any depth (in an ERROR, or read as a call's argument). An
 * `end` read as an operator's operand (`|>` at the end of a body) is the
 * block's own `end`: the operand is what is missing.
 */
function unmatchedTokens(root, block, raw) {
    const found = { opens: [], ends: [], operands: 0, errors: new Set() };
    if (!root.hasError) {
        for (const child of root.namedChildren) {
            if (child?.type === 'identifier' && child.text === 'end')
                found.ends.push(child);
        }
        return found;
    }
    const word = /\b(?:do|fn|end)\b/g;
    let match;
    while ((match = word.exec(block.value))) {
        const token = root.descendantForIndex(match.index, match.index + match[0].length);
        if (!token || token.startIndex !== match.index || token.endIndex !== match.index + match[0].length)
            continue;
        const parent = parentOf(token);
        if (token.type === 'identifier' && token.text === 'end' && parent?.type === 'binary_operator' && parent.childForFieldName('right')?.equals(token)) {
            const operator = parent.childForFieldName('operator');
            if (operator)
                raw.push(issue('missing', operator, `missing expression after ${quote(operator.text)}`));
            found.operands++;
        }
        else if (token.type === 'identifier' ? token.text === 'end' && parent?.type !== 'dot' : token.type === 'end' && parent?.type === 'ERROR') {
            found.ends.push(token);
        }
        else if ((token.type === 'do' && parent?.type !== 'do_block') || (token.type === 'fn' && parent?.type !== 'anonymous_function')) {
            found.opens.push(token);
        }
    }
    // An ERROR, or the construct a MISSING token was needed for, that holds one of them.
    const tokens = [...found.opens, ...found.ends];
    for (const entry of raw) {
        if (entry.kind === 'missing-end')
            continue;
        const scope = entry.node.isMissing ? parentOf(entry.node) : entry.node;
        if (scope && tokens.some((token) => token.startIndex >= scope.startIndex && token.endIndex <= scope.endIndex))
            found.errors.add(entry);
    }
    return found;
}
function balanceEnds(elixir, root, block, raw, tokens, recheck) {
    // Each `end` read as an operand leaves one block without its `end`: that
    // MISSING `end` is explained already.
    const explained = new Set(tokens.operands > 0 ? raw.filter((entry) => entry.kind === 'missing-end').slice(-tokens.operands) : []);
    const missing = raw.filter((entry) => entry.kind === 'missing-end' && !explained.has(entry));
    if (missing.length + tokens.opens.length + tokens.ends.length === 0) {
        return explained.size > 0 ? { issues: raw.filter((entry) => !explained.has(entry)), confirmed: false } : undefined;
    }
    const shifted = shiftedBlocks(elixir, root, block);
    const opened = missing.length + tokens.opens.length;
    const closed = tokens.ends.length;
    const culprits = [];
    let rest;
    if (opened === closed) {
        // Balanced overall: each MISSING and stray `end` on its own.
        missing.forEach(function (entry, index) {
            culprits.push(shifted.unclosed[index] ?? { kind: 'unclosed', opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node });
        });
        tokens.ends.forEach(function (end, index) {
            culprits.push(shifted.overclosed[index] ?? { kind: 'stray', end });
        });
        rest = raw.filter((entry) => !explained.has(entry) && entry.kind !== 'missing-end');
    }
    else {
        rest = raw.filter((entry) => !explained.has(entry) && entry.kind !== 'missing-end' && !tokens.errors.has(entry));
        if (opened > closed) {
            const fallback = [
                ...missing.map((entry) => ({ kind: 'unclosed', opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node })),
                ...[...tokens.opens].reverse().map((opener) => ({ kind: 'unclosed', opener, end: undefined }))
            ];
            culprits.push(...distinct([...shifted.unclosed, ...fallback], (culprit) => culprit.kind === 'unclosed' ? culprit.opener : culprit.end).slice(0, opened - closed));
        }
        else {
            const fallback = tokens.ends.map((end) => ({ kind: 'stray', end }));
            culprits.push(...distinct([...shifted.overclosed, ...fallback], (culprit) => culprit.end).slice(0, closed - opened));
        }
    }
    const issueOf = (culprit) => (culprit.kind === 'unclosed' ? unclosedIssue(culprit.opener, block, culprit.end) : strayEndIssue(culprit.end));
    if (fixes(elixir, block, culprits, recheck))
        return { issues: [...rest, ...culprits.map(issueOf)], confirmed: true };
    // Where recovery failed (a string that lost its pairing can hide `end`s),
    // the counts mislead: try one `end` added or removed at a time, the
    // indentation's candidates first.
    const candidates = distinct([
        ...shifted.overclosed.slice(0, 2),
        ...shifted.unclosed.slice(0, 2),
        ...tokens.ends.map((end) => ({ kind: 'stray', end })),
        ...missing.map((entry) => ({ kind: 'unclosed', opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node }))
    ], (culprit) => (culprit.kind === 'unclosed' ? culprit.opener : culprit.end)).slice(0, maxEndHypotheses);
    const single = candidates.find((culprit) => fixes(elixir, block, [culprit], recheck));
    if (single) {
        const unrelated = raw.filter((entry) => !explained.has(entry) && entry.kind !== 'missing-end' && !tokens.errors.has(entry));
        return { issues: [...unrelated, issueOf(single)], confirmed: true };
    }
    return { issues: [...rest, ...culprits.map(issueOf)], confirmed: false };
}
/**
 * Whether the block parses once the culprits are fixed: an `end` added for
 * each unclosed block (before the line of the `end` it took, or at the end of
 * the block), each stray `end` removed.
 */
function fixes(elixir, block, culprits, recheck) {
    if (recheck.operations <= 0)
        return false;
    const text = block.value;
    const edits = culprits.map(function (culprit) {
        if (culprit.kind === 'stray')
            return { at: culprit.end.startIndex, remove: 3, insert: '   ' };
        if (!culprit.end || culprit.end.isMissing)
            return { at: text.length, remove: 0, insert: '\nend\n' };
        const lineStart = text.lastIndexOf('\n', culprit.end.startIndex - 1) + 1;
        return { at: lineStart, remove: 0, insert: 'end\n' };
    });
    let fixed = text;
    for (const edit of edits.sort((a, b) => b.at - a.at))
        fixed = fixed.slice(0, edit.at) + edit.insert + fixed.slice(edit.at + edit.remove);
    const { tree, operations } = parseBounded(elixir.parser, fixed, Math.min(maxParseOperations, recheck.operations));
    recheck.operations -= operations;
    if (!tree)
        return false;
    const clean = !tree.rootNode.hasError && !tree.rootNode.namedChildren.some((child) => child?.type === 'identifier' && child.text === 'end');
    tree.delete();
    return clean;
}
/**
 * The `do … end` and `fn … end` blocks whose `end` is not where formatted
 * code puts it: `unclosed` (its `end` further left, or missing), deepest
 * first, as their opening `do`/`fn`; `overclosed` (further right), in order,
 * as their `end`.
 */
function shiftedBlocks(elixir, root, block) {
    const lines = new BlockLines(block);
    const unclosed = [];
    const overclosed = [];
    const open = [];
    for (const { node } of elixir.blocks.captures(root)) {
        while (open.length > 0 && open.at(-1) <= node.startIndex)
            open.pop();
        const depth = open.length;
        open.push(node.endIndex);
        const opener = node.firstChild;
        const end = node.lastChild;
        if (!opener || !end || end.type !== 'end')
            continue;
        if (end.isMissing) {
            unclosed.push({ opener, end, depth });
            continue;
        }
        // `do`: where the call starts (`def f(x)\n when … do` included); `fn`:
        // its own line, where the `end` may also line up with a call that holds
        // it (`change after_action(fn … ->` … `end)`).
        const call = node.type === 'do_block' ? parentOf(node) : null;
        const head = call?.type === 'call' ? call : node;
        const headLine = lines.lineAt(head.startIndex);
        const endLine = lines.lineAt(end.startIndex);
        if (endLine === headLine)
            continue;
        const indent = lines.indent(headLine);
        const allowed = [indent];
        if (node.type === 'anonymous_function') {
            for (let ancestor = parentOf(node); ancestor && ancestor.startIndex >= lines.offsets[headLine]; ancestor = parentOf(ancestor)) {
                allowed.push(ancestor.startIndex - lines.offsets[headLine]);
            }
        }
        const column = end.startIndex - lines.offsets[endLine];
        if (allowed.includes(column))
            continue;
        if (column < indent)
            unclosed.push({ opener, end, depth });
        else
            overclosed.push(end);
    }
    // The deepest first; among equals, the later one.
    unclosed.sort((a, b) => b.depth - a.depth || b.opener.startIndex - a.opener.startIndex);
    overclosed.sort((a, b) => a.startIndex - b.startIndex);
    return {
        unclosed: unclosed.map(({ opener, end }) => ({ kind: 'unclosed', opener, end })),
        overclosed: overclosed.map((end) => ({ kind: 'stray', end }))
    };
}
/** The items whose key node is not one of an earlier item's. */
function distinct(items, key) {
    const seen = new Set();
    return items.filter(function (item) {
        const start = key(item).startIndex;
        if (seen.has(start))
            return false;
        seen.add(start);
        return true;
    });
}
/**
 * How a message names a `do`: its line up to the `do` when short
 * (`read :get_by_subject do`), else its call's name (`case do`), else `do`.
 * A `do` that recovery left bare in an ERROR follows its call's name and
 * arguments.
 */
function headName(doNode, block) {
    let call;
    let target;
    const doBlock = parentOf(doNode);
    if (doBlock?.type === 'do_block') {
        call = parentOf(doBlock);
        target = call?.type === 'call' ? call.childForFieldName('target') : undefined;
    }
    else {
        let previous = doNode.previousNamedSibling;
        if (previous?.type === 'arguments')
            previous = previous.previousNamedSibling;
        if (previous?.type === 'identifier')
            call = target = previous;
    }
    if (!call || !target)
        return 'do';
    const line = block.value.slice(call.startIndex, doNode.endIndex);
    if (!line.includes('\n') && line.length <= 40)
        return line;
    if ((target.type === 'identifier' || target.type === 'dot') && !target.text.includes('\n') && target.text.length <= 30)
        return `${target.text} do`;
    return 'do';
}
/** Line lookups over the block's value, by UTF-16 offset (the way tree-sitter's indices count). */
class BlockLines {
    offsets;
    lines;
    constructor(block) {
        this.offsets = block.map.lineOffsets;
        this.lines = block.map.lines;
    }
    lineAt(offset) {
        return lastAtOrBefore(this.offsets, offset);
    }
    indent(line) {
        return /^[ \t]*/.exec(this.lines[line] ?? '')[0].length;
    }
}
function lineOf(block, node) {
    return block.map.pointAt(node.startIndex).line;
}
function rootOf(node) {
    let current = node;
    for (let parent = parentOf(current); parent; parent = parentOf(parent))
        current = parent;
    return current;
}
function lastNamedChild(node) {
    return node.namedChildCount > 0 ? node.namedChild(node.namedChildCount - 1) : null;
}
/** The first token (leaf) of a node. */
function firstToken(node) {
    let current = node;
    while (current.childCount > 0) {
        const child = current.child(0);
        if (!child)
            break;
        current = child;
    }
    return current;
}
/** The last token (leaf) of a node. */
function lastToken(node) {
    let current = node;
    while (current.childCount > 0) {
        const child = current.child(current.childCount - 1);
        if (!child)
            break;
        current = child;
    }
    return current;
}
/** The last non-empty token before a node, in the whole tree. */
function previousToken(node) {
    let current = node;
    while (current) {
        let sibling = siblingOf(current, -1);
        while (sibling && sibling.endIndex === sibling.startIndex)
            sibling = siblingOf(sibling, -1);
        if (sibling) {
            while (sibling.childCount > 0)
                sibling = sibling.child(sibling.childCount - 1);
            return sibling;
        }
        current = parentOf(current);
    }
    return undefined;
}
/** The first non-empty token after a node, in the whole tree. */
function nextToken(node) {
    let current = node;
    while (current) {
        let sibling = siblingOf(current, 1);
        while (sibling && sibling.endIndex === sibling.startIndex)
            sibling = siblingOf(sibling, 1);
        if (sibling)
            return firstToken(sibling);
        current = parentOf(current);
    }
    return undefined;
}
/** A token's text for a message: its first line, trimmed, at most 30 characters. */
function tokenText(node) {
    const text = node.text.split(/\r\n|\r|\n/)[0].trim();
    return text.length > 30 ? text.slice(0, 29) + '…' : text;
}
/** Quote code in a message: `"]"`, or `'"'` when the code holds a double quote. */
function quote(code) {
    if (!code.includes('"'))
        return `"${code}"`;
    if (!code.includes("'"))
        return `'${code}'`;
    return '`' + code + '`';
}
