import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  keepWasmOnBaselineTierWhereTierUpBlowsUp,
  lastAtOrBefore
} from "./chunk-3NCTKHZV.js";
import {
  isSqlElisionComment
} from "./chunk-ILMMTOS4.js";

// dist/src/code/sql.js
import * as pg from "libpg-query";
var loading;
function load() {
  if (!loading)
    keepWasmOnBaselineTierWhereTierUpBlowsUp();
  loading ??= pg.loadModule().then(() => pg);
  return loading;
}
var TextOffsets = class {
  text;
  /** UTF-8 byte offset of each UTF-16 offset (0..length). */
  bytesAtUnit;
  /** Code point offset of each UTF-16 offset (0..length). */
  pointsAtUnit;
  constructor(text) {
    this.text = text;
    if (!/[^\x00-\x7f]/.test(text))
      return;
    const bytes = new Uint32Array(text.length + 1);
    const points = new Uint32Array(text.length + 1);
    let byte = 0;
    let point = 0;
    for (let unit = 0; unit < text.length; unit++) {
      bytes[unit] = byte;
      points[unit] = point;
      const code = text.charCodeAt(unit);
      const next = text.charCodeAt(unit + 1);
      if (code >= 55296 && code <= 56319 && next >= 56320 && next <= 57343) {
        bytes[unit + 1] = byte;
        points[unit + 1] = point;
        byte += 4;
        point += 1;
        unit++;
        continue;
      }
      byte += code < 128 ? 1 : code < 2048 ? 2 : 3;
      point += 1;
    }
    bytes[text.length] = byte;
    points[text.length] = point;
    this.bytesAtUnit = bytes;
    this.pointsAtUnit = points;
  }
  /** UTF-8 byte offset of a UTF-16 offset. */
  toBytes(unit) {
    return this.bytesAtUnit ? this.bytesAtUnit[clamp(unit, this.text.length)] : clamp(unit, this.text.length);
  }
  /** Code point offset of a UTF-16 offset. */
  toCodePoints(unit) {
    return this.pointsAtUnit ? this.pointsAtUnit[clamp(unit, this.text.length)] : clamp(unit, this.text.length);
  }
  /** UTF-16 offset of a UTF-8 byte offset (a byte inside a character maps to that character's start). */
  fromBytes(byte) {
    return this.bytesAtUnit ? search(this.bytesAtUnit, byte) : clamp(byte, this.text.length);
  }
  /** UTF-16 offset of a code point offset. */
  fromCodePoints(point) {
    return this.pointsAtUnit ? search(this.pointsAtUnit, point) : clamp(point, this.text.length);
  }
};
function clamp(value, max) {
  return Math.max(0, Math.min(value, max));
}
function search(values, target) {
  let low = lastAtOrBefore(values, target);
  while (low > 0 && values[low - 1] === values[low])
    low--;
  return low;
}
var commentTokens = /* @__PURE__ */ new Set(["SQL_COMMENT", "C_COMMENT"]);
function scanRange(parser, text, from, to) {
  const slice = text.slice(from, to);
  if (slice.trim() === "")
    return [];
  let result;
  try {
    result = parser.scanSync(slice);
  } catch {
    return void 0;
  }
  const offsets = new TextOffsets(slice);
  return result.tokens.map((token) => ({
    start: from + offsets.fromBytes(token.start),
    end: from + offsets.fromBytes(token.end),
    name: token.tokenName,
    text: token.text
  }));
}
function parserError(error) {
  const details = error.sqlDetails;
  const message = details?.message ?? (error instanceof Error ? error.message : String(error));
  return { message, cursor: details?.cursorPosition, fileName: details?.fileName };
}
function nearText(message) {
  return /\bat or near "([\s\S]*)"$/.exec(message)?.[1];
}
function isLexerError(error) {
  return error.fileName === "scan.l" && !/^(syntax error|memory exhausted)\b/.test(error.message);
}
function tokenize(parser, text) {
  const whole = scanRange(parser, text, 0, text.length);
  if (whole)
    return whole;
  const tokens = [];
  let masked = text;
  let position = 0;
  let restFails = true;
  const rest = (from) => {
    if (from < text.length && text.slice(from).trim() !== "") {
      tokens.push({ start: from, end: text.length, name: "UNSCANNED", text: text.slice(from) });
    }
    return tokens;
  };
  for (let round = 0; round <= text.length && position < text.length; round++) {
    if (!restFails) {
      const scanned = scanRange(parser, masked, position, masked.length);
      if (scanned)
        return [...tokens, ...scanned];
      restFails = true;
    }
    let error;
    const slice = masked.slice(position);
    try {
      parser.parseSync(slice);
    } catch (caught) {
      error = parserError(caught);
    }
    if (!error || error.cursor === void 0)
      return rest(position);
    const sliceOffsets = new TextOffsets(slice);
    const at = position + sliceOffsets.fromCodePoints(error.cursor);
    const near = nearText(error.message);
    const nearEnd = near !== void 0 && masked.startsWith(near, at) ? at + near.length : at;
    const lexer = isLexerError(error);
    const clean = scanRange(parser, masked, position, lexer ? at : nearEnd);
    if (!clean)
      return rest(position);
    tokens.push(...clean);
    if (lexer) {
      if (nearEnd === at || error.message.startsWith("unterminated"))
        return rest(at);
      tokens.push({ start: at, end: nearEnd, name: "LEXER_ERROR", text: text.slice(at, nearEnd) });
      masked = masked.slice(0, at) + " ".repeat(nearEnd - at) + masked.slice(nearEnd);
      restFails = false;
      position = nearEnd;
    } else {
      if (nearEnd === at)
        return rest(position);
      position = nearEnd;
    }
  }
  return rest(position);
}
var wordPattern = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*$/;
function splitStatements(tokens) {
  const spans = [];
  let index = 0;
  let flat = false;
  while (index < tokens.length) {
    let first;
    let last;
    let firstIndex = index;
    let parens = 0;
    let begins = 0;
    let ended = false;
    const words = [];
    for (; index < tokens.length; index++) {
      const token = tokens[index];
      if (commentTokens.has(token.name)) {
        if (first)
          last = token;
        continue;
      }
      if (token.name === "ASCII_59" && (flat || parens === 0 && begins === 0)) {
        if (first && last)
          spans.push({ start: first.start, end: last.end, through: token.end });
        index++;
        ended = true;
        break;
      }
      if (!first) {
        first = token;
        firstIndex = index;
      }
      last = token;
      if (flat)
        continue;
      if (token.name === "ASCII_40")
        parens++;
      else if (token.name === "ASCII_41")
        parens = Math.max(0, parens - 1);
      else if (wordPattern.test(token.text)) {
        const word = token.text.toLowerCase();
        if (words.length < 4)
          words.push(word);
        if (parens === 0 && isRoutineDefinition(words)) {
          if (word === "begin")
            begins++;
          else if (word === "case" && begins > 0)
            begins++;
          else if (word === "end" && begins > 0)
            begins--;
        }
      }
    }
    if (!ended && first && last) {
      if (!flat && (parens > 0 || begins > 0)) {
        flat = true;
        index = firstIndex;
        continue;
      }
      spans.push({ start: first.start, end: last.end, through: last.end });
    }
    flat = false;
  }
  return spans;
}
function isRoutineDefinition(words) {
  if (words[0] !== "create")
    return false;
  if (words[1] === "function" || words[1] === "procedure")
    return true;
  return words[1] === "or" && words[2] === "replace" && (words[3] === "function" || words[3] === "procedure");
}
function tokenAt(tokens, offset) {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const token = tokens[middle];
    if (token.end <= offset && token.start < offset)
      low = middle + 1;
    else if (token.start > offset)
      high = middle - 1;
    else
      return token;
  }
  return void 0;
}
function shortenReason(message) {
  const near = nearText(message);
  if (near === void 0)
    return message;
  const firstLine = near.split(/\r?\n|\r/)[0];
  if (firstLine === near && near.length <= 60)
    return message;
  const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine;
  return message.slice(0, message.length - near.length - 1) + cut + '\u2026"';
}
function errorRange(error, span, offsets, tokens) {
  const text = offsets.text;
  const near = nearText(error.message);
  if (error.cursor === void 0 || error.cursor === 0 && near === void 0) {
    return { start: span.start, end: span.start };
  }
  const start = clamp(offsets.fromCodePoints(offsets.toCodePoints(span.start) + error.cursor), span.through);
  if (near !== void 0 && text.startsWith(near, start))
    return { start, end: start + near.length };
  const token = tokenAt(tokens, start);
  return { start, end: token && token.end > start ? token.end : start };
}
function parseStatement(parser, block, span, offsets, tokens) {
  const text = block.value.slice(span.start, span.through);
  try {
    const result = parser.parseSync(text);
    const statements = [];
    for (const raw of result.stmts ?? []) {
      if (!raw.stmt)
        continue;
      statements.push({ stmt: raw.stmt, start: span.start, end: span.end });
    }
    return { statements };
  } catch (caught) {
    const error = parserError(caught);
    const range = errorRange(error, span, offsets, tokens);
    const place = block.map.placeAt(range.start, range.end);
    return {
      statements: [{ start: span.start, end: span.end }],
      error: { reason: shortenReason(error.message), place }
    };
  }
}
function spansOfValidBlock(parser, text, offsets) {
  if (text.trim() === "")
    return [];
  let result;
  try {
    result = parser.parseSync(text);
  } catch {
    return void 0;
  }
  const spans = [];
  for (const raw of result.stmts ?? []) {
    const startByte = raw.stmt_location ?? 0;
    const start = offsets.fromBytes(startByte);
    const rawEnd = raw.stmt_len ? offsets.fromBytes(startByte + raw.stmt_len) : text.length;
    const end = start + text.slice(start, rawEnd).trimEnd().length;
    spans.push({ stmt: raw.stmt, start, end, through: text.charAt(rawEnd) === ";" ? rawEnd + 1 : end });
  }
  return spans;
}
function parse(parser, block) {
  const code = { language: "sql", statements: [], errors: [] };
  const offsets = new TextOffsets(block.value);
  const valid = spansOfValidBlock(parser, block.value, offsets);
  const tokens = valid ? [] : tokenize(parser, block.value);
  if (valid) {
    for (const span of valid) {
      if (span.stmt)
        code.statements.push({ stmt: span.stmt, start: span.start, end: span.end, locatedInBlock: true });
    }
  } else {
    for (const span of splitStatements(tokens)) {
      const result = parseStatement(parser, block, span, offsets, tokens);
      code.statements.push(...result.statements);
      if (result.error)
        code.errors.push(result.error);
    }
  }
  code.excerpt = excerptOf(parser, block, tokens);
  return code;
}
function excerptOf(parser, block, scanned) {
  const text = block.value;
  const candidate = text.split(/\r\n|\r|\n/).some(function(line) {
    const trimmed = line.trim();
    if (trimmed.startsWith("/*") && !trimmed.includes("*/"))
      return true;
    return (trimmed.startsWith("--") || trimmed.startsWith("/*")) && isSqlElisionComment(trimmed);
  });
  if (!candidate)
    return void 0;
  const tokens = scanned.length > 0 ? scanned : tokenize(parser, text);
  for (const token of tokens) {
    if (!commentTokens.has(token.name) || !isSqlElisionComment(token.text))
      continue;
    const lineStart = Math.max(text.lastIndexOf("\n", token.start - 1), text.lastIndexOf("\r", token.start - 1)) + 1;
    if (text.slice(lineStart, token.start).trim() !== "")
      continue;
    return block.map.placeAt(token.start, token.end);
  }
  return void 0;
}
var blockOffsets = /* @__PURE__ */ new WeakMap();
function locationOffset(block, statement, location) {
  let offsets = blockOffsets.get(block);
  if (!offsets) {
    offsets = new TextOffsets(block.value);
    blockOffsets.set(block, offsets);
  }
  const bytes = statement.locatedInBlock && location >= 0 ? location : offsets.toBytes(statement.start) + location;
  return offsets.fromBytes(bytes);
}

export {
  load,
  TextOffsets,
  tokenize,
  splitStatements,
  spansOfValidBlock,
  parse,
  locationOffset
};
