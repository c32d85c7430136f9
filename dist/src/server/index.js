/**
 * archdoc-lint's language server: unified-language-server with remark
 * (the workspace's `remark`, else remark-parse) and the usual unified config
 * files, so an editor shows the same messages as the CLI, live.
 *
 * unified-language-server has no default config and merges its `plugins`
 * after the workspace's config. Giving it the preset as a plugin would turn
 * rules back on that a `.remarkrc` turns off and reset the severities it
 * sets. So the one plugin given here, `archdocDefault`, does what the CLI's
 * `defaultConfig` does: where a config file covers the document, it does
 * nothing (the config decides, as with the CLI); where none does, it runs the
 * archdoc-lint preset on the document.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createUnifiedLanguageServer } from 'unified-language-server';
import preset from '../index.js';
import { releaseDocumentModel } from '../pipeline/plugin.js';
import { findConfigFile, packageField, rcName } from '../cli/config.js';
/**
 * Lint with the preset the documents that no config file covers. Runs after
 * the workspace config's rules either way, so it also releases the document
 * model (its tree-sitter trees live in WASM memory, and an editor lints on
 * every edit).
 */
export function archdocDefault() {
    const processor = unified().use(remarkParse).use(preset).freeze();
    return async function (_tree, file) {
        try {
            if (!file.path || findConfigFile(file.path))
                return;
            // Parse again: the preset needs its own syntax (GFM) in the tree.
            await processor.run(processor.parse(file), file);
        }
        finally {
            releaseDocumentModel(file);
        }
    };
}
const transports = ['--stdio', '--node-ipc'];
/** Start the server. Talks over stdio unless `--node-ipc` or `--socket=<port>` is given. */
export function startLanguageServer(argv = process.argv) {
    if (!argv.some((arg) => transports.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
        argv.push('--stdio');
    }
    createUnifiedLanguageServer({
        processorName: 'remark',
        processorSpecifier: 'remark',
        defaultProcessor: unified().use(remarkParse),
        configurationSection: 'archdoc-lint',
        rcName,
        packageField,
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        plugins: [archdocDefault]
    });
}
