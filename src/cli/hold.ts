/**
 * Holding back `fatal` while unified-engine runs.
 *
 * unified-engine flushes its file queue once every file that is not "fatal"
 * (has no message with `fatal: true`) has been queued, and skips fatal files
 * when it checks. A lint error is a fatal message, and archdoc-lint's rules
 * are async: a file becomes fatal after its first rule with an error while
 * its later rules still run. If the queue flushes then, that file queues
 * afterwards into an empty queue, waits for files that were already flushed,
 * and the engine never calls back: the process ends with nothing reported
 * and exit 0. (Seen with a mix of clean and broken docs.)
 *
 * So the first transformer makes every message added during the transform
 * report `fatal` as unset until `releaseFatal` is called after the engine has
 * finished; the engine then never sees a lint error as fatal. Its own
 * failures (unreadable file, broken config) are added before the transform
 * and stay fatal.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

const held = new WeakMap<VFileMessage, boolean | null | undefined>()

/** The plugin: its transformer must be the first (put it on the base processor). */
export function holdFatal(this: Processor) {
  return function (_tree: unknown, file: VFile) {
    const message = file.message
    file.message = function (this: VFile, ...parameters: unknown[]) {
      const created = (message as (...values: unknown[]) => VFileMessage).apply(this, parameters)
      held.set(created, created.fatal)
      Object.defineProperty(created, 'fatal', {
        configurable: true,
        enumerable: true,
        get: () => undefined,
        set: (value: boolean | null | undefined) => held.set(created, value)
      })
      return created
    } as VFile['message']
  }
}

/** Give every held message its real `fatal` back. */
export function releaseFatal(file: VFile): void {
  // Back to the prototype's `message`.
  delete (file as Partial<VFile>).message
  for (const message of file.messages) {
    if (!held.has(message)) continue
    Object.defineProperty(message, 'fatal', {configurable: true, enumerable: true, writable: true, value: held.get(message)})
    held.delete(message)
  }
}
