import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  packageRoot,
  packageVersion
} from "./chunk-SXS2KKQC.js";
import {
  templatePlaceholders
} from "./chunk-PYBGO3PY.js";
import {
  escapeControl
} from "./chunk-WXAIEXUZ.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import {
  maxBytes
} from "./chunk-OSZRUBPO.js";
import "./chunk-5RBQZLOV.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/main.js
import { statSync } from "node:fs";
import path3 from "node:path";

// dist/src/cli/args.js
import path from "node:path";
import { parseArgs } from "node:util";
var defaultCacheLocation = path.join("node_modules", ".cache", "archdoc-lint");
var formats = ["stylish", "json", "sarif", "github"];
var UsageError = class extends Error {
};
var lintFlags = {
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "ignore-pattern": { type: "string", multiple: true },
  "ignore-path": { type: "string", short: "i" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "file-path": { type: "string" },
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  frail: { type: "boolean" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  silent: { type: "boolean", short: "S" },
  "s-silent": { type: "boolean", short: "s" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  watch: { type: "boolean", short: "w" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-rule": { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var newFlags = {
  dir: { type: "string", short: "d", default: "." },
  help: { type: "boolean", short: "h", default: false }
};
function parse(run) {
  try {
    return run();
  } catch (error) {
    const text = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(text.replace(/\. To specify a positional argument.*$/, ""));
  }
}
function parseCliArgs(argv) {
  if (argv[0] === "new")
    return parseNewArgs(argv.slice(1));
  const parsed = parse(() => parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: lintFlags }));
  const values = parsed.values;
  if (values.help)
    return { command: "help" };
  if (values.version)
    return { command: "version" };
  const format = values.format ?? "stylish";
  if (!formats.includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`, expected one of: ${formats.join(", ")}`);
  }
  const outputFile = values["output-file"];
  if (outputFile === "")
    throw new UsageError("Option `--output-file` needs a file path");
  const configFile = values.config;
  if (configFile === "")
    throw new UsageError("Option `--config` needs a file path");
  if (configFile !== void 0 && values["no-config"])
    throw new UsageError("Options `--config` and `--no-config` cannot go together");
  const ignorePath = values["ignore-path"];
  if (ignorePath === "")
    throw new UsageError("Option `--ignore-path` needs a file path");
  const { stdin, stdinFilename, paths } = stdinOptions(values, parsed.positionals);
  const watch = values.watch ?? false;
  if (stdin && watch)
    throw new UsageError("Option `--watch` cannot watch standard input");
  return {
    command: "lint",
    paths,
    format,
    outputFile,
    frail: values.frail ?? false,
    maxWarnings: maxWarnings(values["max-warnings"]),
    quiet: values.quiet ?? false,
    silent: (values.silent ?? false) || (values["s-silent"] ?? false),
    config: !values["no-config"],
    configFile,
    rules: (values.rule ?? []).map(parseRule),
    ignorePatterns: values["ignore-pattern"] ?? [],
    ignorePath,
    color: lastColorFlag(parsed.tokens) ?? defaultColor(),
    watch,
    cacheLocation: cacheLocation(values.cache ?? false, values["cache-location"]),
    stdin,
    stdinFilename,
    ...fixOptions(values.fix ?? false, values["fix-dry-run"] ?? false, values["fix-rule"], watch, stdin)
  };
}
function stdinOptions(values, positionals) {
  const names = [values["stdin-filename"], values["file-path"]].filter((name) => name !== void 0);
  if (names.some((name) => name === ""))
    throw new UsageError("Option `--stdin-filename` needs a file path");
  if (names.length > 1 && names[0] !== names[1])
    throw new UsageError("Options `--stdin-filename` and `--file-path` name different files");
  const dash = positionals.includes("-");
  const stdin = Boolean(values.stdin) || dash || names.length > 0 && positionals.length === 0;
  if (stdin) {
    const others = positionals.filter((given) => given !== "-");
    if (others.length > 0)
      throw new UsageError(`Standard input is linted alone: remove the paths (${others.join(" ")}) or \`--stdin\``);
    return { stdin, stdinFilename: names[0], paths: [] };
  }
  if (names.length > 0)
    throw new UsageError("Option `--stdin-filename` goes with `--stdin` (or `-` as the path)");
  return { stdin, stdinFilename: void 0, paths: positionals.length > 0 ? positionals : ["."] };
}
function maxWarnings(value) {
  if (value === void 0)
    return void 0;
  if (!/^\d+$/.test(value))
    throw new UsageError(`Option \`--max-warnings\` needs a whole number of warnings (0 or more), not \`${value}\``);
  return Number(value);
}
var severityWords = /* @__PURE__ */ new Set(["off", "warn", "error", "0", "1", "2"]);
function parseRule(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    const value = parseJson(trimmed, text);
    const entries = value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value) : [];
    if (entries.length !== 1)
      throw new UsageError(`Option \`--rule\` takes one rule, as \`<id>: <severity>\`, not \`${text}\``);
    return entries[0];
  }
  const match = /^([\w/-]+)\s*:\s*(\S[\s\S]*)$/.exec(trimmed);
  if (!match)
    throw new UsageError(`Option \`--rule\` takes \`<id>: <severity>\` or \`<id>: [<severity>, <options>]\`, not \`${text}\``);
  const id = match[1].replace(/^archdoc-lint\/rules\//, "");
  const setting = match[2].trim();
  if (severityWords.has(setting))
    return [id, /^\d$/.test(setting) ? Number(setting) : setting];
  return [id, parseJson(setting.replace(/^\[\s*(off|warn|error)\s*(?=[,\]])/, '["$1"'), text)];
}
function parseJson(json, text) {
  try {
    return JSON.parse(json);
  } catch {
    throw new UsageError(`Option \`--rule\` has a setting that is neither a severity nor JSON: \`${text}\``);
  }
}
function lastColorFlag(tokens) {
  let color;
  for (const token of tokens ?? []) {
    if (token.kind !== "option")
      continue;
    if (token.name === "color")
      color = true;
    if (token.name === "no-color")
      color = false;
  }
  return color;
}
function fixOptions(fix, dryRun, rules, watch, stdin) {
  if (fix && dryRun)
    throw new UsageError("Options `--fix` and `--fix-dry-run` cannot be used together");
  const mode = fix ? "write" : dryRun ? "dry-run" : void 0;
  if (rules !== void 0 && mode === void 0)
    throw new UsageError("Option `--fix-rule` goes with `--fix` or `--fix-dry-run`");
  if (fix && stdin)
    throw new UsageError("Option `--fix` cannot write standard input: use `--fix-dry-run` (with `--format json`, the fixed text is the file's `output`)");
  if (mode !== void 0 && watch)
    throw new UsageError(`Option \`--${fix ? "fix" : "fix-dry-run"}\` cannot be used with \`--watch\``);
  const ids = rules?.flatMap((rule) => rule.split(",")).map((rule) => rule.trim());
  if (ids?.some((id) => id === ""))
    throw new UsageError("Option `--fix-rule` needs a rule id");
  return { fix: mode, fixRules: ids };
}
function parseNewArgs(argv) {
  const parsed = parse(() => parseArgs({ args: argv, allowPositionals: true, strict: true, options: newFlags }));
  if (parsed.values.help)
    return { command: "help" };
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? "Missing story reference: `archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]`" : `Expected one story reference, got ${parsed.positionals.length}: ${parsed.positionals.join(" ")}`);
  }
  const dir = parsed.values.dir;
  if (dir === "")
    throw new UsageError("Option `--dir` needs a folder");
  return { command: "new", reference: parsed.positionals[0], dir };
}
function cacheLocation(cache, location) {
  if (location === "")
    throw new UsageError("Option `--cache-location` needs a folder");
  if (!cache) {
    if (location !== void 0)
      throw new UsageError("Option `--cache-location` goes with `--cache`");
    return void 0;
  }
  return location ?? defaultCacheLocation;
}
function defaultColor() {
  if (process.env.NO_COLOR)
    return false;
  if (process.env.FORCE_COLOR)
    return process.env.FORCE_COLOR !== "0";
  return Boolean(process.stderr.isTTY);
}
var helpText = `Usage: archdoc-lint [options] [paths or globs ...]
       archdoc-lint [options] --stdin [--stdin-filename <path>] < doc.md
       archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]

Lint architecture design docs (Markdown). Paths default to \`.\`; folders are
searched for .md and .markdown files; .remarkignore is honoured; .remarkrc*
and package.json#remarkConfig are used when found, else the built-in preset.

Basic configuration:
  -c, --config <file>             use this config file and no other
  --no-config                     ignore config files, run the built-in preset
  --rule <id: severity>           set a rule for this run, after any config:
                                  'document-title: off', 'id: [warn, {...}]'

Ignoring files:
  -i, --ignore-path <file>        use this ignore file instead of .remarkignore
  --ignore-pattern <glob>         ignore these files too (repeatable)

Using stdin:
  --stdin                         lint standard input (also: \`-\` as the path)
  --stdin-filename <path>         the path it stands for: config, ignore files
                                  and report name (alias: --file-path)

Handling warnings:
  -q, --quiet                     do not list files without messages
  -S, --silent                    report errors only (also: -s)
  --frail                         exit 1 on warnings too
  --max-warnings <n>              exit 1 when there are more than n warnings

Output:
  -f, --format <name>             stylish (default, to stderr), json, sarif or
                                  github (to stdout, nothing else on stdout)
  -o, --output-file <path>        write the report to a file instead; the
                                  terminal still gets the stylish report
  --color, --no-color             force or disable colour (the last one wins)

Fixing problems:
  --fix                           fix what has exactly one right answer, in
                                  place, then report what remains
  --fix-dry-run                   print the fixes as a unified diff (with
                                  --format json: each file's fixed output)
  --fix-rule <id>                 fix only this rule's messages (repeatable)

Caching and watching:
  --cache                         reuse the results of unchanged files (keyed
                                  on the file, its config and the version)
  --cache-location <dir>          where the cache lives (default
                                  node_modules/.cache/archdoc-lint)
  -w, --watch                     lint again whenever a file changes

Miscellaneous:
  -h, --help                      show this help
  -v, --version                   show the version

Commands:
  new <NNNNNN-StoryName>          write <NNNNNN-StoryName>.md from the template
    -d, --dir <folder>            where to write it (default: .)

Exit codes: 0 clean (warnings allowed), 1 lint errors (or warnings with
--frail, or more than --max-warnings), 2 usage, config or I/O errors (the
other files are still linted).`;

