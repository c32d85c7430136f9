/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export declare const defaultCacheLocation: string;
export declare const formats: readonly ["stylish", "json", "sarif", "github"];
export type Format = (typeof formats)[number];
/** What decides which config and ignore files apply and which rules run. */
export interface EngineSettings {
    /** Whether config files are searched for (`--no-config` turns it off). */
    config: boolean;
    /** `--config <file>`: that file, and no other, is the config (relative to the cwd). */
    configFile?: string;
    /** `--rule '<id>: <setting>'`, in the order given: applied after any config. */
    rules?: Array<[string, unknown]>;
    /** `--ignore-pattern <glob>` (gitignore syntax, relative to the cwd). */
    ignorePatterns?: string[];
    /** `--ignore-path <file>`: that ignore file instead of `.remarkignore` files. */
    ignorePath?: string;
}
export interface LintOptions extends EngineSettings {
    command: 'lint';
    paths: string[];
    format: Format;
    outputFile: string | undefined;
    frail: boolean;
    /** `--max-warnings <n>`: more warnings than this fail the run (exit 1). */
    maxWarnings: number | undefined;
    quiet: boolean;
    silent: boolean;
    color: boolean;
    watch: boolean;
    /** Folder of the result cache, when `--cache` is on. */
    cacheLocation: string | undefined;
    /** Lint standard input instead of files. */
    stdin: boolean;
    /** The path standard input stands for (config lookup, ignore files, the report's name). */
    stdinFilename: string | undefined;
    /** `--fix` (write the fixed files) or `--fix-dry-run` (print their diff); undefined: no fixing. */
    fix: 'write' | 'dry-run' | undefined;
    /** `--fix-rule`: fix only these rules' messages; undefined: every rule's. */
    fixRules: string[] | undefined;
}
export interface NewOptions {
    command: 'new';
    reference: string;
    dir: string;
}
export type CliOptions = LintOptions | NewOptions | {
    command: 'help';
} | {
    command: 'version';
};
export declare class UsageError extends Error {
}
export declare function parseCliArgs(argv: string[]): CliOptions;
/**
 * `--rule` as ESLint writes it: `<id>: <severity>` or `<id>: [<severity>,
 * <options>]` in JSON (`document-title: [warn, {"title": "Design"}]` with
 * bare severity words too), or a JSON object of rule ids to settings. Only
 * the syntax is checked here; the rule id and its options are checked like a
 * config file's when the run starts.
 */
export declare function parseRule(text: string): [string, unknown];
export declare const helpText = "Usage: archdoc-lint [options] [paths or globs ...]\n       archdoc-lint [options] --stdin [--stdin-filename <path>] < doc.md\n       archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]\n\nLint architecture design docs (Markdown). Paths default to `.`; folders are\nsearched for .md and .markdown files; .remarkignore is honoured; .remarkrc*\nand package.json#remarkConfig are used when found, else the built-in preset.\n\nBasic configuration:\n  -c, --config <file>             use this config file and no other\n  --no-config                     ignore config files, run the built-in preset\n  --rule <id: severity>           set a rule for this run, after any config:\n                                  'document-title: off', 'id: [warn, {...}]'\n\nIgnoring files:\n  -i, --ignore-path <file>        use this ignore file instead of .remarkignore\n  --ignore-pattern <glob>         ignore these files too (repeatable)\n\nUsing stdin:\n  --stdin                         lint standard input (also: `-` as the path)\n  --stdin-filename <path>         the path it stands for: config, ignore files\n                                  and report name (alias: --file-path)\n\nHandling warnings:\n  -q, --quiet                     do not list files without messages\n  -S, --silent                    report errors only (also: -s)\n  --frail                         exit 1 on warnings too\n  --max-warnings <n>              exit 1 when there are more than n warnings\n\nOutput:\n  -f, --format <name>             stylish (default, to stderr), json, sarif or\n                                  github (to stdout, nothing else on stdout)\n  -o, --output-file <path>        write the report to a file instead; the\n                                  terminal still gets the stylish report\n  --color, --no-color             force or disable colour (the last one wins)\n\nFixing problems:\n  --fix                           fix what has exactly one right answer, in\n                                  place, then report what remains\n  --fix-dry-run                   print the fixes as a unified diff (with\n                                  --format json: each file's fixed output)\n  --fix-rule <id>                 fix only this rule's messages (repeatable)\n\nCaching and watching:\n  --cache                         reuse the results of unchanged files (keyed\n                                  on the file, its config and the version)\n  --cache-location <dir>          where the cache lives (default\n                                  node_modules/.cache/archdoc-lint)\n  -w, --watch                     lint again whenever a file changes\n\nMiscellaneous:\n  -h, --help                      show this help\n  -v, --version                   show the version\n\nCommands:\n  new <NNNNNN-StoryName>          write <NNNNNN-StoryName>.md from the template\n    -d, --dir <folder>            where to write it (default: .)\n\nExit codes: 0 clean (warnings allowed), 1 lint errors (or warnings with\n--frail, or more than --max-warnings), 2 usage, config or I/O errors (the\nother files are still linted).";
