import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  deserializeFile,
  serializeFile
} from "./chunk-R2N6MALJ.js";
import {
  discover
} from "./chunk-7GOATO5D.js";
import {
  defaultLanguageAliases
} from "./chunk-LPY6ATG6.js";
import {
  collectFailures,
  readDocument
} from "./chunk-UVTXEKOX.js";
import "./chunk-WXAIEXUZ.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-5LJG76MM.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/lint.js
import { availableParallelism } from "node:os";
import path from "node:path";

// dist/src/code/warm.js
var fence = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*([A-Za-z]+)/gm;
var modules = {
  elixir: () => import("./elixir-JLCHVLAD.js"),
  sql: () => import("./sql-3UJWL7LG.js"),
  graphql: () => import("./graphql-JU3KEOOI.js")
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

// dist/src/cli/lint.js
var cacheWarnings = /* @__PURE__ */ new Set();
var poolThreshold = 24;
var workerYoungGenerationMb = 48;
async function lint(options) {
  const settings = engineSettings(options);
  const found = await discover(options.stdin ? [options.stdin] : options.paths, options.cwd, settings);
  const done = [];
  const cache = options.cacheLocation && !options.stdin ? new (await import("./cache-A2O5TBT7.js")).LintCache(options.cacheLocation, options.version ?? "", settings) : void 0;
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
    const bytes = readDocument(file);
    if (!bytes) {
      done.push(file);
      continue;
    }
    const key = cache.key(relative, bytes);
    const hit = cache.get(relative, key);
    if (hit) {
      const restored = deserializeFile(hit);
      restored.data.unifiedEngineGiven = true;
      done.push(restored);
    } else {
      pending.push({ file, key });
    }
  }
  const warnings = [];
  const results = [{ ...collectFailures(done, options.cwd), warnings: [] }];
  let progressed = done.length;
  const progress = (count2) => {
    progressed += count2;
    options.onProgress?.(progressed, found.length);
  };
  options.onProgress?.(progressed, found.length);
  if (pending.length > 0)
    results.push(await lintPending(pending.map((item) => item.file), options, settings, progress));
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
    const error = cache.save();
    const warning = error && `${toRelative(options.cwd, options.cacheLocation)}: cannot write the cache${error.code ? ` (${error.code})` : ""}: results not cached`;
    if (warning && !cacheWarnings.has(warning)) {
      cacheWarnings.add(warning);
      warnings.push(warning);
    }
  }
  if (count === 0 && failures.length === 0) {
    failures.push({
      where: options.stdin ? String(options.stdin.path) : options.paths.join(" "),
      reason: "no Markdown files found (looked for .md and .markdown files)"
    });
  }
  return { files, failures, warnings: [.../* @__PURE__ */ new Set([...results.flatMap((result) => result.warnings), ...warnings])] };
}
function engineSettings(options) {
  return {
    config: options.config,
    configFile: options.configFile && path.resolve(options.cwd, options.configFile),
    rules: options.rules ?? [],
    ignorePatterns: options.ignorePatterns ?? [],
    ignorePath: options.ignorePath && path.resolve(options.cwd, options.ignorePath)
  };
}
var filesPerTask = 16;
async function lintPending(files, options, settings, progress) {
  const shards = Math.min(availableParallelism(), Math.ceil(files.length / poolThreshold));
  if (shards <= 1) {
    for (const file of files)
      if (file.value === void 0)
        readDocument(file);
    warmParsers(files.map((file) => String(file.value ?? "")));
    const { lintChunk } = await import("./engine-KHQUGPNN.js");
    return lintChunk(files, settings, options.cwd, progress);
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: shards,
    maxThreads: shards,
    idleTimeout: 1e3,
    resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb }
  });
  const tasks = [];
  for (let start = 0; start < files.length; start += filesPerTask)
    tasks.push(files.slice(start, start + filesPerTask));
  const results = [];
  const remote = async () => {
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      const result = await pool.run({ paths: task.map((file) => file.path), settings, cwd: options.cwd });
      results.push({ ...result, files: result.files.map(deserializeFile) });
      progress(task.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: shards }, remote));
    return {
      files: results.flatMap((result) => result.files),
      failures: results.flatMap((result) => result.failures),
      found: results.reduce((sum, result) => sum + result.found, 0),
      warnings: results.flatMap((result) => result.warnings)
    };
  } finally {
    await pool.destroy();
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
  engineSettings,
  lint
};
