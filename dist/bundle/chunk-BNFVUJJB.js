import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/cli/config-files.js
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var ConfigError = class extends Error {
  configPath;
  detail;
  constructor(configPath, detail) {
    super(`${configPath}: ${detail}`);
    this.configPath = configPath;
    this.detail = detail;
    this.name = "ConfigError";
  }
};
var rcName = ".remarkrc";
var packageField = "remarkConfig";
var configNames = ["", ".json", ".cjs", ".mjs", ".js", ".yaml", ".yml"].map((extension) => rcName + extension);
function findConfigFile(filePath) {
  let folder = path.dirname(path.resolve(filePath));
  for (; ; ) {
    for (const name of configNames) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate))
        return candidate;
    }
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest) && hasPackageField(manifest))
      return manifest;
    const parent = path.dirname(folder);
    if (parent === folder)
      return void 0;
    folder = parent;
  }
}
function hasPackageField(manifest) {
  try {
    const data = JSON.parse(readFileSync(manifest, "utf8"));
    return data[packageField] !== void 0 && data[packageField] !== null;
  } catch {
    return true;
  }
}

export {
  ConfigError,
  rcName,
  packageField,
  configNames,
  findConfigFile
};
