import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  failureLine
} from "./chunk-TKGJWIDS.js";
import {
  reporter
} from "./chunk-WIHFRRZW.js";
import "./chunk-UCDJ3CW7.js";
import {
  isFailure
} from "./chunk-KQRYG6XD.js";
import {
  VFile
} from "./chunk-3Q5ZTVGP.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/stylish.js
function withFixableCount(report, files, silent) {
  const count = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fix !== void 0 && (!silent || message.fatal)).length, 0);
  if (count === 0 || report === "")
    return report;
  const lines = report.split("\n");
  const line = `${count} ${count === 1 ? "problem" : "problems"} fixable with \`--fix\``;
  lines.splice(lines.length - 1, 0, line);
  return lines.join("\n");
}
var stylish = function(files, context) {
  const linted = [];
  for (const file of files) {
    const messages = file.messages.filter((message) => !isFailure(message));
    if (messages.length < file.messages.length && messages.length === 0)
      continue;
    const copy = new VFile({ path: file.path, cwd: file.cwd });
    copy.messages = messages.map((message) => Object.assign(Object.create(Object.getPrototypeOf(message)), message, { url: void 0 }));
    linted.push(copy);
  }
  const report = withFixableCount(linted.length > 0 ? reporter(linted, { verbose: true, color: context.color, quiet: context.quiet, silent: context.silent, traceLimit: 0 }) : "", linted, context.silent);
  const lines = [report, ...context.failures.map(failureLine)].filter(Boolean);
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
};
export {
  stylish
};
