/**
 * The stages that enrich a freshly built document model, in order:
 * Markdown structure (built by `buildDocumentModel`) → parsed code →
 * what the code says → how the blocks join. Each stage runs once per file.
 */
import type {VFile} from 'vfile'
import {parseCode} from '../code/parse.js'
import {understandAsh} from '../ash/resources.js'
import {understandContexts} from '../phoenix/contexts.js'
import {understandLiveViews} from '../phoenix/liveviews.js'
import {understandEndpoints} from '../rest/endpoints.js'
import {understandTables} from '../sql/tables.js'
import {understandGraphqlTypes} from '../graphql/types.js'
import {understandJoin} from '../join/join.js'
import {understandSymbols} from '../join/symbols.js'
import type {DocumentModel} from '../document/model.js'

export type ModelStage = (model: DocumentModel, file: VFile) => void | Promise<void>

export const modelStages: ModelStage[] = [parseCode, understandAsh, understandContexts, understandLiveViews, understandEndpoints, understandTables, understandGraphqlTypes, understandJoin, understandSymbols]
