import type { Formatter } from './types.js';
export declare const informationUri = "https://github.com/archdoc-lint/archdoc-lint";
export declare const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
/** The key of our fingerprint in `partialFingerprints` (GitHub computes its own `primaryLocationLineHash`). */
export declare const fingerprintKey = "archdocLint/v1";
/** The run's category for code scanning (the part before the last `/`); upload-sarif's `category` overrides it. */
export declare const automationId = "archdoc-lint/";
/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export declare function toUri(relative: string): string;
/**
 * SARIF message strings read `[text](id)` as a link to a related location:
 * a literal bracket is escaped with a backslash (SARIF 2.1.0, 3.11.6).
 */
export declare function escapeBrackets(text: string): string;
export declare const sarif: Formatter;
