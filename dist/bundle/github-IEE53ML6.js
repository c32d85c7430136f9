import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  isFailure
} from "./chunk-UVTXEKOX.js";
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/github.js
import path from "node:path";
function escapeData(value) {
  return escapeControl(value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
}
function escapeProperty(value) {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function command(level, properties, message) {
  const list = properties.filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${level}${list ? " " + list : ""}::${escapeData(message)}`;
}
var github = function(files, context) {
  const lines = [];
  for (const file of files) {
    const where = toRelative(context.cwd, path.resolve(file.cwd, file.path));
    for (const message of file.messages) {
      if (isFailure(message))
        continue;
      if (context.silent && !message.fatal)
        continue;
      const level = message.fatal ? "error" : message.fatal === false ? "warning" : "notice";
      const place = message.place;
      const start = place ? "start" in place ? place.start : place : void 0;
      const end = place && "end" in place ? place.end : void 0;
      lines.push(command(level, [
        ["file", where],
        ["line", start?.line],
        ["col", start?.column],
        ["endLine", end?.line],
        ["endColumn", end?.column],
        ["title", message.ruleId ?? message.source ?? "archdoc-lint"]
      ], message.reason));
    }
  }
  for (const failure of context.failures) {
    lines.push(command("error", [["file", failure.where], ["title", "archdoc-lint"]], failure.reason));
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
};
export {
  escapeData,
  escapeProperty,
  github
};
