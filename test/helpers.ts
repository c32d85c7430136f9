/** Test helpers: lint a string or a file with the real pipeline. */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'
import {afterAll} from 'vitest'
import preset from '../src/index.js'
import archdocDocument from '../src/pipeline/plugin.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const cliPath = path.join(root, 'bin', 'archdoc-lint.js')

/** `line:column-line:column: reason [rule-id]`, one string per message, in report order. */
export function describeMessages(file: VFile, withRuleId = true): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map(function (message) {
      const start = message.place && 'start' in message.place ? message.place.start : message.place
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      const where = start ? `${start.line}:${start.column}` + (end ? `-${end.line}:${end.column}` : '') : '0:0'
      return `${where}: ${message.reason}` + (withRuleId ? ` [${message.ruleId}]` : '')
    })
}

/**
 * Lint Markdown with the whole preset (or the given plugins after the
 * document plugin). The file is `doc.md` unless `path` says otherwise;
 * `path: null` lints it without a path, as text from stdin without a name.
 */
export async function lint(value: string, options: {path?: string | null; plugins?: Pluggable[]; template?: object} = {}): Promise<VFile> {
  const file = new VFile({path: options.path === null ? undefined : (options.path ?? 'doc.md'), value})
  const processor = options.plugins
    ? unified().use(remarkParse).use(remarkGfm).use(archdocDocument, options.template as never).use(options.plugins)
    : unified().use(remarkParse).use(preset)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}

export async function lintFixture(relative: string, options: Parameters<typeof lint>[1] = {}): Promise<VFile> {
  const full = path.join(root, relative)
  return lint(readFileSync(full, 'utf8'), {path: relative, ...options})
}

/**
 * Run the built CLI; `env` adds to (or, with undefined, removes from) this
 * process's environment; stylish output fits `COLUMNS` (100 unless `env`
 * says otherwise); `timeout` (ms) kills a run that hangs, so that a hang
 * fails its test instead of the suite.
 */
export function runCli(args: string[], options: {cwd?: string; input?: string; env?: Record<string, string | undefined>; timeout?: number} = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout,
    killSignal: 'SIGKILL',
    env: Object.fromEntries(
      Object.entries({...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '100', ...options.env}).filter((entry) => entry[1] !== undefined)
    )
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * Fresh folders for one test file, under `test/.tmp-<name>-*` (removed after
 * the file's tests): `workspace(files)` makes the next folder with the given
 * files (paths relative to it, folders created) and returns its path.
 */
export function workspaces(name: string): {base: string; workspace: (files?: Record<string, string | Uint8Array>) => string} {
  const base = mkdtempSync(path.join(root, 'test', `.tmp-${name}-`))
  let count = 0
  afterAll(() => rmSync(base, {recursive: true, force: true}))
  return {
    base,
    workspace(files = {}) {
      const folder = path.join(base, String(++count))
      mkdirSync(folder, {recursive: true})
      for (const [file, value] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, file)), {recursive: true})
        writeFileSync(path.join(folder, file), value)
      }
      return folder
    }
  }
}

/** ajv for the SARIF SDK's schema (fixtures/sarif, JSON Schema 2020-12), with real format checks. */
export function sarifValidator(): ((data: unknown) => boolean) & {errors?: unknown[] | null} {
  const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020') as {default: new (options: object) => any}
  const ajv = new Ajv2020.default({strict: false, allErrors: true})
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value))
  ajv.addFormat('uri-reference', (value: string) => !/[\s\\]/.test(value))
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
  ajv.addFormat('uuid', (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
  const schema = JSON.parse(readFileSync(path.join(root, 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8'))
  return ajv.compile(schema) as ((data: unknown) => boolean) & {errors?: unknown[] | null}
}
