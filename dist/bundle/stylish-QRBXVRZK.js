import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  failureLine
} from "./chunk-FCBMZ5YM.js";
import {
  reporter
} from "./chunk-BSHHI7RE.js";
import {
  VFile
} from "./chunk-KNMTUT54.js";
import {
  isFailure
} from "./chunk-MYZYFSEJ.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import {
  escapeControl
} from "./chunk-OAYRKHOJ.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/stylish.js
var stylish = function(files, context) {
  const linted = [];
  for (const file of files) {
    const messages = file.messages.filter((message) => !isFailure(message));
    if (messages.length < file.messages.length && messages.length === 0)
      continue;
    const copy = new VFile({ path: displayPath(file.path), cwd: file.cwd });
    copy.messages = messages.map(escapeMessage);
    linted.push(copy);
  }
  const report = linted.length > 0 ? reporter(linted, { verbose: true, color: context.color, quiet: context.quiet, silent: context.silent, traceLimit: 0 }) : "";
  const lines = [report, ...context.failures.map(failureLine)].filter(Boolean);
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
};
function displayPath(filePath) {
  const shown = escapeControl(filePath);
  return /^[\p{L}\p{N}_./\\]/u.test(shown) ? shown : "./" + shown;
}
function escapeMessage(message) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message)), message, { url: void 0 });
  if (message.note)
    copy.note = message.note.split("\n").map(escapeControl).join("\n");
  copy.reason = escapeControl(message.reason);
  copy.message = escapeControl(message.message);
  copy.stack = "";
  if (message.ruleId)
    copy.ruleId = escapeControl(message.ruleId);
  if (message.source)
    copy.source = escapeControl(message.source);
  return copy;
}
export {
  stylish
};
