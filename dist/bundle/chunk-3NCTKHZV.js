import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/document/positions.js
function lastAtOrBefore(values, target) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (values[middle] <= target)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}
var SourceText = class {
  text;
  /** Offset of the first character of each line; index 0 is line 1. */
  lineStarts;
  constructor(text) {
    this.text = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
    const starts = [0];
    const eol = /\r\n?|\n/g;
    let match;
    while (match = eol.exec(this.text))
      starts.push(match.index + match[0].length);
    this.lineStarts = starts;
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  /** The text of a 1-based line, without its line ending. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0)
      return "";
    const next = this.lineStarts[line];
    let end = next === void 0 ? this.text.length : next;
    if (next !== void 0) {
      if (this.text.charCodeAt(end - 1) === 10)
        end--;
      if (this.text.charCodeAt(end - 1) === 13)
        end--;
    }
    return this.text.slice(start, end);
  }
  /** The line ending of a 1-based line: `\r\n`, `\r` or `\n`; '' for the last line. */
  lineEnding(line) {
    const next = this.lineStarts[line];
    if (next === void 0)
      return "";
    if (this.text.charCodeAt(next - 1) === 13)
      return "\r";
    return this.text.charCodeAt(next - 2) === 13 ? "\r\n" : "\n";
  }
  /** The point of a 0-based offset (binary search over line starts). */
  pointAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.lineStarts, clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1, offset: clamped };
  }
};
var lineEnding = /\r\n|\r|\n/g;
var BlockMap = class {
  /** The 1-based Markdown line of the block's first content line. */
  firstLine;
  /** The block's content, split into lines (without line endings). */
  lines;
  /** Offsets of each content line's start in `value`. */
  lineOffsets;
  source;
  fallbackPrefix;
  shifts;
  constructor(node, source) {
    const start = node.position?.start ?? { line: 1, column: 1 };
    this.source = source;
    const startLine = source.lineText(start.line);
    const fenced = /^(?:`{3,}|~{3,})/.test(startLine.slice(start.column - 1));
    this.firstLine = fenced ? start.line + 1 : start.line;
    this.fallbackPrefix = start.column - 1;
    this.lines = [];
    this.lineOffsets = [];
    if (!(node.value === "" && fenced)) {
      let lineStart = 0;
      lineEnding.lastIndex = 0;
      let match;
      while (match = lineEnding.exec(node.value)) {
        this.lines.push(node.value.slice(lineStart, match.index));
        this.lineOffsets.push(lineStart);
        lineStart = match.index + match[0].length;
        if (match[0] === "\r\n" && source.lineEnding(this.firstLine + this.lines.length - 1) === "\r") {
          this.lines.push("");
          this.lineOffsets.push(match.index + 1);
        }
      }
      this.lines.push(node.value.slice(lineStart));
      this.lineOffsets.push(lineStart);
    }
    this.shifts = [];
  }
  /**
   * Length of the Markdown prefix before a content line (0-based index): the
   * Markdown column of the line's column `c` is `prefix + c + 1`. When the line
   * starts with virtual spaces (see `BlockMap`), this is the prefix minus them.
   */
  prefix(lineIndex) {
    return this.shift(lineIndex).shift - 1;
  }
  shift(lineIndex) {
    const cached = this.shifts[lineIndex];
    if (cached !== void 0)
      return cached;
    const found = this.lines.length > 0 ? this.measure(this.lines[lineIndex] ?? "", this.source.lineText(this.firstLine + lineIndex)) : void 0;
    const shift = found ?? { shift: this.fallbackPrefix + 1, virtual: 0 };
    this.shifts[lineIndex] = shift;
    return shift;
  }
  /** Where a content line sits in the Markdown line `text` that holds it. */
  measure(content, text) {
    if (text.endsWith(content))
      return { shift: text.length - content.length + 1, virtual: 0 };
    for (let virtual = 1; virtual <= 3 && content.charAt(virtual - 1) === " "; virtual++) {
      const rest = content.length - virtual;
      if (text.endsWith(content.slice(virtual)) && text.charAt(text.length - rest - 1) === "	") {
        return { shift: text.length - rest - virtual + 1, virtual };
      }
    }
    return void 0;
  }
  /** The Markdown point of a 0-based line and 0-based column of the block. */
  point(lineIndex, columnIndex) {
    const lastIndex = Math.max(0, this.lines.length - 1);
    const index = Math.max(0, Math.min(lineIndex, lastIndex));
    const line = this.firstLine + index;
    const { shift, virtual } = this.shift(index);
    const column = shift + Math.max(columnIndex, virtual - 1);
    const lineStart = this.source.lineStarts[line - 1];
    return {
      line,
      column,
      offset: lineStart === void 0 ? void 0 : lineStart + column - 1
    };
  }
  /** The Markdown point of a 0-based offset into the block's `value`. */
  pointAt(offset) {
    if (this.lineOffsets.length === 0)
      return this.point(0, 0);
    const line = lastAtOrBefore(this.lineOffsets, offset);
    return this.point(line, offset - this.lineOffsets[line]);
  }
  /** A Markdown place from two 0-based block offsets. */
  placeAt(startOffset, endOffset) {
    return { start: this.pointAt(startOffset), end: this.pointAt(endOffset) };
  }
  /** A Markdown place from 0-based rows and columns of the block. */
  place(startLine, startColumn, endLine, endColumn) {
    return { start: this.point(startLine, startColumn), end: this.point(endLine, endColumn) };
  }
};

// dist/src/code/wasm-tier.js
import { setFlagsFromString } from "node:v8";
var noFunction = 2 ** 31 - 1;
var set = false;
function keepWasmOnBaselineTier() {
  if (set)
    return;
  set = true;
  setFlagsFromString(`--wasm-tier-up-filter=${noFunction}`);
}
function keepWasmOnBaselineTierWhereTierUpBlowsUp() {
  if (Number(process.versions.v8.split(".")[0]) === 13)
    keepWasmOnBaselineTier();
}

export {
  lastAtOrBefore,
  SourceText,
  BlockMap,
  keepWasmOnBaselineTierWhereTierUpBlowsUp
};
