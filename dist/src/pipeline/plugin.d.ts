/**
 * `archdoc-lint/document`: the document-model plugin.
 *
 * Its options are the template (a preset cannot take options). Its attacher
 * also adds message control for the source `archdoc-lint`: `this.use` during
 * freezing appends the control to the end of the plugin list, so it runs after
 * every rule and sees all their messages (the trick remark-lint uses).
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { type DocumentModel } from '../document/model.js';
import { type Template, type TemplateOptions } from '../document/template.js';
declare module 'vfile' {
    interface DataMap {
        archdoc: DocumentModel;
    }
}
/**
 * Free what a document model holds outside the JavaScript heap, and drop the
 * model from the file. tree-sitter trees live in WASM memory, which the
 * garbage collector never sees: a process that lints many files (the CLI, the
 * language server on every edit) releases each model once its rules have
 * run, or that memory only grows. The model cannot be read afterwards.
 */
export declare function releaseDocumentModel(file: VFile): void;
export declare function createDocumentModel(tree: Root, file: VFile, template: Template): Promise<DocumentModel>;
/**
 * The model of a file: the one built by the document plugin, or, when a rule
 * is used without it, one built here with the default template.
 */
export declare function getDocumentModel(tree: Root, file: VFile): Promise<DocumentModel>;
export default function archdocDocument(this: Processor, options?: TemplateOptions | null): (tree: Root, file: VFile) => Promise<void>;
