import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/package.js
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function find() {
  if (cached)
    return cached;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, "utf8"));
      if (data.name === "archdoc-lint")
        return cached = { root: folder, version: data.version ?? "0.0.0" };
    }
    const parent = path.dirname(folder);
    if (parent === folder)
      throw new Error("cannot find archdoc-lint\u2019s package.json");
    folder = parent;
  }
}
function packageRoot() {
  return find().root;
}
function packageVersion() {
  return find().version;
}

export {
  packageRoot,
  packageVersion
};
