/**
 * `json`: vfile-reporter-json's array (`[{path, cwd, history, messages}]`);
 * a failure is a fatal message without `ruleId` on its file. A message about
 * other places too carries them as `related: [{line, column, endLine,
 * endColumn, message}]` (vfile-reporter-json knows only vfile-message's own
 * fields).
 */
import reporterJson from 'vfile-reporter-json';
export const json = function (files, context) {
    const options = { quiet: context.quiet, silent: context.silent };
    const result = [];
    for (const file of files) {
        const [entry] = JSON.parse(reporterJson([file], options));
        if (!entry)
            continue;
        // vfile-reporter-json keeps the file's messages in order, minus warnings when silent.
        const shown = file.messages.filter((message) => !context.silent || message.fatal);
        entry.messages.forEach(function (data, index) {
            const related = relatedOf(shown[index]);
            if (related.length > 0)
                data.related = related;
        });
        // `--fix-dry-run`: a file the fixes change carries its fixed text as `output`, as ESLint's does.
        if (file.data.archdocFixOutput !== undefined)
            entry.output = file.data.archdocFixOutput;
        result.push(entry);
    }
    return JSON.stringify(result) + '\n';
};
export function relatedOf(message) {
    return (message?.related ?? []).map((entry) => ({
        line: entry.place.start.line,
        column: entry.place.start.column,
        endLine: entry.place.end.line,
        endColumn: entry.place.end.column,
        message: entry.message
    }));
}