// dist/src/cli/new.js
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";
var story = templatePlaceholders.storyReference;
var referencePattern = new RegExp(story.pattern);
var referencePlaceholder = `[${story.placeholder}]`;
var templatePath = () => path2.join(packageRoot(), "template", "design-doc-template.md");
async function createDoc(options, streams, cwd) {
  const fail = (message) => {
    streams.stderr.write(`archdoc-lint: ${escapeControl(message)}
`);
    return 2;
  };
  if (!referencePattern.test(options.reference)) {
    return fail(`invalid story reference \`${options.reference}\`: expected six digits, a hyphen and a PascalCase name, like \`004217-TeamInvitations\``);
  }
  const folder = path2.resolve(cwd, options.dir);
  const target = path2.join(folder, options.reference + ".md");
  const shown = toRelative(cwd, target);
  let template;
  try {
    template = await readFile(templatePath(), "utf8");
  } catch {
    return fail(`cannot read the template \`${templatePath()}\``);
  }
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(target, template.replace(referencePlaceholder, options.reference), { flag: "wx" });
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST")
      return fail(`${shown}: already exists, not overwritten`);
    return fail(`${shown}: cannot write${code ? ` (${code})` : ""}`);
  }
  streams.stdout.write(escapeControl(shown) + "\n");
  return 0;
}

