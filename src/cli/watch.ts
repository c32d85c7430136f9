/**
 * `--watch`: lint, then lint again whenever a Markdown file, a config or an
 * ignore file under the given paths changes (Node's `fs.watch`, recursive).
 * Runs until interrupted.
 */
import {existsSync, statSync, watch as watchPath, type FSWatcher} from 'node:fs'
import path from 'node:path'
import type {LintOptions} from './args.js'
import {configNames} from './config-files.js'
import {escapeControl} from './escape.js'
import type {Streams} from './report.js'

const watched = /(?:\.md|\.markdown)$/
const settings = new Set([...configNames, 'package.json', '.remarkignore'])

/** Where to watch for a path or glob: the path, or a glob's folder before its first magic character. */
export function watchRoot(cwd: string, given: string): string {
  const full = path.resolve(cwd, given)
  if (existsSync(full)) return full
  const magic = given.search(/[*?[\]{}!]/)
  const base = magic === -1 ? path.dirname(given) : upToLastSeparator(given.slice(0, magic))
  const root = path.resolve(cwd, base || '.')
  return existsSync(root) ? root : cwd
}

/** The text up to and with its last `/` or `\\` (empty without one). */
function upToLastSeparator(text: string): string {
  return text.slice(0, Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1)
}

export async function watch(options: LintOptions, once: () => Promise<number>, streams: Streams, cwd: string): Promise<number> {
  let running = false
  let again = false
  let timer: NodeJS.Timeout | undefined

  const run = async (reason?: string) => {
    if (running) {
      again = true
      return
    }
    running = true
    if (reason) streams.stderr.write(`\narchdoc-lint: ${escapeControl(reason)} changed, linting again\n`)
    try {
      await once()
    } catch (error) {
      streams.stderr.write(`archdoc-lint: ${escapeControl(error instanceof Error ? error.message.split('\n')[0]! : String(error))}\n`)
    }
    streams.stderr.write('archdoc-lint: watching for changes (Ctrl-C to stop)\n')
    running = false
    if (again) {
      again = false
      void run('a file')
    }
  }

  const roots = [...new Set(options.paths.map((given) => watchRoot(cwd, given)))]
  const watchers: FSWatcher[] = []
  for (const root of roots) {
    const folder = statSync(root).isDirectory()
    const watcher = watchPath(root, {recursive: folder}, function (_event, name) {
      const changed = name ? (folder ? path.join(root, String(name)) : root) : root
      const base = path.basename(changed)
      if (changed.split(path.sep).includes('node_modules')) return
      if (!watched.test(base) && !settings.has(base)) return
      clearTimeout(timer)
      // Editors write a file in several steps: wait for them to settle.
      timer = setTimeout(() => void run(path.relative(cwd, changed) || base), 100)
    })
    watcher.on('error', (error) => streams.stderr.write(`archdoc-lint: cannot watch \`${escapeControl(path.relative(cwd, root) || '.')}\`: ${escapeControl(error.message)}\n`))
    watchers.push(watcher)
  }

  // The signal handlers go in before the first run prints anything, so a
  // Ctrl-C right after the first report stops cleanly (exit 0).
  const stopped = new Promise<number>(function (resolve) {
    const stop = () => {
      for (const watcher of watchers) watcher.close()
      clearTimeout(timer)
      resolve(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await run()
  return stopped
}
