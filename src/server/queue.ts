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
  uri: string
  version: number
  getText(): string
}

/** Must not reject: a failure is a result too. */
export type Lint<Result> = (snapshot: Snapshot) => Promise<Result>
export type Publish<Result> = (uri: string, version: number, result: Result) => void

interface DocumentState {
  /** The latest text asked for. */
  snapshot: Snapshot
  /** How many lints were asked for; a result is current when none was asked since its lint started. */
  asked: number
  running: boolean
}

export class LintQueue<Result> {
  private readonly documents = new Map<string, DocumentState>()

  constructor(
    private readonly lint: Lint<Result>,
    private readonly publish: Publish<Result>
  ) {}

  /** Lint `snapshot` (a new text, or the same text again after a config change). */
  request(snapshot: Snapshot): void {
    let state = this.documents.get(snapshot.uri)
    if (!state) {
      state = {snapshot, asked: 0, running: false}
      this.documents.set(snapshot.uri, state)
    }
    state.snapshot = snapshot
    state.asked++
    if (!state.running) void this.run(state)
  }

  /** The document was closed: a lint of it still running is dropped. */
  forget(uri: string): void {
    this.documents.delete(uri)
  }

  private async run(state: DocumentState): Promise<void> {
    state.running = true
    try {
      for (;;) {
        const asked = state.asked
        // An editor's document object may change in place: take its text and version now.
        const text = state.snapshot.getText()
        const snapshot: Snapshot = {uri: state.snapshot.uri, version: state.snapshot.version, getText: () => text}
        const result = await this.lint(snapshot)
        // Closed (and maybe opened again: a new state) while linting.
        if (this.documents.get(snapshot.uri) !== state) return
        if (state.asked !== asked) continue
        this.publish(snapshot.uri, snapshot.version, result)
        return
      }
    } finally {
      state.running = false
    }
  }
}
