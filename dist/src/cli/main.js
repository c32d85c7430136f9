/**
 * The archdoc-lint command: unified-engine with our own argument parser,
 * reporters and exit codes (unified-args has a fixed flag set, writes
 * Markdown back with --output and maps every failure to exit 1).
 */
import path from 'node:path';
import { packageVersion } from '../package.js';
import { helpText, parseCliArgs, UsageError } from './args.js';
import { escapeControls } from '../text/escape.js';
import { createDoc } from './new.js';
/** `--fix` / `--fix-dry-run`: lint, fix (src/cli/fix.ts), then report what remains. */
async function lintAndFix(options, streams, cwd) {
    const [{ lint }, { writeReports }, { fixRun }, { rules }] = await Promise.all([import('./lint.js'), import('./report.js'), import('./fix.js'), import('../rules.js')]);
    const known = rules.map((rule) => rule.meta.id);
    const unknown = options.fixRules?.find((id) => !known.includes(id));
    if (unknown !== undefined) {
        streams.stderr.write(`archdoc-lint: Unknown rule \`${escapeControls(unknown)}\` in \`--fix-rule\` (see \`archdoc-lint --help\`)\n`);
        return 2;
    }
    const run = await lint({ paths: options.paths, config: options.config, cwd, cacheLocation: options.cacheLocation && path.resolve(cwd, options.cacheLocation), version: packageVersion() });
    const fixed = await fixRun(run, { mode: options.fix, rules: options.fixRules, config: options.config, cwd });
    // The diff takes stdout only where the report does not.
    if (options.format === 'stylish' || options.outputFile)
        for (const diff of fixed.diffs)
            streams.stdout.write(diff);
    for (const note of fixed.notes)
        streams.stderr.write(`archdoc-lint: ${note}\n`);
    return writeReports(fixed.run, options, streams, cwd, packageVersion());
}
export async function main(argv, streams = process, cwd = process.cwd()) {
    let options;
    try {
        options = parseCliArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        streams.stderr.write(`archdoc-lint: ${error.message} (see \`archdoc-lint --help\`)\n`);
        return 2;
    }
    switch (options.command) {
        case 'help':
            streams.stdout.write(helpText + '\n');
            return 0;
        case 'version':
            streams.stdout.write(packageVersion() + '\n');
            return 0;
        case 'new':
            return createDoc(options, streams, cwd);
        case 'lint': {
            // Loaded only to lint: --help, --version and `new` start fast.
            const [{ lint }, { writeReports }, { watch }] = await Promise.all([import('./lint.js'), import('./report.js'), import('./watch.js')]);
            const once = async () => writeReports(await lint({ paths: options.paths, config: options.config, cwd, cacheLocation: options.cacheLocation && path.resolve(cwd, options.cacheLocation), version: packageVersion() }), options, streams, cwd, packageVersion());
            if (options.watch)
                return watch(options, once, streams, cwd);
            if (options.fix)
                return lintAndFix(options, streams, cwd);
            return once();
        }
    }
}
