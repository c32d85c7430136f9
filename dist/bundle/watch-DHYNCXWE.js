import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import "./chunk-5RBQZLOV.js";
import {
  configNames
} from "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/watch.js
import { existsSync, statSync, watch as watchPath } from "node:fs";
import path from "node:path";
var watched = /(?:\.md|\.markdown)$/;
var settings = /* @__PURE__ */ new Set([...configNames, "package.json", ".remarkignore"]);
function watchRoot(cwd, given) {
  const full = path.resolve(cwd, given);
  if (existsSync(full))
    return full;
  const magic = given.search(/[*?[\]{}!]/);
  const base = magic === -1 ? path.dirname(given) : upToLastSeparator(given.slice(0, magic));
  const root = path.resolve(cwd, base || ".");
  return existsSync(root) ? root : cwd;
}
function upToLastSeparator(text) {
  return text.slice(0, Math.max(text.lastIndexOf("/"), text.lastIndexOf("\\")) + 1);
}
async function watch(options, once, streams, cwd) {
  let running = false;
  let again = false;
  let timer;
  const run = async (reason) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (reason)
      streams.stderr.write(`
archdoc-lint: ${escapeControl(reason)} changed, linting again
`);
    try {
      await once();
    } catch (error) {
      streams.stderr.write(`archdoc-lint: ${escapeControl(error instanceof Error ? error.message.split("\n")[0] : String(error))}
`);
    }
    streams.stderr.write("archdoc-lint: watching for changes (Ctrl-C to stop)\n");
    running = false;
    if (again) {
      again = false;
      void run("a file");
    }
  };
  const roots = [...new Set(options.paths.map((given) => watchRoot(cwd, given)))];
  const watchers = [];
  for (const root of roots) {
    const folder = statSync(root).isDirectory();
    const watcher = watchPath(root, { recursive: folder }, function(_event, name) {
      const changed = name ? folder ? path.join(root, String(name)) : root : root;
      const base = path.basename(changed);
      if (changed.split(path.sep).includes("node_modules"))
        return;
      if (!watched.test(base) && !settings.has(base))
        return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(path.relative(cwd, changed) || base), 100);
    });
    watcher.on("error", (error) => streams.stderr.write(`archdoc-lint: cannot watch \`${escapeControl(path.relative(cwd, root) || ".")}\`: ${escapeControl(error.message)}
`));
    watchers.push(watcher);
  }
  const stopped = new Promise(function(resolve) {
    const stop = () => {
      for (const watcher of watchers)
        watcher.close();
      clearTimeout(timer);
      resolve(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await run();
  return stopped;
}
export {
  watch,
  watchRoot
};
