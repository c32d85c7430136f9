import remarkMessageControl from 'remark-message-control';
import { buildDocumentModel } from '../document/model.js';
import { resolveTemplate } from '../document/template.js';
import { validateDocumentOptions } from '../document/options.js';
import { modelStages } from './stages.js';
/**
 * Free what a document model holds outside the JavaScript heap, and drop the
 * model from the file. tree-sitter trees live in WASM memory, which the
 * garbage collector never sees: a process that lints many files (the CLI, the
 * language server on every edit) releases each model once its rules have
 * run, or that memory only grows. The model cannot be read afterwards.
 */
export function releaseDocumentModel(file) {
    const model = file.data.archdoc;
    if (!model)
        return;
    for (const block of model.blocks)
        if (block.code?.language === 'elixir')
            block.code.tree.delete();
    delete file.data.archdoc;
}
export async function createDocumentModel(tree, file, template) {
    const model = buildDocumentModel(tree, file, template);
    for (const stage of modelStages) {
        try {
            await stage(model, file);
        }
        catch (error) {
            // A bug in a stage (or a parser that crashed) must not take the run
            // down: the file gets one message naming the stage, the later stages
            // are skipped, the rules run on what the model has, and the CLI's exit
            // code says that something went wrong.
            const cause = error instanceof Error ? error.message : String(error);
            const message = file.message(`internal error in stage \`${stage.name || 'model'}\`: ${cause}`, { source: 'archdoc-lint' });
            message.fatal = true;
            message.cause = error;
            file.data.archdocInternalError = true;
            break;
        }
    }
    return model;
}
/**
 * The model of a file: the one built by the document plugin, or, when a rule
 * is used without it, one built here with the default template.
 */
export async function getDocumentModel(tree, file) {
    const cached = file.data.archdoc;
    if (cached && cached.tree === tree)
        return cached;
    const model = await createDocumentModel(tree, file, resolveTemplate(undefined));
    file.data.archdoc = model;
    return model;
}
export default function archdocDocument(options) {
    validateDocumentOptions(options ?? undefined);
    const template = resolveTemplate(options ?? undefined);
    this.use(remarkMessageControl, { name: 'lint', source: 'archdoc-lint' });
    return async function (tree, file) {
        // Refused by the input guard (`src/guard/`): nothing to model.
        if (file.data.archdocNotLinted)
            return;
        file.data.archdoc = await createDocumentModel(tree, file, template);
    };
}
