/**
 * The stages that enrich a freshly built document model, in order:
 * Markdown structure (built by `buildDocumentModel`) → parsed code →
 * what the code says → how the blocks join. Each stage runs once per file.
 */
import type { VFile } from 'vfile';
import type { DocumentModel } from '../document/model.js';
export type ModelStage = (model: DocumentModel, file: VFile) => void | Promise<void>;
export declare const modelStages: ModelStage[];
