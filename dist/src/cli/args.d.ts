/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export declare const defaultCacheLocation: string;
export declare const formats: readonly ["stylish", "json", "sarif", "github"];
export type Format = (typeof formats)[number];
export interface LintOptions {
    command: 'lint';
    paths: string[];
    format: Format;
    outputFile: string | undefined;
    frail: boolean;
    quiet: boolean;
    silent: boolean;
    config: boolean;
    color: boolean;
    watch: boolean;
    /** Folder of the result cache, when `--cache` is on. */
    cacheLocation: string | undefined;
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
export declare const helpText = "Usage: archdoc-lint [options] [paths or globs ...]\n       archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]\n\nLint architecture design docs (Markdown). Paths default to `.`; folders are\nsearched for .md and .markdown files; .remarkignore is honoured; .remarkrc*\nand package.json#remarkConfig are used when found, else the built-in preset.\n\nOptions:\n  -f, --format <name>       stylish (default, to stderr), json, sarif or\n                            github (to stdout, nothing else on stdout)\n  -o, --output-file <path>  write the report to a file instead; the terminal\n                            still gets the stylish report on stderr\n      --frail               exit 1 on warnings too\n  -q, --quiet               do not list files without messages\n  -s, --silent              report errors only\n      --no-config           ignore config files, run the built-in preset\n      --color, --no-color   force or disable colour\n  -w, --watch               lint again whenever a file changes\n      --cache               reuse the results of unchanged files (keyed on the file,\n                            its config file and the archdoc-lint version)\n      --cache-location <dir>  where the cache lives (default\n                            node_modules/.cache/archdoc-lint)\n      --fix                 fix what has one right answer, in place (only\n                            files that change are written); the report and\n                            exit code are of what remains\n      --fix-dry-run         print the fixes as a unified diff, write nothing\n      --fix-rule <id>       fix only this rule's messages (repeatable)\n  -h, --help                show this help\n  -v, --version             show the version\n\nCommands:\n  new <NNNNNN-StoryName>    write <NNNNNN-StoryName>.md from the template\n      -d, --dir <folder>    where to write it (default: .)\n\nExit codes: 0 clean (warnings allowed), 1 lint errors (or warnings with\n--frail), 2 usage, config or I/O errors (the other files are still linted).";
