import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  rules
} from "./chunk-AXZQVMZG.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-HLZT2STH.js";
import "./chunk-XGHQKURE.js";
import "./chunk-65DBH4ON.js";
import "./chunk-VIIXWQVG.js";
import "./chunk-AHAQU7Y2.js";
import {
  isFailure
} from "./chunk-KQRYG6XD.js";
import "./chunk-BNFVUJJB.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/sarif.js
import { createHash } from "node:crypto";
import path from "node:path";
var informationUri = "https://github.com/archdoc-lint/archdoc-lint";
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
var fingerprintKey = "archdocLint/v1";
function level(message) {
  return message.fatal ? "error" : message.fatal === false ? "warning" : "note";
}
function toUri(relative) {
  return relative.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeURIComponent(segment)).join("/");
}
var sarif = function(files, context) {
  const descriptors = rules.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: rule.meta.url,
    help: { text: `${rule.meta.description}. See ${rule.meta.url}`, markdown: `${rule.meta.description}. See [\`${rule.meta.id}\`](${rule.meta.url}).` },
    defaultConfiguration: { level: rule.meta.severity === "error" ? "error" : "warning" },
    properties: { tags: ["documentation", "architecture"] }
  }));
  const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results = [];
  for (const file of files) {
    const uri = toUri(toRelative(context.cwd, path.resolve(file.cwd, file.path)));
    const occurrences = /* @__PURE__ */ new Map();
    for (const message of file.messages) {
      if (isFailure(message))
        continue;
      if (context.silent && !message.fatal)
        continue;
      const ruleId = !message.source || message.source === "archdoc-lint" ? message.ruleId ?? "archdoc-lint" : `${message.source}:${message.ruleId ?? message.source}`;
      let ruleIndex = indexes.get(ruleId);
      if (ruleIndex === void 0) {
        ruleIndex = descriptors.length;
        descriptors.push({
          id: ruleId,
          shortDescription: { text: ruleId },
          ...message.url ? { helpUri: message.url } : {},
          defaultConfiguration: { level: level(message) }
        });
        indexes.set(ruleId, ruleIndex);
      }
      const key = [ruleId, uri, message.reason].join("\0");
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const place = message.place;
      const start = place ? "start" in place ? place.start : place : void 0;
      const end = place && "end" in place ? place.end : void 0;
      const region = start ? {
        startLine: start.line,
        startColumn: start.column,
        ...end ? { endLine: end.line, endColumn: end.column } : {}
      } : void 0;
      results.push({
        ruleId,
        ruleIndex,
        level: level(message),
        message: { text: message.reason },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, ...region ? { region } : {} } }],
        partialFingerprints: {
          [fingerprintKey]: createHash("sha256").update(key + "\0" + occurrence).digest("hex").slice(0, 32)
        }
      });
    }
  }
  const log = {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "archdoc-lint",
            version: context.version,
            semanticVersion: context.version,
            informationUri,
            rules: descriptors
          }
        },
        invocations: [
          {
            executionSuccessful: context.failures.length === 0,
            toolExecutionNotifications: context.failures.map((failure) => ({
              level: "error",
              message: { text: failure.reason },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(failure.where), uriBaseId: "%SRCROOT%" } } }]
            }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
};
export {
  fingerprintKey,
  informationUri,
  sarif,
  sarifSchema,
  toUri
};
