import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  failureLine
} from "./chunk-TKGJWIDS.js";
import {
  isFailure
} from "./chunk-KQRYG6XD.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/report.js
import { writeFile } from "node:fs/promises";
import path from "node:path";

// dist/src/cli/formats/index.js
var loaders = {
  stylish: async () => (await import("./stylish-V6GNZDOO.js")).stylish,
  json: async () => (await import("./json-3HBMU3Q6.js")).json,
  sarif: async () => (await import("./sarif-FDNT5YDJ.js")).sarif,
  github: async () => (await import("./github-3QQBPPVF.js")).github
};
function loadFormatter(format) {
  return loaders[format]();
}

// dist/src/cli/report.js
function exitCode(run, frail) {
  if (run.failures.length > 0)
    return 2;
  let code = 0;
  for (const file of run.files) {
    if (file.data.archdocInternalError)
      return 2;
    for (const message of file.messages) {
      if (isFailure(message))
        return 2;
      if (message.fatal || frail && message.fatal === false)
        code = 1;
    }
  }
  return code;
}
async function writeReports(run, options, streams, cwd, version) {
  for (const file of run.files) {
    for (const message of file.messages) {
      message.cause = void 0;
      message.stack = "";
    }
    file.messages.sort(byPlace);
  }
  for (const warning of run.warnings)
    write(streams.stderr, `archdoc-lint: warning: ${warning}
`);
  const failures = [...run.failures];
  const context = { cwd, quiet: options.quiet, silent: options.silent, color: options.color, failures, version };
  const [stylish, chosen] = await Promise.all([loadFormatter("stylish"), loadFormatter(options.format)]);
  const stylishToStderr = () => stylish(run.files, context);
  if (options.outputFile) {
    const report = chosen(run.files, { ...context, color: false });
    const target = path.resolve(cwd, options.outputFile);
    try {
      await writeFile(target, report);
    } catch (error) {
      const code = error.code;
      failures.push({ where: options.outputFile, reason: `cannot write the report${code ? ` (${code})` : ""}` });
    }
    write(streams.stderr, stylishToStderr());
  } else if (options.format === "stylish") {
    write(streams.stderr, stylishToStderr());
  } else {
    write(streams.stdout, chosen(run.files, context));
    write(streams.stderr, failures.map((failure) => failureLine(failure) + "\n").join(""));
  }
  return failures.length > run.failures.length ? 2 : exitCode(run, options.frail);
}
function byPlace(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function write(stream, text) {
  if (text)
    stream.write(text);
}
export {
  exitCode,
  writeReports
};
