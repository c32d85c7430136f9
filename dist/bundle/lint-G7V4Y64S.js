import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  deserializeFile,
  serializeFile
} from "./chunk-ONTADDI7.js";
import {
  discover
} from "./chunk-XYOACLDG.js";
import {
  defaultLanguageAliases
} from "./chunk-AHAQU7Y2.js";
import "./chunk-KNMTUT54.js";
import {
  collectFailures
} from "./chunk-KQRYG6XD.js";
import {
  findConfigFile
} from "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/lint.js
import { readFileSync as readFileSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import path2 from "node:path";

// dist/src/code/warm.js
var fence = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*([A-Za-z]+)/gm;
var modules = {
  elixir: () => import("./elixir-WB4WUDUI.js"),
  sql: () => import("./sql-WPCEYA44.js"),
  graphql: () => import("./graphql-L3BZ6SJ3.js")
};
function warmParsers(texts) {
  const wanted = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const match of text.matchAll(fence)) {
      const language = defaultLanguageAliases[match[1].toLowerCase()];
      if (language)
        wanted.add(language);
    }
    if (wanted.size === 3)
      break;
  }
  for (const language of wanted) {
    modules[language]().then((module) => module.load()).catch(() => {
    });
  }
}

// dist/src/cli/cache.js
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
var LintCache = class {
  version;
  useConfig;
  file;
  data;
  configKeys = /* @__PURE__ */ new Map();
  changed = false;
  constructor(location, version, useConfig) {
    this.version = version;
    this.useConfig = useConfig;
    this.file = path.join(location, "results.json");
    this.data = { version, entries: {} };
    try {
      const stored = JSON.parse(readFileSync(this.file, "utf8"));
      if (stored.version === version && stored.entries)
        this.data = stored;
    } catch {
    }
  }
  /** The key of a document: everything its result depends on. */
  key(filePath, bytes) {
    const hash = createHash("sha256");
    hash.update(this.version + "\0" + String(this.useConfig) + "\0" + filePath + "\0");
    hash.update(this.useConfig ? this.configKey(filePath) : "");
    hash.update("\0");
    hash.update(bytes);
    return hash.digest("hex");
  }
  get(filePath, key) {
    const entry = this.data.entries[filePath];
    return entry && entry.key === key ? entry.file : void 0;
  }
  set(filePath, key, file) {
    this.data.entries[filePath] = { key, file };
    this.changed = true;
  }
  /** Write the cache atomically (a crash mid-write leaves the old one). */
  save() {
    if (!this.changed)
      return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = this.file + "." + process.pid + ".tmp";
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }
  configKey(filePath) {
    const folder = path.dirname(path.resolve(filePath));
    let key = this.configKeys.get(folder);
    if (key === void 0) {
      const config = findConfigFile(filePath);
      let bytes = "";
      if (config) {
        try {
          bytes = readFileSync(config, "utf8");
        } catch {
          bytes = "<unreadable>";
        }
      }
      key = (config ?? "") + "\0" + bytes;
      this.configKeys.set(folder, key);
    }
    return key;
  }
};

// dist/src/cli/lint.js
var poolThreshold = 24;
async function lint(options) {
  const found = await discover(options.paths, options.cwd);
  const done = [];
  const cache = options.cacheLocation ? new LintCache(options.cacheLocation, options.version ?? "", options.config) : void 0;
  const pending = [];
  for (const file of found) {
    if (file.messages.length > 0 || !cache) {
      if (file.messages.length > 0)
        done.push(file);
      else
        pending.push({ file });
      continue;
    }
    const relative = file.path;
    let bytes;
    try {
      bytes = readFileSync2(path2.resolve(options.cwd, relative));
    } catch {
      pending.push({ file });
      continue;
    }
    const key = cache.key(relative, bytes);
    const hit = cache.get(relative, key);
    if (hit) {
      const restored = deserializeFile(hit);
      restored.data.unifiedEngineGiven = true;
      done.push(restored);
    } else {
      file.value = bytes.toString("utf8");
      pending.push({ file, key });
    }
  }
  const results = [{ ...collectFailures(done, options.cwd), warnings: [] }];
  if (pending.length > 0)
    results.push(await lintPending(pending.map((item) => item.file), options));
  const files = results.flatMap((result) => result.files).sort((left, right) => left.path < right.path ? -1 : 1);
  const failures = dedupe(results.flatMap((result) => result.failures));
  const count = results.reduce((sum, result) => sum + result.found, 0);
  if (cache) {
    const keys = new Map(pending.filter((item) => item.key).map((item) => [item.file.path, item.key]));
    for (const file of files) {
      const key = keys.get(file.path);
      if (key && !file.data.archdocInternalError && !file.messages.some((message) => message.fatal && !message.ruleId)) {
        cache.set(file.path, key, serializeFile(file));
      }
    }
    cache.save();
  }
  if (count === 0 && failures.length === 0) {
    failures.push({
      where: options.paths.join(" "),
      reason: "no Markdown files found (looked for .md and .markdown files)"
    });
  }
  return { files, failures, warnings: [...new Set(results.flatMap((result) => result.warnings))] };
}
async function lintPending(files, options) {
  const shards = Math.min(availableParallelism(), Math.ceil(files.length / poolThreshold));
  if (shards <= 1) {
    for (const file of files) {
      const text = file.value === void 0 ? readText(file, options.cwd) : void 0;
      if (text !== void 0)
        file.value = text;
    }
    warmParsers(files.map((file) => String(file.value ?? "")));
    const { lintChunk } = await import("./engine-HK5QLIDM.js");
    return lintChunk(files, options.config, options.cwd);
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: shards - 1,
    maxThreads: shards - 1,
    idleTimeout: 1e3
  });
  const share = (index) => files.filter((_, position) => position % shards === index);
  try {
    const remote = Array.from({ length: shards - 1 }, (_, index) => pool.run({ paths: share(index + 1).map((file) => file.path), config: options.config, cwd: options.cwd }));
    const { lintChunk } = await import("./engine-HK5QLIDM.js");
    const local = await lintChunk(share(0), options.config, options.cwd);
    const others = await Promise.all(remote);
    return {
      files: [...local.files, ...others.flatMap((result) => result.files.map(deserializeFile))],
      failures: [...local.failures, ...others.flatMap((result) => result.failures)],
      found: local.found + others.reduce((sum, result) => sum + result.found, 0),
      warnings: [...local.warnings, ...others.flatMap((result) => result.warnings)]
    };
  } finally {
    await pool.destroy();
  }
}
function readText(file, cwd) {
  try {
    return readFileSync2(path2.resolve(cwd, file.path), "utf8");
  } catch {
    return void 0;
  }
}
function dedupe(failures) {
  const seen = /* @__PURE__ */ new Set();
  return failures.filter(function(failure) {
    const line = failure.where + "\0" + failure.reason;
    if (seen.has(line))
      return false;
    seen.add(line);
    return true;
  });
}
export {
  lint
};
