import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  escapeFileName
} from "./chunk-WXAIEXUZ.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import {
  readRegularFile
} from "./chunk-OSZRUBPO.js";
import {
  utf8SequenceLength
} from "./chunk-5RBQZLOV.js";
import {
  ConfigError,
  findConfigFile
} from "./chunk-BNFVUJJB.js";

// dist/src/cli/documents.js
import { readdirSync } from "node:fs";
import path from "node:path";
function readDocument(file) {
  if (file.value !== void 0 && file.value !== null)
    return Buffer.from(file.value);
  const result = readRegularFile(path.resolve(file.cwd, file.path));
  if (result.bytes) {
    file.value = result.bytes.toString("utf8");
    return result.bytes;
  }
  const message = result.problem.error ? file.message("Cannot process file", { cause: result.problem.error, source: "archdoc-lint" }) : file.message(result.problem.reason, { source: "archdoc-lint" });
  message.fatal = true;
  return void 0;
}
function nonUtf8NameReason(filePath) {
  const name = path.basename(filePath);
  if (!name.includes("\uFFFD"))
    return void 0;
  let entries;
  try {
    entries = readdirSync(path.dirname(filePath), { encoding: "buffer" });
  } catch {
    return void 0;
  }
  for (const entry of entries) {
    if (entry.toString("utf8") !== name)
      continue;
    let index = 0;
    while (index < entry.length) {
      const length = utf8SequenceLength(entry, index);
      if (length === 0) {
        const byte = entry[index].toString(16).toUpperCase().padStart(2, "0");
        return `file name is not UTF-8 (byte 0x${byte} in \`${escapeFileName(entry)}\`): not linted, rename it to lint it`;
      }
      index += length;
    }
  }
  return void 0;
}

// dist/src/cli/failures.js
import path2 from "node:path";
function isFailure(message) {
  return Boolean(message.fatal) && !message.ruleId;
}
var ignoredReason = "Cannot process specified file: it\u2019s ignored";
function collectFailures(given, cwd, configFile) {
  const files = [];
  const failures = [];
  const seen = /* @__PURE__ */ new Set();
  let found = 0;
  for (const file of given) {
    found++;
    if (file.data.unifiedEngineIgnored)
      continue;
    if (file.messages.some((message) => message.reason === ignoredReason))
      continue;
    for (const message of file.messages) {
      if (!isFailure(message))
        continue;
      const failure = describeFailure(file, message, cwd, configFile);
      const reason = failure.where === toRelative(cwd, filePathOf(file)) ? failure.reason : `${failure.where}: ${failure.reason}`;
      message.reason = reason;
      message.message = reason;
      message.stack = "";
      message.cause = void 0;
      const line = `${failure.where}: ${failure.reason}`;
      if (seen.has(line))
        continue;
      seen.add(line);
      failures.push(failure);
    }
    files.push(file);
  }
  return { files, failures, found };
}
function filePathOf(file) {
  return path2.resolve(file.cwd, file.path);
}
var systemReasons = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder",
  ENOTDIR: "not a folder",
  EMFILE: "too many open files",
  ELOOP: "symbolic link loop"
};
function describeFailure(file, message, cwd, configFile) {
  const document = toRelative(cwd, filePathOf(file));
  const chain = [message];
  let cause = message.cause;
  while (cause && chain.length < 20) {
    chain.push(cause);
    cause = cause instanceof Error ? cause.cause : void 0;
  }
  const configError = chain.find((link) => link instanceof ConfigError);
  if (configError)
    return { where: configError.configPath, reason: configError.detail };
  let where = document;
  let aboutConfig = false;
  const parts = [];
  for (const link of chain) {
    const code = link instanceof Error ? link.code : void 0;
    const text = firstLine(link instanceof Error ? link.message : String(link));
    if (code && systemReasons[code] && code !== "ERR_MODULE_NOT_FOUND") {
      parts.push(systemReasons[code]);
      break;
    }
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      break;
    const parsing = /^Cannot (?:parse|read) (?:given )?file `(.+)`$/.exec(text);
    if (parsing) {
      where = parsing[1];
      aboutConfig = true;
      continue;
    }
    if (text === "Cannot process file" || text === "")
      continue;
    if (text === "No such file or folder" || text === "Cannot find file") {
      parts.push("no such file or folder");
      break;
    }
    if (/^Cannot (?:find module|import) `/.test(text))
      aboutConfig = true;
    if (!parts.some((part) => part.includes(text)))
      parts.push(lowerFirst(cleanJsonError(text)));
  }
  if (parts.some((part) => /^(?:archdoc-lint\/document|[a-z][a-z0-9]*(?:-[a-z0-9]+)+): /.test(part) || /^expected (?:preset|a list)/.test(part))) {
    aboutConfig = true;
  }
  if (aboutConfig && where === document) {
    const config = configFile ?? findConfigFile(filePathOf(file));
    if (config)
      where = toRelative(cwd, config);
  }
  const misnamed = parts.length === 1 && parts[0] === "no such file or folder" ? nonUtf8NameReason(filePathOf(file)) : void 0;
  if (misnamed)
    return { where, reason: misnamed };
  return { where, reason: parts.join(": ") || "cannot be linted" };
}
function firstLine(text) {
  return text.split("\n")[0].trim().replace(/:$/, "");
}
var properNames = /* @__PURE__ */ new Set(["Markdown", "Elixir", "GraphQL", "PostgreSQL", "Phoenix", "Ash", "LiveView", "Node.js"]);
function lowerFirst(text) {
  if (properNames.has(text.split(/\s/, 1)[0]))
    return text;
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
function cleanJsonError(text) {
  return text.replace(/ while parsing ".*$/, "").replace(/ in \/\S+$/, "");
}

export {
  readDocument,
  isFailure,
  collectFailures
};
