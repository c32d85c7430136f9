import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);

// dist/src/cli/paths.js
import path from "node:path";
function toRelative(cwd, filePath) {
  const relative = path.relative(cwd, path.resolve(cwd, filePath));
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}

export {
  toRelative
};
