/**
 * Failures: what kept archdoc-lint from linting a file (it cannot be read,
 * its config cannot be loaded or is wrong). unified-engine reports them as
 * fatal messages without a rule id, wrapped in causes with stacks; here each
 * becomes one line naming the file at fault and the cause.
 */
import path from 'node:path';
import { ConfigError, findConfigFile } from './config-files.js';
import { nonUtf8NameReason } from './documents.js';
import { toRelative } from './paths.js';
/** Whether a message means the run could not do its job (exit 2). */
export function isFailure(message) {
    return Boolean(message.fatal) && !message.ruleId;
}
const ignoredReason = 'Cannot process specified file: it’s ignored';
/**
 * Sort the engine's given files: ignored ones are dropped (a named file that
 * `.remarkignore` lists is skipped, as with any ignored file), failure
 * messages are rewritten to one line and collected (deduplicated: a broken
 * config is one line, not one per file).
 */
export function collectFailures(given, cwd, configFile) {
    const files = [];
    const failures = [];
    const seen = new Set();
    let found = 0;
    for (const file of given) {
        found++;
        if (file.data.unifiedEngineIgnored)
            continue;
        if (file.messages.some((message) => message.reason === ignoredReason))
            continue;
        for (const message of file.messages) {
            if (!isFailure(message))
                continue;
            const failure = describeFailure(file, message, cwd, configFile);
            const reason = failure.where === toRelative(cwd, filePathOf(file)) ? failure.reason : `${failure.where}: ${failure.reason}`;
            message.reason = reason;
            message.message = reason;
            message.stack = '';
            message.cause = undefined;
            const line = `${failure.where}: ${failure.reason}`;
            if (seen.has(line))
                continue;
            seen.add(line);
            failures.push(failure);
        }
        files.push(file);
    }
    return { files, failures, found };
}
function filePathOf(file) {
    return path.resolve(file.cwd, file.path);
}
const systemReasons = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    EMFILE: 'too many open files',
    ELOOP: 'symbolic link loop'
};
/** `configFile`: the one given with `--config`, which applies to every document. */
function describeFailure(file, message, cwd, configFile) {
    const document = toRelative(cwd, filePathOf(file));
    const chain = [message];
    let cause = message.cause;
    while (cause && chain.length < 20) {
        chain.push(cause);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    const configError = chain.find((link) => link instanceof ConfigError);
    if (configError)
        return { where: configError.configPath, reason: configError.detail };
    let where = document;
    let aboutConfig = false;
    const parts = [];
    for (const link of chain) {
        const code = link instanceof Error ? link.code : undefined;
        const text = firstLine(link instanceof Error ? link.message : String(link));
        if (code && systemReasons[code] && code !== 'ERR_MODULE_NOT_FOUND') {
            parts.push(systemReasons[code]);
            break;
        }
        if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
            break;
        const parsing = /^Cannot (?:parse|read) (?:given )?file `(.+)`$/.exec(text);
        if (parsing) {
            where = parsing[1];
            aboutConfig = true;
            continue;
        }
        if (text === 'Cannot process file' || text === '')
            continue;
        if (text === 'No such file or folder' || text === 'Cannot find file') {
            parts.push('no such file or folder');
            break;
        }
        if (/^Cannot (?:find module|import) `/.test(text))
            aboutConfig = true;
        if (!parts.some((part) => part.includes(text)))
            parts.push(lowerFirst(cleanJsonError(text)));
    }
    // A plugin that cannot be found, or that rejects its options (archdoc-lint's
    // attachers throw `<rule-id>: …`), comes from the config that applies to
    // the file: name that config.
    if (parts.some((part) => /^(?:archdoc-lint\/document|[a-z][a-z0-9]*(?:-[a-z0-9]+)+): /.test(part) || /^expected (?:preset|a list)/.test(part))) {
        aboutConfig = true;
    }
    if (aboutConfig && where === document) {
        const config = configFile ?? findConfigFile(filePathOf(file));
        if (config)
            where = toRelative(cwd, config);
    }
    // A name that is not UTF-8 reads as a missing file: say what it is.
    const misnamed = parts.length === 1 && parts[0] === 'no such file or folder' ? nonUtf8NameReason(filePathOf(file)) : undefined;
    if (misnamed)
        return { where, reason: misnamed };
    return { where, reason: parts.join(': ') || 'cannot be linted' };
}
/** The first line; a colon that introduced the lines cut off (YAML's code excerpt) goes too. */
function firstLine(text) {
    return text.split('\n')[0].trim().replace(/:$/, '');
}
/** Names that keep their capital at the start of a message. */
const properNames = new Set(['Markdown', 'Elixir', 'GraphQL', 'PostgreSQL', 'Phoenix', 'Ash', 'LiveView', 'Node.js']);
function lowerFirst(text) {
    // "Cannot find module `x`" → "cannot find module `x`"; keep "JSON", "Markdown", rule ids etc.
    if (properNames.has(text.split(/\s/, 1)[0]))
        return text;
    return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
/** parse-json appends ` while parsing "<the whole file>" in /abs/path`: drop it. */
function cleanJsonError(text) {
    return text.replace(/ while parsing ".*$/, '').replace(/ in \/\S+$/, '');
}
