import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  findConfigFile
} from "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/cache.js
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
var LintCache = class {
  version;
  settings;
  file;
  data;
  configKeys = /* @__PURE__ */ new Map();
  changed = false;
  constructor(location, version, settings) {
    this.version = version;
    this.settings = settings;
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
    const given = JSON.stringify([this.settings.configFile ?? null, this.settings.rules ?? []]);
    hash.update(this.version + "\0" + String(this.settings.config) + "\0" + given + "\0" + filePath + "\0");
    hash.update(this.settings.config ? this.configKey(filePath) : "");
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
  /**
   * Write the cache atomically (a crash mid-write leaves the old one);
   * the error when it cannot be written, with no partial file left behind.
   */
  save() {
    if (!this.changed)
      return void 0;
    const temporary = this.file + "." + process.pid + ".tmp";
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(this.data));
      renameSync(temporary, this.file);
      return void 0;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
      }
      return error;
    }
  }
  configKey(filePath) {
    const folder = path.dirname(path.resolve(filePath));
    let key = this.configKeys.get(folder);
    if (key === void 0) {
      const config = this.settings.configFile ?? findConfigFile(filePath);
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
export {
  LintCache
};
