import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  failureLine
} from "./chunk-J67W64GI.js";
import {
  isFailure
} from "./chunk-UVTXEKOX.js";
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/stylish.js
var minimumTextWidth = 30;
var defaultWidth = 100;
var stylish = function(files, context) {
  const width = context.width ?? defaultWidth;
  const paint = painter(context.color);
  const out = [];
  let lastHadMessages = false;
  const totals = { error: 0, warning: 0, info: 0, files: 0 };
  let fixable = 0;
  for (const file of files) {
    const all = file.messages.filter((message) => !isFailure(message));
    if (all.length < file.messages.length && all.length === 0)
      continue;
    const shown = [...all].sort(compareMessage).filter((message) => !context.silent || message.fatal);
    if (shown.length === 0 && (context.quiet || context.silent))
      continue;
    const rows = shown.map(toRow);
    fixable += shown.filter((message) => message.fix !== void 0).length;
    for (const row of rows)
      totals[row.label]++;
    if (rows.length > 0)
      totals.files++;
    const name = fileName(file);
    if (lastHadMessages)
      out.push("");
    if (rows.length === 0) {
      out.push(paint.underline(paint.green(name)) + ": no issues found");
    } else {
      const worst = rows.some((row) => row.label === "error") ? paint.red : paint.yellow;
      out.push(paint.underline(worst(name)));
      out.push(...layout(rows, width, paint));
    }
    lastHadMessages = rows.length > 0;
  }
  out.push(...context.failures.map(failureLine));
  const summary = byline(totals, paint);
  if (summary)
    out.push("", ...fixable > 0 ? [`${fixable} ${fixable === 1 ? "problem" : "problems"} fixable with \`--fix\``] : [], summary);
  return out.length > 0 ? out.join("\n") + "\n" : "";
};
function fileName(file) {
  const shown = escapeControl(file.history[0] ?? file.path ?? "<stdin>");
  return /^[\p{L}\p{N}_./\\<]/u.test(shown) ? shown : "./" + shown;
}
function compareMessage(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId ?? "").localeCompare(String(b.ruleId ?? "")) || String(a.reason).localeCompare(String(b.reason));
}
function toRow(message) {
  const label = message.fatal ? "error" : message.fatal === false ? "warning" : "info";
  const reasonLines = String(message.reason).split(/\r?\n|\r/).map(escapeControl);
  const reason = reasonLines.join("\n");
  const [first = "", ...lines] = reasonLines;
  const note = typeof message.note === "string" && message.note ? message.note.split("\n").map(escapeControl).join("\n") : void 0;
  const more = lines.filter((line) => line.trim() !== "");
  if (note && !reason.includes(note))
    more.push(...note.split(/\r?\n|\r/));
  const related = (message.related ?? []).map((item) => ({
    position: `${item.place.start.line}:${item.place.start.column}`,
    text: escapeControl(item.message)
  }));
  const source = message.source && message.source !== "archdoc-lint" ? escapeControl(message.source) : void 0;
  const ruleId = message.ruleId ? escapeControl(message.ruleId) : void 0;
  const id = ruleId ? source ? `${source}:${ruleId}` : ruleId : source ?? "";
  const noteAt = note && more.length === 0 && first.endsWith(note) && first.length > note.length ? first.length - note.length : void 0;
  return { position: position(message), label, id, head: first, noteAt, more, related };
}
function position(message) {
  const place = message.place;
  const start = place ? "start" in place ? place.start : place : void 0;
  return start ? `${start.line}:${start.column}` : "0:0";
}
function layout(rows, width, paint) {
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const idWidth = Math.max(...rows.map((row) => row.id.length));
  const indent = 2 + positionWidth + 2 + labelWidth + 2;
  const textWidth = Math.max(minimumTextWidth, width - indent);
  const headRoom = Math.max(minimumTextWidth, width - indent - 2 - idWidth);
  const parts = rows.map((row) => splitHead(row, headRoom));
  const column = Math.min(headRoom, Math.max(...parts.map((part) => Math.min(visibleLength(part.head[0] ?? ""), headRoom))));
  const pad = " ".repeat(indent);
  const lines = [];
  for (const [index, row] of rows.entries()) {
    const { head, rest } = parts[index];
    const colour = row.label === "error" ? paint.red : row.label === "warning" ? paint.yellow : (text) => text;
    const first = head[0] ?? "";
    const gap = " ".repeat(Math.max(0, column - visibleLength(first)) + 2);
    lines.push("  " + row.position.padEnd(positionWidth) + "  " + colour(row.label) + " ".repeat(labelWidth - row.label.length + 2) + paint.code(first) + (row.id ? gap + paint.dim(row.id) : ""));
    for (const line of head.slice(1))
      lines.push(pad + paint.code(line));
    for (const text of [...rest, ...row.more]) {
      for (const line of wrap(text, textWidth))
        lines.push(pad + paint.code(line));
    }
    for (const item of row.related) {
      const lead = item.position + "  ";
      const wrapped = wrap(item.text, Math.max(minimumTextWidth, textWidth - lead.length));
      wrapped.forEach((line, at) => lines.push(pad + (at === 0 ? lead : " ".repeat(lead.length)) + paint.code(line)));
    }
  }
  return lines.map((line) => line.trimEnd());
}
function splitHead(row, room) {
  const reason = row.head;
  if (visibleLength(reason) <= room)
    return { head: [reason], rest: [] };
  if (row.noteAt !== void 0) {
    const head2 = withoutTrailingPunctuation(reason.slice(0, row.noteAt));
    return { head: wrap(head2, room), rest: [reason.slice(row.noteAt)] };
  }
  const [at, skip] = sentenceEnd(reason);
  const head = at === -1 ? reason : reason.slice(0, at);
  const rest = at === -1 ? [] : [reason.slice(at + skip)];
  return { head: wrap(head, room), rest };
}
function withoutTrailingPunctuation(text) {
  let end = text.length;
  while (end > 0 && /[\s:;,.]/.test(text.charAt(end - 1)))
    end--;
  return text.slice(0, end);
}
function sentenceEnd(text) {
  const colon = topLevelIndex(text, ": ");
  if (colon !== -1)
    return [colon, 2];
  const expected = topLevelIndex(text, ", expected ");
  return expected === -1 ? [-1, 0] : [expected, 2];
}
function topLevelIndex(text, needle) {
  let fence = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "`") {
      let size = 1;
      while (text[index + size] === "`")
        size++;
      if (fence === 0)
        fence = size;
      else if (fence === size)
        fence = 0;
      index += size - 1;
    } else if (fence === 0 && index > 0 && text.startsWith(needle, index)) {
      return index;
    }
  }
  return -1;
}
function words(text) {
  const result = [];
  let current = "";
  let fence = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "`") {
      let size = 1;
      while (text[index + size] === "`")
        size++;
      if (fence === 0)
        fence = size;
      else if (fence === size)
        fence = 0;
      current += "`".repeat(size);
      index += size - 1;
    } else if (char === " " && fence === 0) {
      if (current)
        result.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  if (current)
    result.push(current);
  return result;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of words(text)) {
    if (line && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + " " + word : word;
    }
  }
  if (line || lines.length === 0)
    lines.push(line);
  return lines;
}
function visibleLength(text) {
  let length = 0;
  for (const _ of text)
    length++;
  return length;
}
function byline(totals, paint) {
  if (totals.error === 0 && totals.warning === 0)
    return "";
  const parts = [];
  if (totals.error)
    parts.push(`${paint.red("\u2716")} ${totals.error} error${totals.error === 1 ? "" : "s"}`);
  if (totals.warning)
    parts.push(`${paint.yellow("\u26A0")} ${totals.warning} warning${totals.warning === 1 ? "" : "s"}`);
  const total = totals.error + totals.warning + totals.info;
  let line = parts.join(", ");
  if (total !== totals.error && total !== totals.warning)
    line = `${total} messages (${line})`;
  return `${line} in ${totals.files} file${totals.files === 1 ? "" : "s"}`;
}
function painter(color) {
  const wrapWith = (open, close) => color ? (text) => `\x1B[${open}m${text}\x1B[${close}m` : (text) => text;
  const bold = wrapWith("1", "22");
  return {
    red: wrapWith("31", "39"),
    yellow: wrapWith("33", "39"),
    green: wrapWith("32", "39"),
    underline: wrapWith("4", "24"),
    dim: wrapWith("2", "22"),
    code: color ? (text) => boldCode(text, bold) : (text) => text
  };
}
function boldCode(text, bold) {
  const runs = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== "`")
      continue;
    let size = 1;
    while (text[index + size] === "`")
      size++;
    runs.push({ start: index, size });
    index += size - 1;
  }
  const following = new Array(runs.length).fill(-1);
  const lastOfSize = /* @__PURE__ */ new Map();
  for (let at = runs.length - 1; at >= 0; at--) {
    following[at] = lastOfSize.get(runs[at].size) ?? -1;
    lastOfSize.set(runs[at].size, at);
  }
  let result = "";
  let done = 0;
  for (let at = 0; at < runs.length; at++) {
    const close = following[at];
    if (close === -1 || runs[at].start < done)
      continue;
    const end = runs[close].start + runs[close].size;
    result += text.slice(done, runs[at].start) + bold(text.slice(runs[at].start, end));
    done = end;
    at = close;
  }
  return result + text.slice(done);
}
export {
  sentenceEnd,
  stylish,
  wrap
};
