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
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'

interface Finder {
  finder(
    input: Array<string | VFile>,
    options: Record<string, unknown>,
    callback: (error?: Error | null, result?: {files: VFile[]}) => void
  ): void
}
interface IgnoreModule {
  Ignore: new (options: Record<string, unknown>) => unknown
}

const engineFolder = path.dirname(createRequire(import.meta.url).resolve('unified-engine'))
const internal = (name: string) => pathToFileURL(path.join(engineFolder, 'lib', name)).href

export const extensions = ['md', 'markdown']
export const ignoreName = '.remarkignore'

/** The files the engine would lint for these paths, sorted as it sorts them. */
export async function discover(paths: string[], cwd: string): Promise<VFile[]> {
  const [{finder}, {Ignore}] = (await Promise.all([import(internal('finder.js')), import(internal('ignore.js'))])) as [Finder, IgnoreModule]
  return new Promise(function (resolve, reject) {
    finder(
      paths,
      {
        cwd,
        extensions: extensions.map((extension) => '.' + extension),
        ignore: new Ignore({cwd, detectIgnore: true, ignoreName}),
        ignorePatterns: [],
        silentlyIgnore: false
      },
      function (error, result) {
        if (error || !result) return reject(error ?? new Error('cannot search the given paths'))
        resolve(result.files.sort((left, right) => (left.path < right.path ? -1 : 1)))
      }
    )
  })
}
