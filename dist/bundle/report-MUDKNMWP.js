import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  failureLine
} from "./chunk-J67W64GI.js";
import {
  isFailure
} from "./chunk-UVTXEKOX.js";
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import "./chunk-DWZXRXX6.js";
import "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-BNFVUJJB.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/report.js
import path from "node:path";

// dist/src/cli/formats/index.js
var loaders = {
  stylish: async () => (await import("./stylish-3JGADIWF.js")).stylish,
  json: async () => (await import("./json-YEBJBQVA.js")).json,
  sarif: async () => (await import("./sarif-MTEHY23K.js")).sarif,
  github: async () => (await import("./github-IEE53ML6.js")).github
};
function loadFormatter(format) {
  return loaders[format]();
}

// dist/src/cli/report.js
function exitCode(run, frail, maxWarnings) {
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
  if (maxWarnings !== void 0 && countWarnings(run) > maxWarnings)
    code = 1;
  return code;
}
function countWarnings(run) {
  return run.files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0);
}
function reportWidth(stream) {
  if (stream.isTTY && stream.columns)
    return stream.columns;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 100;
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
    write(streams.stderr, `archdoc-lint: warning: ${escapeControl(warning)}
`);
  const failures = [...run.failures];
  const context = { cwd, quiet: options.quiet, silent: options.silent, color: options.color, failures, version, width: reportWidth(streams.stderr) };
  const [stylish, chosen] = await Promise.all([loadFormatter("stylish"), loadFormatter(options.format)]);
  const stylishToStderr = () => stylish(run.files, context);
  if (options.outputFile) {
    const report = chosen(run.files, { ...context, color: false });
    const target = path.resolve(cwd, options.outputFile);
    try {
      const { writeFileAtomic } = await import("./atomic-write-SZZ3UVT2.js");
      await writeFileAtomic(target, report);
    } catch (error) {
      const code2 = error.code;
      failures.push({ where: options.outputFile, reason: `cannot write the report${code2 ? ` (${code2})` : ""}` });
    }
    write(streams.stderr, stylishToStderr());
  } else if (options.format === "stylish") {
    write(streams.stderr, stylishToStderr());
  } else {
    write(streams.stdout, chosen(run.files, context));
    write(streams.stderr, failures.map((failure) => failureLine(failure) + "\n").join(""));
  }
  const code = failures.length > run.failures.length ? 2 : exitCode(run, options.frail, options.maxWarnings);
  if (options.maxWarnings !== void 0 && code === 1 && exitCode(run, options.frail) === 0) {
    write(streams.stderr, `archdoc-lint: too many warnings (${countWarnings(run)}, maximum ${options.maxWarnings})
`);
  }
  return code;
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
  reportWidth,
  writeReports
};
