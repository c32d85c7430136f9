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
export class LintQueue {
    lint;
    publish;
    documents = new Map();
    constructor(lint, publish) {
        this.lint = lint;
        this.publish = publish;
    }
    /** Lint `snapshot` (a new text, or the same text again after a config change). */
    request(snapshot) {
        let state = this.documents.get(snapshot.uri);
        if (!state) {
            state = { snapshot, asked: 0, running: false };
            this.documents.set(snapshot.uri, state);
        }
        state.snapshot = snapshot;
        state.asked++;
        if (!state.running)
            void this.run(state);
    }
    /** The document was closed: a lint of it still running is dropped. */
    forget(uri) {
        this.documents.delete(uri);
    }
    async run(state) {
        state.running = true;
        try {
            for (;;) {
                const asked = state.asked;
                // An editor's document object may change in place: take its text and version now.
                const text = state.snapshot.getText();
                const snapshot = { uri: state.snapshot.uri, version: state.snapshot.version, getText: () => text };
                const result = await this.lint(snapshot);
                // Closed (and maybe opened again: a new state) while linting.
                if (this.documents.get(snapshot.uri) !== state)
                    return;
                if (state.asked !== asked)
                    continue;
                this.publish(snapshot.uri, snapshot.version, result);
                return;
            }
        }
        finally {
            state.running = false;
        }
    }
}
