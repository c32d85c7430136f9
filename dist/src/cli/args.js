/** Command-line arguments, parsed with Node's own `util.parseArgs`. */
import path from 'node:path';
import { parseArgs } from 'node:util';
/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const defaultCacheLocation = path.join('node_modules', '.cache', 'archdoc-lint');
export const formats = ['stylish', 'json', 'sarif', 'github'];
export class UsageError extends Error {
}
/*
 * Short flags: ESLint's (`-c`, `-f`, `-o`) and remark-cli's that mean the
 * same thing here (`-q`, `-S`, `-i`, `-w`). remark-cli's `-f` (frail), `-r`
 * (rc-path), `-s` (setting), `-e`, `-t`, `-u` are not taken with another
 * meaning, except `-f` (ESLint's `--format`) and `-s`, which is kept for
 * `--silent` because it worked before.
 */
const lintFlags = {
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    'ignore-pattern': { type: 'string', multiple: true },
    'ignore-path': { type: 'string', short: 'i' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    'file-path': { type: 'string' },
    format: { type: 'string', short: 'f' },
    'output-file': { type: 'string', short: 'o' },
    frail: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    silent: { type: 'boolean', short: 'S' },
    's-silent': { type: 'boolean', short: 's' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    watch: { type: 'boolean', short: 'w' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'fix-rule': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
const newFlags = {
    dir: { type: 'string', short: 'd', default: '.' },
    help: { type: 'boolean', short: 'h', default: false }
};
function parse(run) {
    try {
        return run();
    }
    catch (error) {
        // parseArgs adds advice about `--` that does not help here: keep the first sentence.
        const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new UsageError(text.replace(/\. To specify a positional argument.*$/, ''));
    }
}
export function parseCliArgs(argv) {
    if (argv[0] === 'new')
        return parseNewArgs(argv.slice(1));
    const parsed = parse(() => parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: lintFlags }));
    const values = parsed.values;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const format = values.format ?? 'stylish';
    if (!formats.includes(format)) {
        throw new UsageError(`Unknown format \`${format}\`, expected one of: ${formats.join(', ')}`);
    }
    const outputFile = values['output-file'];
    if (outputFile === '')
        throw new UsageError('Option `--output-file` needs a file path');
    const configFile = values.config;
    if (configFile === '')
        throw new UsageError('Option `--config` needs a file path');
    if (configFile !== undefined && values['no-config'])
        throw new UsageError('Options `--config` and `--no-config` cannot go together');
    const ignorePath = values['ignore-path'];
    if (ignorePath === '')
        throw new UsageError('Option `--ignore-path` needs a file path');
    const { stdin, stdinFilename, paths } = stdinOptions(values, parsed.positionals);
    const watch = values.watch ?? false;
    if (stdin && watch)
        throw new UsageError('Option `--watch` cannot watch standard input');
    return {
        command: 'lint',
        paths,
        format: format,
        outputFile,
        frail: values.frail ?? false,
        maxWarnings: maxWarnings(values['max-warnings']),
        quiet: values.quiet ?? false,
        silent: (values.silent ?? false) || (values['s-silent'] ?? false),
        config: !values['no-config'],
        configFile,
        rules: (values.rule ?? []).map(parseRule),
        ignorePatterns: values['ignore-pattern'] ?? [],
        ignorePath,
        color: lastColorFlag(parsed.tokens) ?? defaultColor(),
        watch,
        cacheLocation: cacheLocation(values.cache ?? false, values['cache-location']),
        stdin,
        stdinFilename,
        ...fixOptions(values.fix ?? false, values['fix-dry-run'] ?? false, values['fix-rule'], watch, stdin)
    };
}
/**
 * Standard input is read with `--stdin` (ESLint), `-` as the path, or a
 * name given for it alone (`--stdin-filename`, ESLint; `--file-path`,
 * remark-cli); it cannot be mixed with paths.
 */
function stdinOptions(values, positionals) {
    const names = [values['stdin-filename'], values['file-path']].filter((name) => name !== undefined);
    if (names.some((name) => name === ''))
        throw new UsageError('Option `--stdin-filename` needs a file path');
    if (names.length > 1 && names[0] !== names[1])
        throw new UsageError('Options `--stdin-filename` and `--file-path` name different files');
    const dash = positionals.includes('-');
    const stdin = Boolean(values.stdin) || dash || (names.length > 0 && positionals.length === 0);
    if (stdin) {
        const others = positionals.filter((given) => given !== '-');
        if (others.length > 0)
            throw new UsageError(`Standard input is linted alone: remove the paths (${others.join(' ')}) or \`--stdin\``);
        return { stdin, stdinFilename: names[0], paths: [] };
    }
    if (names.length > 0)
        throw new UsageError('Option `--stdin-filename` goes with `--stdin` (or `-` as the path)');
    return { stdin, stdinFilename: undefined, paths: positionals.length > 0 ? positionals : ['.'] };
}
function maxWarnings(value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`Option \`--max-warnings\` needs a whole number of warnings (0 or more), not \`${value}\``);
    return Number(value);
}
const severityWords = new Set(['off', 'warn', 'error', '0', '1', '2']);
/**
 * `--rule` as ESLint writes it: `<id>: <severity>` or `<id>: [<severity>,
 * <options>]` in JSON (`document-title: [warn, {"title": "Design"}]` with
 * bare severity words too), or a JSON object of rule ids to settings. Only
 * the syntax is checked here; the rule id and its options are checked like a
 * config file's when the run starts.
 */
export function parseRule(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        const value = parseJson(trimmed, text);
        const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
        if (entries.length !== 1)
            throw new UsageError(`Option \`--rule\` takes one rule, as \`<id>: <severity>\`, not \`${text}\``);
        return entries[0];
    }
    const match = /^([\w/-]+)\s*:\s*(\S[\s\S]*)$/.exec(trimmed);
    if (!match)
        throw new UsageError(`Option \`--rule\` takes \`<id>: <severity>\` or \`<id>: [<severity>, <options>]\`, not \`${text}\``);
    const id = match[1].replace(/^archdoc-lint\/rules\//, '');
    const setting = match[2].trim();
    if (severityWords.has(setting))
        return [id, /^\d$/.test(setting) ? Number(setting) : setting];
    // ESLint's `[warn, {...}]`: quote a bare leading severity word for JSON.
    return [id, parseJson(setting.replace(/^\[\s*(off|warn|error)\s*(?=[,\]])/, '["$1"'), text)];
}
function parseJson(json, text) {
    try {
        return JSON.parse(json);
    }
    catch {
        throw new UsageError(`Option \`--rule\` has a setting that is neither a severity nor JSON: \`${text}\``);
    }
}
/** The last of `--color` and `--no-color` wins, as in ESLint and remark-cli. */
function lastColorFlag(tokens) {
    let color;
    for (const token of tokens ?? []) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'color')
            color = true;
        if (token.name === 'no-color')
            color = false;
    }
    return color;
}
/** `--fix`, `--fix-dry-run` and `--fix-rule`; standard input is never written (`--fix-dry-run` shows its fixes). */
function fixOptions(fix, dryRun, rules, watch, stdin) {
    if (fix && dryRun)
        throw new UsageError('Options `--fix` and `--fix-dry-run` cannot be used together');
    const mode = fix ? 'write' : dryRun ? 'dry-run' : undefined;
    if (rules !== undefined && mode === undefined)
        throw new UsageError('Option `--fix-rule` goes with `--fix` or `--fix-dry-run`');
    if (fix && stdin)
        throw new UsageError('Option `--fix` cannot write standard input: use `--fix-dry-run` (with `--format json`, the fixed text is the file\'s `output`)');
    if (mode !== undefined && watch)
        throw new UsageError(`Option \`--${fix ? 'fix' : 'fix-dry-run'}\` cannot be used with \`--watch\``);
    const ids = rules?.flatMap((rule) => rule.split(',')).map((rule) => rule.trim());
    if (ids?.some((id) => id === ''))
        throw new UsageError('Option `--fix-rule` needs a rule id');
    return { fix: mode, fixRules: ids };
}
function parseNewArgs(argv) {
    const parsed = parse(() => parseArgs({ args: argv, allowPositionals: true, strict: true, options: newFlags }));
    if (parsed.values.help)
        return { command: 'help' };
    if (parsed.positionals.length !== 1) {
        throw new UsageError(parsed.positionals.length === 0
            ? 'Missing story reference: `archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]`'
            : `Expected one story reference, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
    }
    const dir = parsed.values.dir;
    if (dir === '')
        throw new UsageError('Option `--dir` needs a folder');
    return { command: 'new', reference: parsed.positionals[0], dir };
}
function cacheLocation(cache, location) {
    if (location === '')
        throw new UsageError('Option `--cache-location` needs a folder');
    if (!cache) {
        if (location !== undefined)
            throw new UsageError('Option `--cache-location` goes with `--cache`');
        return undefined;
    }
    return location ?? defaultCacheLocation;
}
function defaultColor() {
    if (process.env.NO_COLOR)
        return false;
    if (process.env.FORCE_COLOR)
        return process.env.FORCE_COLOR !== '0';
    return Boolean(process.stderr.isTTY);
}
export const helpText = `Usage: archdoc-lint [options] [paths or globs ...]
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
