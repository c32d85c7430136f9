/**
 * `github`: GitHub Actions workflow commands, one per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<reason>`),
 * which the runner turns into annotations on the diff.
 */
import path from 'node:path';
import { escapeControl } from '../escape.js';
import { toRelative } from '../paths.js';
import { isFailure } from '../failures.js';
/**
 * The runner's escaping of a command's message (actions/toolkit `escapeData`),
 * then the other control characters as everywhere (`escape.ts`): the log
 * viewer acts on ESC sequences too.
 */
export function escapeData(value) {
    return escapeControl(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}
/** The runner's escaping of a command's property (`escapeProperty`). */
export function escapeProperty(value) {
    return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
function command(level, properties, message) {
    const list = properties
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${level}${list ? ' ' + list : ''}::${escapeData(message)}`;
}
export const github = function (files, context) {
    const lines = [];
    for (const file of files) {
        const where = toRelative(context.cwd, path.resolve(file.cwd, file.path));
        for (const message of file.messages) {
            if (isFailure(message))
                continue;
            if (context.silent && !message.fatal)
                continue;
            const level = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice';
            const place = message.place;
            const start = place ? ('start' in place ? place.start : place) : undefined;
            const end = place && 'end' in place ? place.end : undefined;
            lines.push(command(level, [
                ['file', where],
                ['line', start?.line],
                ['col', start?.column],
                ['endLine', end?.line],
                ['endColumn', end?.column],
                ['title', message.ruleId ?? message.source ?? 'archdoc-lint']
            ], message.reason));
        }
    }
    for (const failure of context.failures) {
        lines.push(command('error', [['file', failure.where], ['title', 'archdoc-lint']], failure.reason));
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
