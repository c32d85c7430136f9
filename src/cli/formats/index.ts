/**
 * The output formats, by name, loaded on demand: SARIF needs every rule's
 * metadata, which a cached run that prints stylish should not load.
 */
import type {Format} from '../args.js'
import type {Formatter} from './types.js'

const loaders: Record<Format, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github
}

export function loadFormatter(format: Format): Promise<Formatter> {
  return loaders[format]()
}

export {failureLine, type FormatContext, type Formatter} from './types.js'
