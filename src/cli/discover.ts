/**
 * Finding the files to lint without loading unified, the rules or the
 * parsers, so that a `--cache` hit costs only reading and hashing.
 *
 * It is unified-engine's own finder and ignore handling (globs, folders,
 * extensions, `.remarkignore`), reached by file path because the package
 * exports only its entry point; package.json pins unified-engine's version
 * so these internals cannot move under us. The engine later runs on the same
 * VFiles and finds them again, identically.
 */
import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {EngineSettings} from './args.js'
import {loadEngineInternals} from './engine-internals.js'

export const extensions = ['md', 'markdown']
export const ignoreName = '.remarkignore'

/** The files the engine would lint for these paths, sorted as it sorts them. */
export async function discover(paths: Array<string | VFile>, cwd: string, settings: Pick<EngineSettings, 'ignorePath' | 'ignorePatterns'> = {}): Promise<VFile[]> {
  const {finder, Ignore} = await loadEngineInternals()
  return new Promise(function (resolve, reject) {
    finder(
      paths,
      {
        cwd,
        extensions: extensions.map((extension) => '.' + extension),
        ignore: new Ignore({cwd, detectIgnore: true, ignoreName, ignorePath: settings.ignorePath, ignorePathResolveFrom: 'dir'}),
        ignorePatterns: settings.ignorePatterns ?? [],
        silentlyIgnore: false
      },
      function (error, result) {
        if (error || !result) return reject(error ?? new Error('cannot search the given paths'))
        resolve(onePerFile(result.files.sort((left, right) => (left.path < right.path ? -1 : 1)), cwd))
      }
    )
  })
}

/**
 * One entry per file on disk. The finder follows folder links, so a link to
 * an ancestor (`docs/up -> ..`) makes it find the same files again at every
 * level until the system refuses the path (about 40 levels down), and two
 * links to one folder find its files twice. Each file is kept once, under its
 * shortest path; a file whose own path cannot be resolved (a link to itself)
 * is known by its resolved folder and name, so it fails once.
 */
function onePerFile(files: VFile[], cwd: string): VFile[] {
  const byShortest = [...files].sort((left, right) => depth(left) - depth(right))
  const seen = new Set<string>()
  const kept = new Set<VFile>()
  for (const file of byShortest) {
    const key = file.messages.length > 0 ? undefined : identity(path.resolve(cwd, file.path))
    if (key !== undefined && seen.has(key)) continue
    if (key !== undefined) seen.add(key)
    kept.add(file)
  }
  return files.filter((file) => kept.has(file))
}

function identity(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file))
    } catch {
      return file
    }
  }
}

function depth(file: VFile): number {
  return file.path.split(/[\\/]/).length
}
