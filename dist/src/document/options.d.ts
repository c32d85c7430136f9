/** Checks the document plugin's options (the template) with a clear message. */
import { type TemplateOptions } from './template.js';
export declare function validateDocumentOptions(options: TemplateOptions | undefined): void;
