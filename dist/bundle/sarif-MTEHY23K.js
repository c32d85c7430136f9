import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-SXS2KKQC.js";
import {
  rules
} from "./chunk-XKIMN5ML.js";
import "./chunk-LPY6ATG6.js";
import {
  isFailure
} from "./chunk-UVTXEKOX.js";
import "./chunk-PYBGO3PY.js";
import "./chunk-WXAIEXUZ.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-QVKZIUYQ.js";
import "./chunk-QB34KGJY.js";
import "./chunk-3NCTKHZV.js";
import "./chunk-2TNV7WXN.js";
import "./chunk-Y4FN5ENJ.js";
import "./chunk-ILMMTOS4.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/formats/sarif.js
import { createHash } from "node:crypto";
import path3 from "node:path";

// dist/src/cli/formats/rule-docs.js
import { readFileSync } from "node:fs";
import path from "node:path";
function ruleDocText(id, url) {
  let source;
  try {
    source = readFileSync(path.join(packageRoot(), "docs", "rules", id + ".md"), "utf8");
  } catch {
    return void 0;
  }
  const checks = section(source, "What it checks");
  if (!checks)
    return void 0;
  const why = section(source, "Why");
  const first = checks.split(/\n\s*\n/)[0];
  const lead = first.trimEnd().endsWith(":") ? checks : first;
  const help = `## What it checks

${checks}` + (why ? `

## Why

${why}` : "") + `

Full documentation, options and examples: ${url}`;
  return {
    fullDescription: { text: plain(lead), markdown: absoluteLinks(lead, url) },
    help: { text: plain(help), markdown: absoluteLinks(help.replace(url, `[${id}](${url})`), url) }
  };
}
function section(source, title) {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start === -1)
    return void 0;
  let end = start + 1;
  while (end < lines.length && !/^##? /.test(lines[end]))
    end++;
  return lines.slice(start + 1, end).join("\n").trim();
}
function absoluteLinks(markdown, url) {
  return markdown.replace(/\]\((?!https?:|#)([^)\s]+)\)/g, (_match, target) => `](${new URL(target, url).href})`);
}
function plain(markdown) {
  return markdown.replace(/\[([^[\]\n]*)\]\([^)\s]*\)/g, "$1").replaceAll("**", "").replace(/^#+ /gm, "");
}

// dist/src/cli/formats/provenance.js
import { existsSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
function read(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
}
function findRepository(cwd) {
  let folder = realpathSync(cwd);
  for (; ; ) {
    const dotGit = path2.join(folder, ".git");
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory())
        return { top: folder, gitDir: dotGit };
      const pointer = /^gitdir:(.*)$/m.exec(read(dotGit) ?? "")?.[1]?.trim();
      return pointer ? { top: folder, gitDir: path2.resolve(folder, pointer) } : void 0;
    }
    const parent = path2.dirname(folder);
    if (parent === folder)
      return void 0;
    folder = parent;
  }
}
var objectId = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function resolveRef(ref, gitDir, commonDir) {
  for (const folder of [gitDir, commonDir]) {
    const value = read(path2.join(folder, ref))?.trim();
    if (value && objectId.test(value))
      return value;
  }
  for (const line of (read(path2.join(commonDir, "packed-refs")) ?? "").split("\n")) {
    const [id, name] = line.trim().split(" ");
    if (name === ref && id && objectId.test(id))
      return id;
  }
  return void 0;
}
function remoteUrl(config) {
  const urls = /* @__PURE__ */ new Map();
  let remote;
  for (const line of config.split("\n")) {
    const section2 = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
    if (section2) {
      remote = section2[1];
      continue;
    }
    if (/^\s*\[/.test(line)) {
      remote = void 0;
      continue;
    }
    const url = /^\s*url\s*=(.*)$/i.exec(line)?.[1]?.trim();
    if (remote !== void 0 && url && !urls.has(remote))
      urls.set(remote, url.replace(/^"(.*)"$/, "$1"));
  }
  return urls.get("origin") ?? urls.values().next().value;
}
function remoteUri(remote) {
  const scp = /^([\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(remote);
  const candidate = scp ? `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3]}` : remote;
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return void 0;
  }
  if (!/^(?:https?|ssh|git):$/.test(url.protocol))
    return void 0;
  if (url.protocol !== "ssh:")
    url.username = "";
  url.password = "";
  return url.href;
}
function versionControlProvenance(cwd) {
  const repository = findRepository(cwd);
  if (!repository)
    return void 0;
  const { top, gitDir } = repository;
  const common = read(path2.join(gitDir, "commondir"))?.trim();
  const commonDir = common ? path2.resolve(gitDir, common) : gitDir;
  const head = read(path2.join(gitDir, "HEAD"))?.trim() ?? "";
  const symbolic = /^ref:\s*(\S+)$/.exec(head);
  const revisionId = symbolic ? resolveRef(symbolic[1], gitDir, commonDir) : objectId.test(head) ? head : void 0;
  const url = remoteUrl(read(path2.join(commonDir, "config")) ?? "");
  const repositoryUri = url && remoteUri(url);
  if (!revisionId || !repositoryUri)
    return void 0;
  const branch = symbolic?.[1].startsWith("refs/heads/") ? symbolic[1].slice("refs/heads/".length) : void 0;
  const up = path2.relative(realpathSync(cwd), top).split(path2.sep).join("/");
  return [
    {
      repositoryUri,
      revisionId,
      ...branch ? { branch } : {},
      mappedTo: up ? { uri: up + "/", uriBaseId: "%SRCROOT%" } : { uriBaseId: "%SRCROOT%" }
    }
  ];
}

// dist/src/cli/formats/sarif.js
var informationUri = "https://github.com/archdoc-lint/archdoc-lint";
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
var fingerprintKey = "archdocLint/v1";
var automationId = "archdoc-lint/";
function level(message) {
  return message.fatal ? "error" : message.fatal === false ? "warning" : "note";
}
function toUri(relative) {
  return relative.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeURIComponent(segment)).join("/");
}
function escapeBrackets(text) {
  return text.replace(/[[\]]/g, (bracket) => "\\" + bracket);
}
function regionOf(place) {
  return { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column };
}
var sarif = function(files, context) {
  const descriptors = rules.map(function(rule) {
    const doc = ruleDocText(rule.meta.id, rule.meta.url);
    return {
      id: rule.meta.id,
      shortDescription: { text: rule.meta.description },
      fullDescription: doc?.fullDescription ?? { text: rule.meta.description },
      helpUri: rule.meta.url,
      help: doc?.help ?? {
        text: `${rule.meta.description}. See ${rule.meta.url}`,
        markdown: `${rule.meta.description}. See [\`${rule.meta.id}\`](${rule.meta.url}).`
      },
      defaultConfiguration: { level: rule.meta.severity === "error" ? "error" : "warning" },
      properties: { tags: ["documentation", "architecture"] }
    };
  });
  const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const results = [];
  for (const file of files) {
    const uri = toUri(toRelative(context.cwd, path3.resolve(file.cwd, file.path)));
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
      const related = (message.related ?? []).map((entry, index) => ({
        id: index + 1,
        physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region: regionOf(entry.place) },
        message: { text: entry.message }
      }));
      const links = related.map((entry) => `[${escapeBrackets(entry.message.text)}](${entry.id})`);
      results.push({
        ruleId,
        ruleIndex,
        level: level(message),
        message: { text: escapeBrackets(message.reason) + (links.length > 0 ? ` (${links.join("; ")})` : "") },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, ...region ? { region } : {} } }],
        ...related.length > 0 ? { relatedLocations: related } : {},
        partialFingerprints: {
          [fingerprintKey]: createHash("sha256").update(key + "\0" + occurrence).digest("hex").slice(0, 32)
        }
      });
    }
  }
  const provenance = versionControlProvenance(context.cwd);
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
        automationDetails: { id: automationId },
        ...provenance ? { versionControlProvenance: provenance } : {},
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
  automationId,
  escapeBrackets,
  fingerprintKey,
  informationUri,
  sarif,
  sarifSchema,
  toUri
};
