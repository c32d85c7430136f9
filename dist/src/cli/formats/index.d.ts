/**
 * The output formats, by name, loaded on demand: SARIF needs every rule's
 * metadata, which a cached run that prints stylish should not load.
 */
import type { Format } from '../args.js';
import type { Formatter } from './types.js';
export declare function loadFormatter(format: Format): Promise<Formatter>;
export { failureLine, type FormatContext, type Formatter } from './types.js';
