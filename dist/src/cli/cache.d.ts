import type { EngineSettings } from './args.js';
import type { SerializedFile } from './serialize.js';
export declare class LintCache {
    private readonly version;
    private readonly settings;
    private readonly file;
    private readonly data;
    private readonly configKeys;
    private changed;
    constructor(location: string, version: string, settings: EngineSettings);
    /** The key of a document: everything its result depends on. */
    key(filePath: string, bytes: Buffer): string;
    get(filePath: string, key: string): SerializedFile | undefined;
    set(filePath: string, key: string, file: SerializedFile): void;
    /**
     * Write the cache atomically (a crash mid-write leaves the old one);
     * the error when it cannot be written, with no partial file left behind.
     */
    save(): NodeJS.ErrnoException | undefined;
    private configKey;
}
