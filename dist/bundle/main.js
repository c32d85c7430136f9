import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);
import {
  packageRoot,
  packageVersion
} from "./chunk-SXS2KKQC.js";
import {
  escapeControls
} from "./chunk-KZOG3JCU.js";
import {
  templatePlaceholders
} from "./chunk-PYBGO3PY.js";
import {
  toRelative
} from "./chunk-DWZXRXX6.js";
import "./chunk-7Y7VROCR.js";

// dist/src/cli/main.js
import path3 from "node:path";

// dist/src/cli/args.js
import path from "node:path";
import { parseArgs } from "node:util";
var defaultCacheLocation = path.join("node_modules", ".cache", "archdoc-lint");
var formats = ["stylish", "json", "sarif", "github"];
var UsageError = class extends Error {
};
var lintFlags = {
  format: { type: "string", short: "f", default: "stylish" },
  "output-file": { type: "string", short: "o" },
  frail: { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
  silent: { type: "boolean", short: "s", default: false },
  config: { type: "boolean", default: true },
  "no-config": { type: "boolean", default: false },
  color: { type: "boolean" },
  "no-color": { type: "boolean", default: false },
  watch: { type: "boolean", short: "w", default: false },
  cache: { type: "boolean", default: false },
  "cache-location": { type: "string" },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  "fix-rule": { type: "string", multiple: true },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false }
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
  const parsed = parse(() => parseArgs({ args: argv, allowPositionals: true, strict: true, options: lintFlags }));
  const values = parsed.values;
  if (values.help)
    return { command: "help" };
  if (values.version)
    return { command: "version" };
  const format = values.format;
  if (!formats.includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`, expected one of: ${formats.join(", ")}`);
  }
  const outputFile = values["output-file"];
  if (outputFile === "")
    throw new UsageError("Option `--output-file` needs a file path");
  return {
    command: "lint",
    paths: parsed.positionals.length > 0 ? parsed.positionals : ["."],
    format,
    outputFile,
    frail: values.frail,
    quiet: values.quiet,
    silent: values.silent,
    config: values.config && !values["no-config"],
    color: values["no-color"] ? false : values.color ?? defaultColor(),
    watch: values.watch,
    cacheLocation: cacheLocation(values.cache, values["cache-location"]),
    ...fixOptions(values.fix, values["fix-dry-run"], values["fix-rule"], values.watch)
  };
}
function fixOptions(fix, dryRun, rules, watch) {
  if (fix && dryRun)
    throw new UsageError("Options `--fix` and `--fix-dry-run` cannot be used together");
  const mode = fix ? "write" : dryRun ? "dry-run" : void 0;
  if (rules !== void 0 && mode === void 0)
    throw new UsageError("Option `--fix-rule` goes with `--fix` or `--fix-dry-run`");
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
       archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]

Lint architecture design docs (Markdown). Paths default to \`.\`; folders are
searched for .md and .markdown files; .remarkignore is honoured; .remarkrc*
and package.json#remarkConfig are used when found, else the built-in preset.

Options:
  -f, --format <name>       stylish (default, to stderr), json, sarif or
                            github (to stdout, nothing else on stdout)
  -o, --output-file <path>  write the report to a file instead; the terminal
                            still gets the stylish report on stderr
      --frail               exit 1 on warnings too
  -q, --quiet               do not list files without messages
  -s, --silent              report errors only
      --no-config           ignore config files, run the built-in preset
      --color, --no-color   force or disable colour
  -w, --watch               lint again whenever a file changes
      --cache               reuse the results of unchanged files (keyed on the file,
                            its config file and the archdoc-lint version)
      --cache-location <dir>  where the cache lives (default
                            node_modules/.cache/archdoc-lint)
      --fix                 fix what has one right answer, in place (only
                            files that change are written); the report and
                            exit code are of what remains
      --fix-dry-run         print the fixes as a unified diff, write nothing
      --fix-rule <id>       fix only this rule's messages (repeatable)
  -h, --help                show this help
  -v, --version             show the version

Commands:
  new <NNNNNN-StoryName>    write <NNNNNN-StoryName>.md from the template
      -d, --dir <folder>    where to write it (default: .)

Exit codes: 0 clean (warnings allowed), 1 lint errors (or warnings with
--frail), 2 usage, config or I/O errors (the other files are still linted).`;

// dist/src/cli/new.js
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";
var story = templatePlaceholders.storyReference;
var referencePattern = new RegExp(story.pattern);
var referencePlaceholder = `[${story.placeholder}]`;
var templatePath = () => path2.join(packageRoot(), "template", "design-doc-template.md");
async function createDoc(options, streams, cwd) {
  const fail = (message) => {
    streams.stderr.write(`archdoc-lint: ${message}
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
  streams.stdout.write(shown + "\n");
  return 0;
}

// dist/src/cli/main.js
async function lintAndFix(options, streams, cwd) {
  const [{ lint }, { writeReports }, { fixRun }, { rules }] = await Promise.all([import("./lint-5B2CODGG.js"), import("./report-DDGUHZFD.js"), import("./fix-2BTQJT52.js"), import("./rules-6W7HEJ64.js")]);
  const known = rules.map((rule) => rule.meta.id);
  const unknown = options.fixRules?.find((id) => !known.includes(id));
  if (unknown !== void 0) {
    streams.stderr.write(`archdoc-lint: Unknown rule \`${escapeControls(unknown)}\` in \`--fix-rule\` (see \`archdoc-lint --help\`)
`);
    return 2;
  }
  const run = await lint({ paths: options.paths, config: options.config, cwd, cacheLocation: options.cacheLocation && path3.resolve(cwd, options.cacheLocation), version: packageVersion() });
  const fixed = await fixRun(run, { mode: options.fix, rules: options.fixRules, config: options.config, cwd });
  if (options.format === "stylish" || options.outputFile)
    for (const diff of fixed.diffs)
      streams.stdout.write(diff);
  for (const note of fixed.notes)
    streams.stderr.write(`archdoc-lint: ${note}
`);
  return writeReports(fixed.run, options, streams, cwd, packageVersion());
}
async function main(argv, streams = process, cwd = process.cwd()) {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError))
      throw error;
    streams.stderr.write(`archdoc-lint: ${error.message} (see \`archdoc-lint --help\`)
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
    case "lint": {
      const [{ lint }, { writeReports }, { watch }] = await Promise.all([import("./lint-5B2CODGG.js"), import("./report-DDGUHZFD.js"), import("./watch-I54AY5SL.js")]);
      const once = async () => writeReports(await lint({ paths: options.paths, config: options.config, cwd, cacheLocation: options.cacheLocation && path3.resolve(cwd, options.cacheLocation), version: packageVersion() }), options, streams, cwd, packageVersion());
      if (options.watch)
        return watch(options, once, streams, cwd);
      if (options.fix)
        return lintAndFix(options, streams, cwd);
      return once();
    }
  }
}
export {
  main
};