// dist/src/cli/stdin.js
async function readStdin(stream, limit = maxBytes + 1) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(buffer.subarray(0, limit - size));
    size += Math.min(buffer.length, limit - size);
    if (size >= limit)
      break;
  }
  return Buffer.concat(chunks).toString("utf8");
}

// dist/src/cli/main.js
async function main(argv, streams = process, cwd = process.cwd(), stdin = process.stdin) {
  let options;
  try {
    options = parseCliArgs(argv);
    if (options.command === "lint" && options.rules && options.rules.length > 0)
      await checkRules(options.rules);
  } catch (error) {
    if (!(error instanceof UsageError))
      throw error;
    streams.stderr.write(`archdoc-lint: ${escapeControl(error.message)} (see \`archdoc-lint --help\`)
`);
    return 2;
  }
  switch (options.command) {
    case "help":
      streams.stdout.write(helpText + "\n");
      return 0;
    case "version":
      streams.stdout.write(packageVersion() + "\n");
      return 0;
    case "new":
      return createDoc(options, streams, cwd);
    case "lint":
      return lintCommand(options, streams, cwd, stdin);
  }
}
async function lintCommand(options, streams, cwd, stdin) {
  for (const [flag, given] of [["--config", options.configFile], ["--ignore-path", options.ignorePath]]) {
    const problem = given === void 0 ? void 0 : unreadable(path3.resolve(cwd, given));
    if (problem) {
      streams.stderr.write(`archdoc-lint: ${given}: ${problem} (given with \`${flag}\`)
`);
      return 2;
    }
  }
  const [{ lint }, { writeReports }, { watch }, { showProgress }, { VFile }] = await Promise.all([
    import("./lint-BWY7IHN5.js"),
    import("./report-MUDKNMWP.js"),
    import("./watch-DHYNCXWE.js"),
    import("./progress-VKCQVGOS.js"),
    import("./vfile-A5ILTBGR.js")
  ]);
  const input = options.stdin ? await readStdin(stdin) : void 0;
  const stdinFile = () => input === void 0 ? void 0 : new VFile({ path: path3.resolve(cwd, options.stdinFilename ?? "<stdin>"), value: input });
  if (options.fix)
    return lintAndFix(options, streams, cwd, stdinFile());
  const once = async () => {
    const progress = options.format === "stylish" ? showProgress(streams.stderr) : void 0;
    try {
      const run = await lint({
        ...options,
        stdin: stdinFile(),
        cwd,
        cacheLocation: options.cacheLocation && path3.resolve(cwd, options.cacheLocation),
        version: packageVersion(),
        onProgress: progress?.update
      });
      progress?.clear();
      return await writeReports(run, options, streams, cwd, packageVersion());
    } finally {
      progress?.clear();
    }
  };
  if (options.watch)
    return watch(options, once, streams, cwd);
  return once();
}
function unreadable(file) {
  try {
    return statSync(file).isFile() ? void 0 : "not a regular file";
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR" ? "no such file" : `cannot be read (${code ?? "unknown error"})`;
  }
}
async function checkRules(rules) {
  const { checkRuleSetting } = await import("./config-NWJX3PGH.js");
  for (const [id, setting] of rules) {
    try {
      checkRuleSetting(id, setting);
    } catch (error) {
      throw new UsageError(`Option \`--rule\`: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
async function lintAndFix(options, streams, cwd, stdin) {
  const [{ lint, engineSettings }, { writeReports }, { fixRun }, { rules }] = await Promise.all([import("./lint-BWY7IHN5.js"), import("./report-MUDKNMWP.js"), import("./fix-TNKUGTTB.js"), import("./rules-LLZZ3N6G.js")]);
  const known = rules.map((rule) => rule.meta.id);
  const unknown = options.fixRules?.find((id) => !known.includes(id));
  if (unknown !== void 0) {
    streams.stderr.write(`archdoc-lint: Unknown rule \`${escapeControl(unknown)}\` in \`--fix-rule\` (see \`archdoc-lint --help\`)
`);
    return 2;
  }
  const input = stdin && { path: path3.resolve(cwd, stdin.path), text: String(stdin.value) };
  const settings = { ...options, stdin, cwd, cacheLocation: options.cacheLocation && path3.resolve(cwd, options.cacheLocation), version: packageVersion() };
  const run = await lint(settings);
  const fixed = await fixRun(run, { mode: options.fix, rules: options.fixRules, settings: engineSettings(settings), cwd, stdin: input });
  if (options.format === "stylish" || options.outputFile)
    for (const diff of fixed.diffs)
      streams.stdout.write(diff);
  for (const note of fixed.notes)
    streams.stderr.write(`archdoc-lint: ${note}
`);
  return writeReports(fixed.run, options, streams, cwd, packageVersion());
}
export {
  escapeControl,
  main
};
