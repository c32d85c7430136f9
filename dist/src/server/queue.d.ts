/**
 * When to lint an open document, and which results to publish.
 *
 * A document is linted at once when no lint of it is running. Edits that
 * arrive during a lint only record the latest text; when the lint ends, its
 * result is published if nothing was asked since it started, else dropped
 * and one lint of the latest text follows. So a burst of typing costs one
 * lint at a time per document, every publication carries the version of the
 * text it was computed from, and versions never go backwards.
 */
export interface Snapshot {
    uri: string;
    version: number;
    getText(): string;
}
/** Must not reject: a failure is a result too. */
export type Lint<Result> = (snapshot: Snapshot) => Promise<Result>;
export type Publish<Result> = (uri: string, version: number, result: Result) => void;
export declare class LintQueue<Result> {
    private readonly lint;
    private readonly publish;
    private readonly documents;
    constructor(lint: Lint<Result>, publish: Publish<Result>);
    /** Lint `snapshot` (a new text, or the same text again after a config change). */
    request(snapshot: Snapshot): void;
    /** The document was closed: a lint of it still running is dropped. */
    forget(uri: string): void;
    private run;
}
