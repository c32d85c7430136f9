import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  utf8SequenceLength
} from "./chunk-5RBQZLOV.js";

// dist/src/guard/read.js
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";

// dist/src/guard/input.js
import path from "node:path";

// dist/src/guard/scan.js
var quote = -1;
var space = 32;
var tab = 9;
var greaterThan = 62;
var asterisk = 42;
var underscore = 95;
function scanMarkdown(text, limits) {
  const stack = [];
  let fence;
  let paragraph = false;
  let blockRuns = 0;
  let blockLine = 0;
  let blockLines = 0;
  let totalRuns = 0;
  let setext = 0;
  let closings = 0;
  let closingWork = 0;
  let breakScan = { to: -1, marker: -1, from: -1, other: -1 };
  let line = 0;
  let start = 0;
  const length = text.length;
  for (; ; ) {
    line++;
    let end = start;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13)
        break;
      end++;
    }
    const problem = scanLine(start, end);
    if (problem)
      return problem;
    if (end >= length)
      return void 0;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  function scanLine(from, to) {
    let position = from;
    let column = 0;
    const blank = isBlank(from, to);
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const container = stack[matched];
      if (container === quote) {
        const [afterSpaces, spacesColumn] = skipIndent(position, column, to, column + 3);
        if (afterSpaces >= to || text.charCodeAt(afterSpaces) !== greaterThan)
          break;
        [position, column] = skipOptionalSpace(afterSpaces + 1, spacesColumn + 1, to);
      } else {
        if (blank)
          continue;
        const [after, reached] = skipIndent(position, column, to, container);
        if (reached < container)
          break;
        position = after;
        column = reached;
      }
    }
    if (fence) {
      if (matched === stack.length) {
        if (isClosingFence(position, column, to, fence))
          fence = void 0;
        return void 0;
      }
      fence = void 0;
    }
    const continues = matched === stack.length;
    let closed;
    let closedCount = 0;
    if (!continues) {
      if (paragraph && !blank && !startsBlock(position, column, to))
        return paragraphLine(position, to);
      closed = stack[matched];
      closedCount = stack.length - matched;
      stack.length = matched;
      endParagraph();
    }
    if (paragraph && continues && isSetextUnderline(position, column, to)) {
      endParagraph();
      if (++setext > limits.setextHeadings)
        return { kind: "setext", line };
      return void 0;
    }
    for (; ; ) {
      const [afterIndent2, indentColumn2] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
      if (afterIndent2 >= to || indentColumn2 - column >= 4)
        break;
      if (text.charCodeAt(afterIndent2) === greaterThan) {
        stack.push(quote);
        [position, column] = skipOptionalSpace(afterIndent2 + 1, indentColumn2 + 1, to);
      } else {
        const marker = listMarkerEnd(afterIndent2, to);
        if (marker === void 0)
          break;
        const markerColumn = indentColumn2 + (marker - afterIndent2);
        const [afterSpaces, contentColumn] = skipIndent(marker, markerColumn, to, Number.POSITIVE_INFINITY);
        if (paragraph && (afterSpaces >= to || !startsWithOne(afterIndent2, marker)))
          break;
        if (afterSpaces >= to || contentColumn - markerColumn > 4) {
          stack.push(markerColumn + 1);
          [position, column] = skipOptionalSpace(marker, markerColumn, to);
        } else {
          stack.push(contentColumn);
          position = afterSpaces;
          column = contentColumn;
        }
      }
      endParagraph();
      if (stack.length > limits.nesting)
        return { kind: "nesting", depth: depthOfLine(position, column, to), line };
    }
    if (closedCount > 0) {
      const sibling = closed !== quote && stack.length > matched && stack[matched] === closed;
      if (closedCount > 1 || !sibling) {
        closings++;
        closingWork += from;
        if (closingWork > limits.closingWork)
          return { kind: "closings", closings, line };
      }
    }
    if (isBlank(position, to)) {
      endParagraph();
      return void 0;
    }
    const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
    if (indentColumn - column >= 4)
      return paragraph ? paragraphLine(position, to) : void 0;
    const opening = openingFence(afterIndent, to);
    if (opening) {
      fence = opening;
      endParagraph();
      return void 0;
    }
    if (isThematicBreak(afterIndent, to)) {
      endParagraph();
      return void 0;
    }
    if (isAtxHeading(afterIndent, to)) {
      endParagraph();
      const problem = paragraphLine(afterIndent, to);
      endParagraph();
      return problem;
    }
    return paragraphLine(position, to);
  }
  function endParagraph() {
    paragraph = false;
    blockRuns = 0;
  }
  function paragraphLine(from, to) {
    if (!paragraph) {
      paragraph = true;
      blockRuns = 0;
      blockLines = 0;
      blockLine = line;
    }
    if (++blockLines > limits.paragraphLines)
      return { kind: "paragraph", line: blockLine };
    const runs = emphasisRuns(from, to);
    if (runs === 0)
      return void 0;
    blockRuns += runs;
    totalRuns += runs;
    if (blockRuns > limits.emphasisPerBlock)
      return { kind: "emphasis-block", line: blockLine };
    if (totalRuns > limits.emphasis)
      return { kind: "emphasis", line };
    return void 0;
  }
  function emphasisRuns(from, to) {
    let count = 0;
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code !== asterisk && code !== underscore)
        continue;
      let end = index + 1;
      while (end < to && text.charCodeAt(end) === code)
        end++;
      if (code === asterisk || !isWordCharacter(text.charCodeAt(index - 1)) || !isWordCharacter(text.charCodeAt(end)))
        count++;
      index = end - 1;
    }
    return count;
  }
  function depthOfLine(position, column, to) {
    let depth = stack.length;
    for (; ; ) {
      const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
      if (afterIndent >= to || indentColumn - column >= 4)
        return depth;
      if (text.charCodeAt(afterIndent) === greaterThan) {
        depth++;
        [position, column] = skipOptionalSpace(afterIndent + 1, indentColumn + 1, to);
        continue;
      }
      const marker = listMarkerEnd(afterIndent, to);
      if (marker === void 0)
        return depth;
      depth++;
      [position, column] = skipOptionalSpace(marker, indentColumn + (marker - afterIndent), to);
    }
  }
  function skipIndent(position, column, to, limitColumn) {
    while (position < to && column < limitColumn) {
      const code = text.charCodeAt(position);
      if (code === space)
        column++;
      else if (code === tab)
        column += 4 - column % 4;
      else
        break;
      position++;
    }
    return [position, column];
  }
  function skipOptionalSpace(position, column, to) {
    if (position < to) {
      const code = text.charCodeAt(position);
      if (code === space)
        return [position + 1, column + 1];
      if (code === tab)
        return [position + 1, column + 4 - column % 4];
    }
    return [position, column];
  }
  function isBlank(from, to) {
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code !== space && code !== tab)
        return false;
    }
    return true;
  }
  function listMarkerEnd(position, to) {
    const code = text.charCodeAt(position);
    let end;
    if (code === 45 || code === 43 || code === asterisk) {
      if (isThematicBreak(position, to))
        return void 0;
      end = position + 1;
    } else {
      end = position;
      while (end < to && end - position < 10 && isDigit(text.charCodeAt(end)))
        end++;
      if (end === position || end - position > 9)
        return void 0;
      const delimiter = text.charCodeAt(end);
      if (delimiter !== 46 && delimiter !== 41)
        return void 0;
      end++;
    }
    if (end < to) {
      const after = text.charCodeAt(end);
      if (after !== space && after !== tab)
        return void 0;
    }
    return end;
  }
  function startsWithOne(from, markerEnd) {
    if (!isDigit(text.charCodeAt(from)))
      return true;
    let index = from;
    while (index < markerEnd - 2 && text.charCodeAt(index) === 48)
      index++;
    return markerEnd - index === 2 && text.charCodeAt(index) === 49;
  }
  function isThematicBreak(position, to) {
    const marker = text.charCodeAt(position);
    if (marker !== 45 && marker !== asterisk && marker !== underscore)
      return false;
    if (!(breakScan.to === to && breakScan.marker === marker && breakScan.from <= position && position <= breakScan.other)) {
      let other = position;
      while (other < to) {
        const code = text.charCodeAt(other);
        if (code !== marker && code !== space && code !== tab)
          break;
        other++;
      }
      breakScan = { to, marker, from: position, other };
    }
    if (breakScan.other < to)
      return false;
    let count = 0;
    for (let index = position; index < to && count < 3; index++)
      if (text.charCodeAt(index) === marker)
        count++;
    return count >= 3;
  }
  function isSetextUnderline(position, column, to) {
    const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
    if (afterIndent >= to || indentColumn - column >= 4)
      return false;
    const marker = text.charCodeAt(afterIndent);
    if (marker !== 61 && marker !== 45)
      return false;
    let end = afterIndent;
    while (end < to && text.charCodeAt(end) === marker)
      end++;
    return isBlank(end, to);
  }
  function isAtxHeading(position, to) {
    let end = position;
    while (end < to && end - position < 7 && text.charCodeAt(end) === 35)
      end++;
    const level = end - position;
    return level >= 1 && level <= 6 && (end >= to || text.charCodeAt(end) === space || text.charCodeAt(end) === tab);
  }
  function startsBlock(position, column, to) {
    const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
    if (afterIndent >= to || indentColumn - column >= 4)
      return false;
    if (text.charCodeAt(afterIndent) === greaterThan)
      return true;
    const marker = listMarkerEnd(afterIndent, to);
    if (marker !== void 0 && !isBlank(marker, to) && startsWithOne(afterIndent, marker))
      return true;
    return isThematicBreak(afterIndent, to) || isAtxHeading(afterIndent, to) || openingFence(afterIndent, to) !== void 0;
  }
  function openingFence(position, to) {
    const marker = text.charCodeAt(position);
    if (marker !== 96 && marker !== 126)
      return void 0;
    let end = position;
    while (end < to && text.charCodeAt(end) === marker)
      end++;
    const size = end - position;
    if (size < 3)
      return void 0;
    if (marker === 96) {
      for (let index = end; index < to; index++)
        if (text.charCodeAt(index) === 96)
          return void 0;
    }
    return { marker, size };
  }
  function isClosingFence(position, column, to, open) {
    const [afterIndent, indentColumn] = skipIndent(position, column, to, Number.POSITIVE_INFINITY);
    if (indentColumn - column >= 4)
      return false;
    let end = afterIndent;
    while (end < to && text.charCodeAt(end) === open.marker)
      end++;
    if (end - afterIndent < open.size)
      return false;
    return isBlank(end, to);
  }
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isWordCharacter(code) {
  if (Number.isNaN(code))
    return false;
  if (code < 128)
    return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
  return !/[\s\p{P}\p{S}]/u.test(String.fromCharCode(code));
}

