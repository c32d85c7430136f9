/**
 * The language server's lint scheduling (src/server/queue.ts) with lints
 * that finish when the test says: which texts get linted, which results are
 * published and under which version.
 */
import {describe, expect, it} from 'vitest'
import {LintQueue, type Snapshot} from '../src/server/queue.js'

/** A queue whose lints wait until `finish()`; records what was linted and published. */
function harness() {
  const linted: number[] = []
  const published: Array<[string, number, string]> = []
  const pending: Array<() => void> = []
  const queue = new LintQueue<string>(
    (snapshot) => {
      linted.push(snapshot.version)
      const text = snapshot.getText()
      return new Promise((resolve) => pending.push(() => resolve(`result of ${text}`)))
    },
    (uri, version, result) => published.push([uri, version, result])
  )
  /** Let the oldest running lint finish, then let the queue react. */
  async function finish() {
    pending.shift()!()
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  }
  return {queue, linted, published, pending, finish}
}

const snapshot = (version: number, uri = 'file:///doc.md'): Snapshot => ({uri, version, getText: () => `text ${version}`})

describe('LintQueue', () => {
  it('lints at once when idle and publishes under the version linted', async () => {
    const {queue, linted, published, finish} = harness()
    queue.request(snapshot(1))
    expect(linted).toEqual([1])
    await finish()
    expect(published).toEqual([['file:///doc.md', 1, 'result of text 1']])
  })

  it('edits during a lint: its result is dropped, one lint of the latest text follows', async () => {
    const {queue, linted, published, pending, finish} = harness()
    queue.request(snapshot(1))
    queue.request(snapshot(2))
    queue.request(snapshot(3))
    expect(linted).toEqual([1])
    await finish()
    expect(published).toEqual([])
    expect(linted).toEqual([1, 3])
    queue.request(snapshot(4))
    await finish()
    expect(linted).toEqual([1, 3, 4])
    await finish()
    expect(published).toEqual([['file:///doc.md', 4, 'result of text 4']])
    expect(pending).toEqual([])
  })

  it('the same version asked again (a config changed) drops the running result and lints again', async () => {
    const {queue, linted, published, finish} = harness()
    queue.request(snapshot(1))
    queue.request(snapshot(1))
    await finish()
    await finish()
    expect(linted).toEqual([1, 1])
    expect(published).toEqual([['file:///doc.md', 1, 'result of text 1']])
  })

  it('a document closed during its lint gets nothing published; opened again, it starts afresh', async () => {
    const {queue, linted, published, finish} = harness()
    queue.request(snapshot(5))
    queue.forget('file:///doc.md')
    queue.request(snapshot(1))
    expect(linted).toEqual([5, 1])
    await finish()
    await finish()
    expect(published).toEqual([['file:///doc.md', 1, 'result of text 1']])
  })

  it('a document object that changes in place during its lint: published under the version whose text was linted', async () => {
    const {queue, published, finish} = harness()
    const document = {uri: 'file:///doc.md', version: 1, text: 'text 1', getText: () => document.text}
    queue.request(document)
    document.version = 2
    document.text = 'text 2'
    await finish()
    expect(published).toEqual([['file:///doc.md', 1, 'result of text 1']])
  })

  it('documents are linted independently', async () => {
    const {queue, linted, published, finish} = harness()
    queue.request(snapshot(1, 'file:///a.md'))
    queue.request(snapshot(7, 'file:///b.md'))
    expect(linted).toEqual([1, 7])
    await finish()
    await finish()
    expect(published).toEqual([
      ['file:///a.md', 1, 'result of text 1'],
      ['file:///b.md', 7, 'result of text 7']
    ])
  })
})
