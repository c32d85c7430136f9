import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  keepWasmOnBaselineTierWhereTierUpBlowsUp,
  lastAtOrBefore
} from "./chunk-3NCTKHZV.js";

// dist/src/code/elixir.js
import { createRequire } from "node:module";

// dist/src/code/tree-links.js
function parentOf(node) {
  if (node.startIndex !== node.endIndex)
    return node.parent;
  const cursor = node.tree.walk();
  try {
    const at = node.startIndex;
    const path = [];
    for (; ; ) {
      if (cursor.nodeId === node.id && cursor.startIndex === at)
        return path.at(-1) ?? null;
      const holds = cursor.startIndex <= at && cursor.endIndex >= at;
      if (holds) {
        const current = cursor.currentNode;
        if (cursor.gotoFirstChild()) {
          path.push(current);
          continue;
        }
      }
      for (; ; ) {
        if (cursor.gotoNextSibling()) {
          if (cursor.startIndex <= at)
            break;
        }
        if (!cursor.gotoParent())
          return null;
        path.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
function siblingOf(node, step) {
  if (node.startIndex !== node.endIndex)
    return step < 0 ? node.previousSibling : node.nextSibling;
  const parent = parentOf(node);
  if (!parent)
    return null;
  for (let index = 0; index < parent.childCount; index++) {
    const child = parent.child(index);
    if (child && child.id === node.id)
      return index + step >= 0 ? parent.child(index + step) : null;
  }
  return null;
}

// dist/src/code/elixir.js
var require2 = createRequire(import.meta.url);
var maxParseOperations = 1e6;
var maxRecheckOperations = 1e6;
var maxNesting = 100;
var maxEndHypotheses = 6;
var operationsPerProgressCall = 100;
var loading;
function load() {
  loading ??= (async function() {
    keepWasmOnBaselineTierWhereTierUpBlowsUp();
    const { Language, Parser, Query } = require2("web-tree-sitter");
    await Parser.init();
    const language = await Language.load(require2.resolve("@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    let blocks;
    return {
      parser,
      get blocks() {
        return blocks ??= new Query(language, "[(do_block) (anonymous_function)] @block");
      }
    };
  })();
  return loading;
}
function discard() {
  loading = void 0;
  delete require2.cache[require2.resolve("web-tree-sitter")];
}
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
  parser.reset();
  return { tree: void 0, operations };
}
function parsedSource(text) {
  return text.includes("\u2026") ? text.replace(/^([ \t]*)…(?=[ \t]*$)/gm, "$1_") : text;
}
function parse(elixir, block) {
  try {
    return parseChecked(elixir, block);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError)
      discard();
    throw error;
  }
}
function parseChecked(elixir, block) {
  const { parser } = elixir;
  const { tree } = parseBounded(parser, parsedSource(block.value));
  if (!tree)
    return tooComplex(parser, block, `${maxParseOperations.toLocaleString("en-US")} parser operations`);
  if (nesting(elixir, tree.rootNode, block.value) > maxNesting) {
    tree.delete();
    return tooComplex(parser, block, `${maxNesting} nested do/fn blocks`);
  }
  return { language: "elixir", tree, root: tree.rootNode, errors: syntaxIssues(elixir, tree.rootNode, block) };
}
function tooComplex(parser, block, limit) {
  const empty = parser.parse("");
  if (!empty)
    throw new Error("tree-sitter returned no tree");
  const lastLine = Math.max(0, block.map.lines.length - 1);
  return {
    language: "elixir",
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
var strength = {
  "missing-end": 5,
  "missing-closer": 5,
  "stray-end": 4,
  "keyword-order": 4,
  unexpected: 3,
  missing: 2
};
var reservedWords = /* @__PURE__ */ new Set(["end", "do", "after", "else", "catch", "rescue"]);
var brackets = { "(": ")", "[": "]", "{": "}", "<<": ">>", "#{": "}" };
var quotes = /* @__PURE__ */ new Set(['"', "'", '"""', "'''"]);
var sigilPairs = { "(": ")", "[": "]", "{": "}", "<": ">" };
function syntaxIssues(elixir, root, block) {
  const recheck = { operations: maxRecheckOperations };
  let raw = [];
  if (root.hasError)
    collectErrors(root, block, raw);
  for (const child of root.isError ? [] : root.namedChildren) {
    if (child?.type === "identifier" && child.text !== "end" && reservedWords.has(child.text)) {
      raw.push(issue("unexpected", child, `unexpected ${quote(child.text)}`));
    }
  }
  const tokens = unmatchedTokens(root, block, raw);
  if (raw.length === 0 && tokens.ends.length === 0)
    return [];
  const closers = raw.filter((entry) => entry.kind === "missing-closer").sort((a, b) => a.placeStart - b.placeStart);
  const certain = closers.find((entry) => !entry.guessed);
  const ends = certain ? void 0 : balanceEnds(elixir, root, block, raw, tokens, recheck);
  const unclosed = certain ?? (ends?.confirmed ? void 0 : closers[0]);
  if (unclosed) {
    raw = raw.filter((entry) => entry === unclosed || entry.end <= unclosed.placeStart && entry.kind !== "missing-end" && !tokens.errors.has(entry));
  } else if (ends) {
    raw = ends.issues;
  }
  return independent(merge(raw).sort((a, b) => a.placeStart - b.placeStart), block).map((entry) => ({
    reason: entry.reason,
    place: block.map.placeAt(entry.placeStart, entry.placeEnd),
    ...entry.related ? { related: [{ place: block.map.placeAt(entry.related.start, entry.related.end), message: entry.related.label }] } : {}
  }));
}
function independent(sorted, block) {
  const lines = new BlockLines(block);
  const kept = [];
  let barrier = -1;
  for (const entry of sorted) {
    const traced = entry.kind === "missing-end" || entry.kind === "stray-end";
    if (!traced && entry.start < barrier)
      continue;
    kept.push(entry);
    if (!traced)
      barrier = Math.max(barrier, containedUntil(entry.node, lines));
  }
  return kept;
}
function containedUntil(node, lines) {
  for (let ancestor = parentOf(node); ancestor; ancestor = parentOf(ancestor)) {
    if (ancestor.type !== "do_block")
      continue;
    const end = ancestor.lastChild;
    if (!end || end.type !== "end" || end.isMissing)
      return Infinity;
    const call = parentOf(ancestor);
    const head = call?.type === "call" ? call : ancestor;
    const endLine = lines.lineAt(end.startIndex);
    return end.startIndex - lines.offsets[endLine] === lines.indent(lines.lineAt(head.startIndex)) ? ancestor.endIndex : Infinity;
  }
  return Infinity;
}
function collectErrors(root, block, raw) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.isMissing)
      raw.push(missingIssue(node, block));
    else if (node.isError)
      raw.push(errorIssue(node, block));
    else if (node.childCount === 0 && node !== root) {
      raw.push(missingIssue(node, block));
    } else {
      const before = stack.length;
      for (let index = node.childCount - 1; index >= 0; index--) {
        const child = node.child(index);
        if (child && (child.hasError || child.isMissing))
          stack.push(child);
      }
      if (stack.length === before)
        raw.push(hiddenMissingIssue(node));
    }
  }
}
function hiddenMissingIssue(node) {
  const children = node.namedChildren.filter((child) => Boolean(child) && child.type !== "comment");
  for (let index = 1; index < children.length; index++) {
    const previous = children[index - 1];
    const next = children[index];
    if (previous.endPosition.row === next.startPosition.row) {
      const token = firstToken(next);
      return issue("missing", node, `unexpected ${quote(tokenText(token))}: expected "," or a new line before it`, token);
    }
  }
  const last = lastToken(node);
  return issue("missing", node, `missing expression after ${quote(tokenText(last))}`, last);
}
function issue(kind, node, reason, place = node) {
  const trailing = "text" in place && typeof place.text === "string" ? place.text.length - place.text.trimEnd().length : 0;
  return { kind, node, start: node.startIndex, end: node.endIndex, reason, placeStart: place.startIndex, placeEnd: place.endIndex - trailing };
}
function unclosedIssue(opener, block, closing) {
  const name = opener.type === "fn" ? "fn" : headName(opener, block);
  const unclosed = issue("missing-end", opener, `${quote(name)} is never closed: missing "end"`);
  return { ...unclosed, related: expectedAt(closing, block, '"end"') };
}
function expectedAt(closing, block, closer) {
  if (closing && !closing.isMissing && closing.endIndex > closing.startIndex) {
    return { start: closing.startIndex, end: closing.endIndex, label: `${closer} expected before this` };
  }
  const at = closing ? closing.startIndex : block.value.trimEnd().length;
  return { start: at, end: at, label: `${closer} expected by here` };
}
function strayEndIssue(end) {
  return issue("stray-end", end, 'unexpected "end": one "end" too many');
}
function unclosedDelimiterIssue(node, block, opener, openerText, closer) {
  const unclosed = issue("missing-closer", node, `${quote(openerText)} is never closed: missing ${quote(closer)}`, opener);
  return { ...unclosed, related: expectedAt(node.isMissing ? node : void 0, block, quote(closer)) };
}
function missingIssue(node, block) {
  const parent = parentOf(node);
  if (node.type === "end" && (parent?.type === "do_block" || parent?.type === "anonymous_function")) {
    return { ...unclosedIssue(parent.firstChild ?? parent, block, node), node, start: node.startIndex, end: node.endIndex };
  }
  const opener = parent ? openerOf(parent, node) : void 0;
  if (opener)
    return unclosedDelimiterIssue(node, block, opener, opener.text, node.type);
  if (node.isNamed || node.type.startsWith("_")) {
    const before = previousToken(node);
    const after = nextToken(node);
    if (node.type.startsWith("_terminator") && after) {
      return issue("missing", node, `unexpected ${quote(tokenText(after))}: expected "," or a new line before it`, after);
    }
    if (before?.type === "keyword")
      return issue("keyword-order", node, `missing value after keyword ${quote(tokenText(before))}`, before);
    return issue("missing", node, before ? `missing expression after ${quote(tokenText(before))}` : "missing expression", before ?? node);
  }
  return issue("missing", node, `missing ${quote(node.type)}`);
}
function openerOf(parent, missing) {
  if (parent.type === "sigil") {
    const delimiter = parent.child(2);
    if (!delimiter || delimiter.startIndex >= missing.startIndex)
      return void 0;
    return { startIndex: parent.startIndex, endIndex: delimiter.endIndex, text: parent.text.slice(0, delimiter.endIndex - parent.startIndex) };
  }
  for (let index = 0; index < parent.childCount; index++) {
    const child = parent.child(index);
    if (!child || child.startIndex >= missing.startIndex)
      break;
    if (!child.isNamed && (brackets[child.type] === missing.type || quotes.has(child.type) && child.type === missing.type)) {
      return { startIndex: child.startIndex, endIndex: child.endIndex, text: child.text };
    }
  }
  return void 0;
}
function errorIssue(node, block) {
  const unclosed = unclosedInError(node, block) ?? unclosedBefore(node, block);
  if (unclosed)
    return unclosed;
  const keywordOrder = keywordOrderIssue(node, block);
  if (keywordOrder)
    return keywordOrder;
  const token = unexpectedToken(node);
  return issue("unexpected", node, `unexpected ${quote(tokenText(token))}`, token);
}
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
    if (child.type === "~" && children[index + 1]?.type === "sigil_name" && children[index + 2] && !children[index + 2].isNamed) {
      const delimiter = children[index + 2];
      opener = { startIndex: child.startIndex, endIndex: delimiter.endIndex, text: block.value.slice(child.startIndex, delimiter.endIndex) };
      closer = sigilPairs[delimiter.type] ?? delimiter.type;
      contentIndex = index + 3;
    } else if (quotes.has(child.type)) {
      opener = { startIndex: child.startIndex, endIndex: child.endIndex, text: child.text };
      closer = child.type;
      contentIndex = index + 1;
    } else {
      if (brackets[child.type])
        open.push({ token: child, closer: brackets[child.type] });
      else if (open.at(-1)?.closer === child.type)
        open.pop();
      continue;
    }
    let close = contentIndex;
    while (close < children.length && children[close].isNamed)
      close++;
    const closing = children[close]?.type === closer ? children[close] : void 0;
    const heredoc = closer.length === 3;
    const runsOn = closing !== void 0 && !heredoc && close < children.length - 1 && lineOf(block, closing) > block.map.pointAt(opener.startIndex).line;
    if (!closing || runsOn)
      return { ...unclosedDelimiterIssue(node, block, opener, opener.text, closer), guessed: true };
    index = close;
  }
  const bracket = open[0];
  return bracket ? { ...unclosedDelimiterIssue(node, block, bracket.token, bracket.token.text, bracket.closer), guessed: true } : void 0;
}
function unclosedBefore(node, block) {
  const before = previousToken(node);
  const quoted = before ? parentOf(before) : null;
  if (!before || !quoted || quoted.type !== "string" && quoted.type !== "charlist" && quoted.type !== "sigil")
    return void 0;
  if (quoted.endIndex !== before.endIndex || lineOf(block, before) !== lineOf(block, node))
    return void 0;
  const first = quoted.child(0);
  const delimiter = quoted.type === "sigil" ? quoted.child(2) : first;
  if (!first || !delimiter || delimiter.type.length === 3 || lineOf(block, first) === lineOf(block, before))
    return void 0;
  const opener = { startIndex: quoted.startIndex, endIndex: delimiter.endIndex, text: block.value.slice(quoted.startIndex, delimiter.endIndex) };
  return { ...unclosedDelimiterIssue(node, block, opener, opener.text, before.type), guessed: true };
}
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
function keywordOrderIssue(node, block) {
  const first = node.namedChild(0);
  let pair;
  if (first?.type === "keywords" || first?.type === "pair") {
    pair = first.type === "pair" ? first : lastNamedChild(first);
  } else if (first?.type === "keyword" && node.namedChildCount === 1) {
    return issue("keyword-order", node, `missing value after keyword ${quote(tokenText(first))}`, first);
  } else {
    let ancestor = previousToken(node);
    if (ancestor?.type === ",")
      ancestor = previousToken(ancestor);
    const end = ancestor?.endIndex;
    while (ancestor && ancestor.endIndex === end && ancestor.type !== "pair")
      ancestor = parentOf(ancestor);
    if (ancestor?.type === "pair" && ancestor.endIndex === end)
      pair = ancestor;
  }
  if (!pair || pair.type !== "pair")
    return void 0;
  const text = block.value;
  let offset = pair.endIndex;
  while (offset < text.length && /[\s,]/.test(text[offset]))
    offset++;
  const after = offset < text.length ? rootOf(node).descendantForIndex(offset) : null;
  if (!after)
    return void 0;
  const key = pair.childForFieldName("key") ?? pair.firstChild;
  return issue("keyword-order", node, `unexpected ${quote(tokenText(after))} after keyword ${quote(key ? tokenText(key) : "")}: keywords must come last`, after);
}
function merge(raw) {
  const sorted = [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups = [];
  for (const entry of sorted) {
    const last = groups.at(-1);
    if (last && entry.start <= last.end) {
      last.end = Math.max(last.end, entry.end);
      if (strength[entry.kind] > strength[last.best.kind])
        last.best = entry;
    } else {
      groups.push({ end: entry.end, best: entry });
    }
  }
  return groups.map((group) => group.best);
}
function unmatchedTokens(root, block, raw) {
  const found = { opens: [], ends: [], operands: 0, errors: /* @__PURE__ */ new Set() };
  if (!root.hasError) {
    for (const child of root.namedChildren) {
      if (child?.type === "identifier" && child.text === "end")
        found.ends.push(child);
    }
    return found;
  }
  const word = /\b(?:do|fn|end)\b/g;
  let match;
  while (match = word.exec(block.value)) {
    const token = root.descendantForIndex(match.index, match.index + match[0].length);
    if (!token || token.startIndex !== match.index || token.endIndex !== match.index + match[0].length)
      continue;
    const parent = parentOf(token);
    if (token.type === "identifier" && token.text === "end" && parent?.type === "binary_operator" && parent.childForFieldName("right")?.equals(token)) {
      const operator = parent.childForFieldName("operator");
      if (operator)
        raw.push(issue("missing", operator, `missing expression after ${quote(operator.text)}`));
      found.operands++;
    } else if (token.type === "identifier" ? token.text === "end" && parent?.type !== "dot" : token.type === "end" && parent?.type === "ERROR") {
      found.ends.push(token);
    } else if (token.type === "do" && parent?.type !== "do_block" || token.type === "fn" && parent?.type !== "anonymous_function") {
      found.opens.push(token);
    }
  }
  const tokens = [...found.opens, ...found.ends];
  for (const entry of raw) {
    if (entry.kind === "missing-end")
      continue;
    const scope = entry.node.isMissing ? parentOf(entry.node) : entry.node;
    if (scope && tokens.some((token) => token.startIndex >= scope.startIndex && token.endIndex <= scope.endIndex))
      found.errors.add(entry);
  }
  return found;
}
function balanceEnds(elixir, root, block, raw, tokens, recheck) {
  const explained = new Set(tokens.operands > 0 ? raw.filter((entry) => entry.kind === "missing-end").slice(-tokens.operands) : []);
  const missing = raw.filter((entry) => entry.kind === "missing-end" && !explained.has(entry));
  if (missing.length + tokens.opens.length + tokens.ends.length === 0) {
    return explained.size > 0 ? { issues: raw.filter((entry) => !explained.has(entry)), confirmed: false } : void 0;
  }
  const shifted = shiftedBlocks(elixir, root, block);
  const opened = missing.length + tokens.opens.length;
  const closed = tokens.ends.length;
  const culprits = [];
  let rest;
  if (opened === closed) {
    missing.forEach(function(entry, index) {
      culprits.push(shifted.unclosed[index] ?? { kind: "unclosed", opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node });
    });
    tokens.ends.forEach(function(end, index) {
      culprits.push(shifted.overclosed[index] ?? { kind: "stray", end });
    });
    rest = raw.filter((entry) => !explained.has(entry) && entry.kind !== "missing-end");
  } else {
    rest = raw.filter((entry) => !explained.has(entry) && entry.kind !== "missing-end" && !tokens.errors.has(entry));
    if (opened > closed) {
      const fallback = [
        ...missing.map((entry) => ({ kind: "unclosed", opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node })),
        ...[...tokens.opens].reverse().map((opener) => ({ kind: "unclosed", opener, end: void 0 }))
      ];
      culprits.push(...distinct([...shifted.unclosed, ...fallback], (culprit) => culprit.kind === "unclosed" ? culprit.opener : culprit.end).slice(0, opened - closed));
    } else {
      const fallback = tokens.ends.map((end) => ({ kind: "stray", end }));
      culprits.push(...distinct([...shifted.overclosed, ...fallback], (culprit) => culprit.end).slice(0, closed - opened));
    }
  }
  const issueOf = (culprit) => culprit.kind === "unclosed" ? unclosedIssue(culprit.opener, block, culprit.end) : strayEndIssue(culprit.end);
  if (fixes(elixir, block, culprits, recheck))
    return { issues: [...rest, ...culprits.map(issueOf)], confirmed: true };
  const candidates = distinct([
    ...shifted.overclosed.slice(0, 2),
    ...shifted.unclosed.slice(0, 2),
    ...tokens.ends.map((end) => ({ kind: "stray", end })),
    ...missing.map((entry) => ({ kind: "unclosed", opener: parentOf(entry.node)?.firstChild ?? entry.node, end: entry.node }))
  ], (culprit) => culprit.kind === "unclosed" ? culprit.opener : culprit.end).slice(0, maxEndHypotheses);
  const single = candidates.find((culprit) => fixes(elixir, block, [culprit], recheck));
  if (single) {
    const unrelated = raw.filter((entry) => !explained.has(entry) && entry.kind !== "missing-end" && !tokens.errors.has(entry));
    return { issues: [...unrelated, issueOf(single)], confirmed: true };
  }
  return { issues: [...rest, ...culprits.map(issueOf)], confirmed: false };
}
function fixes(elixir, block, culprits, recheck) {
  if (recheck.operations <= 0)
    return false;
  const text = block.value;
  const edits = culprits.map(function(culprit) {
    if (culprit.kind === "stray")
      return { at: culprit.end.startIndex, remove: 3, insert: "   " };
    if (!culprit.end || culprit.end.isMissing)
      return { at: text.length, remove: 0, insert: "\nend\n" };
    const lineStart = text.lastIndexOf("\n", culprit.end.startIndex - 1) + 1;
    return { at: lineStart, remove: 0, insert: "end\n" };
  });
  let fixed = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    fixed = fixed.slice(0, edit.at) + edit.insert + fixed.slice(edit.at + edit.remove);
  const { tree, operations } = parseBounded(elixir.parser, fixed, Math.min(maxParseOperations, recheck.operations));
  recheck.operations -= operations;
  if (!tree)
    return false;
  const clean = !tree.rootNode.hasError && !tree.rootNode.namedChildren.some((child) => child?.type === "identifier" && child.text === "end");
  tree.delete();
  return clean;
}
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
    if (!opener || !end || end.type !== "end")
      continue;
    if (end.isMissing) {
      unclosed.push({ opener, end, depth });
      continue;
    }
    const call = node.type === "do_block" ? parentOf(node) : null;
    const head = call?.type === "call" ? call : node;
    const headLine = lines.lineAt(head.startIndex);
    const endLine = lines.lineAt(end.startIndex);
    if (endLine === headLine)
      continue;
    const indent = lines.indent(headLine);
    const allowed = [indent];
    if (node.type === "anonymous_function") {
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
  unclosed.sort((a, b) => b.depth - a.depth || b.opener.startIndex - a.opener.startIndex);
  overclosed.sort((a, b) => a.startIndex - b.startIndex);
  return {
    unclosed: unclosed.map(({ opener, end }) => ({ kind: "unclosed", opener, end })),
    overclosed: overclosed.map((end) => ({ kind: "stray", end }))
  };
}
function distinct(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter(function(item) {
    const start = key(item).startIndex;
    if (seen.has(start))
      return false;
    seen.add(start);
    return true;
  });
}
function headName(doNode, block) {
  let call;
  let target;
  const doBlock = parentOf(doNode);
  if (doBlock?.type === "do_block") {
    call = parentOf(doBlock);
    target = call?.type === "call" ? call.childForFieldName("target") : void 0;
  } else {
    let previous = doNode.previousNamedSibling;
    if (previous?.type === "arguments")
      previous = previous.previousNamedSibling;
    if (previous?.type === "identifier")
      call = target = previous;
  }
  if (!call || !target)
    return "do";
  const line = block.value.slice(call.startIndex, doNode.endIndex);
  if (!line.includes("\n") && line.length <= 40)
    return line;
  if ((target.type === "identifier" || target.type === "dot") && !target.text.includes("\n") && target.text.length <= 30)
    return `${target.text} do`;
  return "do";
}
var BlockLines = class {
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
    return /^[ \t]*/.exec(this.lines[line] ?? "")[0].length;
  }
};
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
  return void 0;
}
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
  return void 0;
}
function tokenText(node) {
  const text = node.text.split(/\r\n|\r|\n/)[0].trim();
  return text.length > 30 ? text.slice(0, 29) + "\u2026" : text;
}
function quote(code) {
  if (!code.includes('"'))
    return `"${code}"`;
  if (!code.includes("'"))
    return `'${code}'`;
  return "`" + code + "`";
}

export {
  maxParseOperations,
  maxNesting,
  load,
  parsedSource,
  parse,
  syntaxIssues
};