// dist/src/guard/input.js
var maxBytes = 4 * 1024 * 1024;
var maxNesting = 100;
var maxLines = 1e5;
var binaryWindow = 8e3;
var scanLimits = {
  nesting: maxNesting,
  emphasisPerBlock: 500,
  emphasis: 1e4,
  setextHeadings: 200,
  paragraphLines: 5e3,
  closingWork: 1e7
};
function checkInput(text, file) {
  const bytes = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes)
    return { reason: sizeReason(bytes) };
  const nul = text.indexOf("\0");
  if (nul !== -1 && nul < binaryWindow) {
    const point2 = pointAt(text, nul);
    return { reason: `Binary file (NUL byte at line ${point2.line}, column ${point2.column}): not linted`, point: point2 };
  }
  const invalid = file ? invalidUtf8(text, file) : void 0;
  if (invalid) {
    const point2 = pointAt(text, invalid.offset);
    return {
      reason: `File is not UTF-8 (byte 0x${invalid.byte.toString(16).toUpperCase().padStart(2, "0")} at line ${point2.line}, column ${point2.column}): not linted`,
      point: point2
    };
  }
  const lines = countLines(text);
  if (lines > maxLines) {
    return { reason: `File has ${number(lines)} lines (limit ${number(maxLines)}): not linted` };
  }
  const found = scanMarkdown(text, scanLimits);
  if (!found)
    return void 0;
  const point = { line: found.line, column: 1, offset: lineStart(text, found.line) };
  switch (found.kind) {
    case "nesting":
      return { reason: `Markdown nests ${number(found.depth)} levels deep at line ${found.line} (limit ${scanLimits.nesting}): not linted`, point };
    case "emphasis-block":
      return {
        reason: `Paragraph or heading at line ${found.line} has more than ${number(scanLimits.emphasisPerBlock)} emphasis markers (\`*\`, \`_\`) (limit ${number(scanLimits.emphasisPerBlock)}): not linted`,
        point
      };
    case "emphasis":
      return {
        reason: `Markdown has more than ${number(scanLimits.emphasis)} emphasis markers (\`*\`, \`_\`) (limit ${number(scanLimits.emphasis)}, passed at line ${found.line}): not linted`,
        point
      };
    case "closings":
      return {
        reason: `Markdown ends ${number(found.closings)} blockquotes or lists before line ${found.line}: too many for a file this long (remark-parse re-reads what comes before each one; limit ${number(scanLimits.closingWork)} characters): not linted`,
        point
      };
    case "paragraph":
      return {
        reason: `Paragraph at line ${found.line} has more than ${number(scanLimits.paragraphLines)} lines (limit ${number(scanLimits.paragraphLines)}): not linted`,
        point
      };
    case "setext":
      return {
        reason: `Markdown has more than ${number(scanLimits.setextHeadings)} setext headings (text underlined with \`===\` or \`---\`) (limit ${number(scanLimits.setextHeadings)}, passed at line ${found.line}): not linted`,
        point
      };
  }
}
function sizeReason(bytes, exact = true, limit = maxBytes) {
  return `File is ${exact ? formatSize(bytes) : "more than " + formatSize(limit)} (limit ${formatSize(limit)}): not linted`;
}
function number(value) {
  return value.toLocaleString("en-US");
}
function countLines(text) {
  let lines = 1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 && text.charCodeAt(index + 1) !== 10)
      lines++;
  }
  return lines;
}
function formatSize(bytes) {
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib.toFixed(0) : mib.toFixed(1)} MiB`;
}
function invalidUtf8(text, file) {
  let bytes;
  if (file.value instanceof Uint8Array) {
    bytes = file.value;
  } else if (text.includes("\uFFFD") && file.path) {
    const read = readRegularFile(path.resolve(file.cwd, file.path)).bytes;
    if (read && read.toString("utf8") === text)
      bytes = read;
  }
  if (!bytes)
    return void 0;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return void 0;
  } catch {
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    return firstInvalid(bytes, bom && !text.startsWith("\uFEFF") ? 3 : 0);
  }
}
function firstInvalid(bytes, from) {
  let offset = 0;
  let index = from;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0)
      return { byte: bytes[index], offset };
    index += length;
    offset += length === 4 ? 2 : 1;
  }
  return void 0;
}
function pointAt(text, offset) {
  let line = 1;
  let start = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 && text.charCodeAt(index + 1) !== 10) {
      line++;
      start = index + 1;
    }
  }
  return { line, column: offset - start + 1, offset };
}
function lineStart(text, line) {
  let current = 1;
  let index = 0;
  while (current < line && index < text.length) {
    const code = text.charCodeAt(index++);
    if (code === 10 || code === 13 && text.charCodeAt(index) !== 10)
      current++;
  }
  return index;
}

// dist/src/guard/read.js
function readRegularFile(filePath, limit = maxBytes) {
  let descriptor;
  try {
    if (!statSync(filePath).isFile())
      return notRegular;
    descriptor = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failed(error);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile())
      return notRegular;
    if (stats.size > limit)
      return { problem: { reason: sizeReason(stats.size, true, limit) } };
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stats.size + 1));
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > limit)
          return { problem: { reason: sizeReason(length, false, limit) } };
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buffer.length * 2, 64 * 1024)));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0)
        return { bytes: buffer.subarray(0, length) };
      length += read;
    }
  } catch (error) {
    return failed(error);
  } finally {
    closeSync(descriptor);
  }
}
var notRegular = { problem: { reason: "not a regular file" } };
function failed(error) {
  if (error instanceof Error)
    return { problem: { reason: error.message, error } };
  return { problem: { reason: String(error) } };
}

export {
  readRegularFile,
  maxBytes,
  checkInput
};
