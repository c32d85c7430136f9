/**
 * `json`: vfile-reporter-json's array (`[{path, cwd, history, messages}]`);
 * a failure is a fatal message without `ruleId` on its file.
 */
import reporterJson from 'vfile-reporter-json';
export const json = function (files, context) {
    return reporterJson(files, { quiet: context.quiet, silent: context.silent }) + '\n';
};
