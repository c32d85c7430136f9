/**
 * `stylish`: vfile-reporter's report of the lint messages, then one line per
 * failure (`archdoc-lint: <file>: <cause>`), never a stack.
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { isFailure } from '../failures.js';
import { failureLine } from './types.js';
/** How many of the reported problems `--fix` can fix, on a line before the totals (which stay last). */
function withFixableCount(report, files, silent) {
    const count = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fix !== undefined && (!silent || message.fatal)).length, 0);
    if (count === 0 || report === '')
        return report;
    const lines = report.split('\n');
    const line = `${count} ${count === 1 ? 'problem' : 'problems'} fixable with \`--fix\``;
    lines.splice(lines.length - 1, 0, line);
    return lines.join('\n');
}
export const stylish = function (files, context) {
    const linted = [];
    for (const file of files) {
        const messages = file.messages.filter((message) => !isFailure(message));
        // A file that could not be linted is its failure line, not a report.
        if (messages.length < file.messages.length && messages.length === 0)
            continue;
        const copy = new VFile({ path: file.path, cwd: file.cwd });
        // A message's note (how to mark an excerpt) is its continuation line;
        // vfile-reporter shows notes when verbose, which would show the rule
        // docs' URLs too: the copies leave them out.
        copy.messages = messages.map((message) => Object.assign(Object.create(Object.getPrototypeOf(message)), message, { url: undefined }));
        linted.push(copy);
    }
    const report = withFixableCount(linted.length > 0 ? reporter(linted, { verbose: true, color: context.color, quiet: context.quiet, silent: context.silent, traceLimit: 0 }) : '', linted, context.silent);
    const lines = [report, ...context.failures.map(failureLine)].filter(Boolean);
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
