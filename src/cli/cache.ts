/**
 * `--cache`: results of unchanged files are reused without loading unified,
 * the rules or the parsers. An entry is keyed on the archdoc-lint version,
 * whether config files are used, the bytes of the config file that applies
 * to the document (a changed config invalidates its documents), the
 * document's path and its bytes.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {EngineSettings} from './args.js'
import {findConfigFile} from './config-files.js'
import type {SerializedFile} from './serialize.js'

interface CacheData {
  version: string
  entries: Record<string, {key: string; file: SerializedFile}>
}

export class LintCache {
  private readonly file: string
  private readonly data: CacheData
  private readonly configKeys = new Map<string, string>()
  private changed = false

  constructor(
    location: string,
    private readonly version: string,
    private readonly settings: EngineSettings
  ) {
    this.file = path.join(location, 'results.json')
    this.data = {version, entries: {}}
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as CacheData
      if (stored.version === version && stored.entries) this.data = stored
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The key of a document: everything its result depends on. */
  key(filePath: string, bytes: Buffer): string {
    const hash = createHash('sha256')
    // `--config` and `--rule` decide the result as a config file does.
    const given = JSON.stringify([this.settings.configFile ?? null, this.settings.rules ?? []])
    hash.update(this.version + '\0' + String(this.settings.config) + '\0' + given + '\0' + filePath + '\0')
    hash.update(this.settings.config ? this.configKey(filePath) : '')
    hash.update('\0')
    hash.update(bytes)
    return hash.digest('hex')
  }

  get(filePath: string, key: string): SerializedFile | undefined {
    const entry = this.data.entries[filePath]
    return entry && entry.key === key ? entry.file : undefined
  }

  set(filePath: string, key: string, file: SerializedFile): void {
    this.data.entries[filePath] = {key, file}
    this.changed = true
  }

  /**
   * Write the cache atomically (a crash mid-write leaves the old one);
   * the error when it cannot be written, with no partial file left behind.
   */
  save(): NodeJS.ErrnoException | undefined {
    if (!this.changed) return undefined
    const temporary = this.file + '.' + process.pid + '.tmp'
    try {
      mkdirSync(path.dirname(this.file), {recursive: true})
      writeFileSync(temporary, JSON.stringify(this.data))
      renameSync(temporary, this.file)
      return undefined
    } catch (error) {
      try {
        rmSync(temporary, {force: true})
      } catch {
        // Never written (its folder could not be made): nothing to remove.
      }
      return error as NodeJS.ErrnoException
    }
  }

  private configKey(filePath: string): string {
    const folder = path.dirname(path.resolve(filePath))
    let key = this.configKeys.get(folder)
    if (key === undefined) {
      const config = this.settings.configFile ?? findConfigFile(filePath)
      let bytes = ''
      if (config) {
        try {
          bytes = readFileSync(config, 'utf8')
        } catch {
          bytes = '<unreadable>'
        }
      }
      key = (config ?? '') + '\0' + bytes
      this.configKeys.set(folder, key)
    }
    return key
  }
}
