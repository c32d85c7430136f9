/**
 * Lint one editor buffer the way the CLI lints a file: unified-engine with
 * the same config search (`.remarkrc*`, `package.json#remarkConfig`; where
 * none covers the document, the archdoc-lint preset), the same check of what
 * a config says about archdoc-lint, `.remarkignore`, and the same one-line
 * failures (a broken config or a crashed plugin is one line, never a stack).
 *
 * The engine's report goes nowhere: `reporter` returns nothing, so nothing is
 * written to a stream that no one reads (unified-language-server gave the
 * engine a PassThrough and waited for its write, which never finished once a
 * report passed 16 KiB: the server stopped publishing).
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import { VFile } from 'vfile';
import preset from '../index.js';
import { releaseDocumentModel } from '../pipeline/plugin.js';
import { checkConfig, packageField, rcName } from '../cli/config.js';
import { collectFailures, isFailure } from '../cli/failures.js';
export function readSettings(raw) {
    const value = (raw && typeof raw === 'object' ? raw : {});
    return {
        requireConfig: value.requireConfig === true,
        ignorePath: typeof value.ignorePath === 'string' && value.ignorePath !== '' ? value.ignorePath : undefined,
        ignorePathResolveFrom: value.ignorePathResolveFrom === 'cwd' || value.ignorePathResolveFrom === 'dir' ? value.ignorePathResolveFrom : undefined
    };
}
const processor = unified().use(remarkParse).freeze();
/** Nothing is written to it (see above); a sink in case the engine ever does. */
function sink() {
    return new Writable({
        write(_chunk, _encoding, done) {
            done();
        }
    });
}
/**
 * The messages for `text` as the document at `filePath` (absolute), with
 * `cwd` the workspace folder. An ignored document (`.remarkignore`, or no
 * config with `requireConfig`) has none.
 */
export async function lintText(text, filePath, cwd, settings) {
    const file = new VFile({ cwd, path: filePath, value: text });
    const error = await new Promise(function (resolve) {
        engine({
            processor,
            files: [file],
            cwd,
            rcName,
            packageField,
            ignoreName: '.remarkignore',
            ignorePath: settings.ignorePath === undefined ? undefined : path.resolve(cwd, settings.ignorePath),
            ignorePathResolveFrom: settings.ignorePathResolveFrom,
            ignoreUnconfigured: settings.requireConfig,
            pluginPrefix: 'remark',
            detectConfig: true,
            detectIgnore: true,
            defaultConfig: preset,
            configTransform: (value, configPath) => checkConfig(value, configPath, cwd),
            out: false,
            output: false,
            color: false,
            silentlyIgnore: true,
            reporter: () => '',
            streamOut: sink(),
            streamError: sink()
        }, (error) => resolve(error));
    });
    releaseDocumentModel(file);
    if (error) {
        // The engine itself failed (an ignore file that cannot be read …): a failure like any other.
        const message = file.message(error.message, { cause: error });
        message.fatal = true;
    }
    if (file.data.unifiedEngineIgnored)
        return [];
    // Rewrites each failure's reason to the CLI's one line (naming the config at fault), without stack or cause.
    const { files } = collectFailures([file], cwd);
    if (files.length === 0)
        return [];
    for (const message of file.messages) {
        if (isFailure(message) && !message.source)
            message.source = 'archdoc-lint';
    }
    return file.messages;
}
