import type { ArchdocRule } from './rule.js';
export declare const rules: ArchdocRule[];
