/**
 * The archdoc-lint command: unified-engine with our own argument parser,
 * reporters and exit codes (unified-args has a fixed flag set, writes
 * Markdown back with --output and maps every failure to exit 1).
 */
import path from 'node:path';
import { packageVersion } from '../package.js';
import { helpText, parseCliArgs, UsageError } from './args.js';
import { escapeControl } from './escape.js';
import { createDoc } from './new.js';
/** For bin/archdoc-lint.js: its last-resort error line is escaped like every other. */
export { escapeControl };
export async function main(argv, streams = process, cwd = process.cwd()) {
    let options;
    try {
        options = parseCliArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        streams.stderr.write(`archdoc-lint: ${escapeControl(error.message)} (see \`archdoc-lint --help\`)\n`);
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
            return once();
        }
    }
}
