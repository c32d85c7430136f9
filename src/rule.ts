/**
 * `defineRule`: how every archdoc-lint rule is made.
 *
 * A thin layer over `unified-lint-rule` that adds what a serious linter needs
 * and unified-lint-rule leaves out: a default severity that options given
 * without a severity keep (unified-lint-rule would make them warnings), an
 * options schema checked when the rule is configured, the rule's metadata for
 * docs, README and SARIF, and the document model handed to the rule.
 */
import {createRequire} from 'node:module'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {Options as MessageOptions, VFileMessage} from 'vfile-message'
import type {DocumentModel} from './document/model.js'
import type {Place} from './document/positions.js'
import {relate, type RelatedPlace} from './document/related.js'
import type {CodeLanguage} from './document/template.js'
import archdocGuard from './guard/plugin.js'
import {getDocumentModel} from './pipeline/plugin.js'

export type Severity = 'error' | 'warn'

/** A JSON schema for a rule's options object. */
export type OptionsSchema = Record<string, unknown>

export interface RuleMeta {
  /** Stable id, never renamed. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Severity when the rule is on and configured without one. */
  severity: Severity
  /** JSON schema of the options object, if the rule takes options. */
  schema?: OptionsSchema
  /** Some of its messages carry a fix (`message.fix`, src/fix/edits.ts): what `--fix` applies. */
  fixable?: boolean
}

export const docsBaseUrl = 'https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/'

export type RuleRun<Options> = (
  model: DocumentModel,
  file: VFile,
  options: Options
) => void | Promise<void>

export interface ArchdocRule {
  (this: Processor, config?: unknown): ReturnType<ReturnType<typeof lintRule>>
  meta: RuleMeta & {url: string}
}

const severities = new Map<unknown, 'off' | 'default' | 'warn' | 'error'>([
  [false, 'off'],
  [0, 'off'],
  ['off', 'off'],
  [true, 'default'],
  ['on', 'default'],
  [1, 'warn'],
  ['warn', 'warn'],
  [2, 'error'],
  ['error', 'error']
])

/** Turn any unified-style config into `[severity, options]` with our default. */
export function normalizeConfig(meta: RuleMeta, config: unknown): [0 | 1 | 2, unknown] {
  const fallback = meta.severity === 'error' ? 2 : 1
  let level: unknown = true
  let options: unknown = config
  if (config === undefined || config === null || config === true || config === false) {
    level = config ?? true
    options = undefined
  } else if (Array.isArray(config)) {
    if (severities.has(config[0])) {
      level = config[0]
      options = config[1]
    } else if (typeof config[0] === 'number') {
      throw new Error(`${meta.id}: incorrect severity \`${config[0]}\`, expected 0, 1, 2, "off", "warn" or "error"`)
    }
  } else if (typeof config === 'string' || typeof config === 'number') {
    if (!severities.has(config)) {
      throw new Error(`${meta.id}: incorrect severity \`${config}\`, expected "off", "warn" or "error"`)
    }
    level = config
    options = undefined
  }
  const kind = severities.get(level)
  const severity = kind === 'off' ? 0 : kind === 'warn' ? 1 : kind === 'error' ? 2 : fallback
  return [severity, options]
}

type Validator = ((data: unknown) => boolean) & {errors?: Array<{instancePath: string; message?: string; keyword: string; params: Record<string, unknown>}> | null}
const validators = new WeakMap<OptionsSchema, Validator>()
const require = createRequire(import.meta.url)

/** Check options against the rule's schema; ajv is loaded only when options are given. */
export function validateOptions(meta: RuleMeta, options: unknown): void {
  if (options === undefined || options === null) return
  if (!meta.schema) {
    throw new Error(`${meta.id}: this rule takes no options`)
  }
  let validate = validators.get(meta.schema)
  if (!validate) {
    const AjvModule = require('ajv')
    const Ajv = AjvModule.default ?? AjvModule
    const ajv = new Ajv({allErrors: false, strict: false})
    validate = ajv.compile(meta.schema) as Validator
    validators.set(meta.schema, validate)
  }
  if (validate(options)) return
  const error = validate.errors?.[0]
  if (!error) throw new Error(`${meta.id}: invalid options`)
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.')
  if (error.keyword === 'additionalProperties') {
    const known = Object.keys((meta.schema.properties as Record<string, unknown>) ?? {})
    throw new Error(
      `${meta.id}: unknown option \`${String(error.params.additionalProperty)}\`` +
        (known.length > 0 ? ` (known: ${known.map((key) => '`' + key + '`').join(', ')})` : '')
    )
  }
  throw new Error(`${meta.id}: option ${path ? '`' + path + '`' : 'value'} ${error.message ?? 'is invalid'}`)
}

/**
 * Checks options beyond what the schema can say (a pattern that must
 * compile), when the rule is configured; throws an Error whose message names
 * the rule and the option.
 */
export type OptionsCheck<Options> = (options: Options) => void

/**
 * Define a rule. `run` reads the document model and reports with
 * `file.message(reason, {place})`; unified-lint-rule stamps each message with
 * the rule id, source `archdoc-lint`, url and severity. `checkOptions` runs
 * once when the rule is configured (not per file), after the schema check,
 * on the options merged with the defaults.
 */
export function defineRule<Options extends object = Record<string, never>>(
  meta: RuleMeta,
  defaults: Options,
  run: RuleRun<Options>,
  checkOptions?: OptionsCheck<Options>
): ArchdocRule {
  const url = docsBaseUrl + meta.id + '.md'
  const lint = lintRule(
    {origin: 'archdoc-lint:' + meta.id, url},
    async function (tree: Root, file: VFile, options: unknown) {
      // The input guard refused the file (too large, binary, too deep): its one message says why.
      if (file.data.archdocNotLinted) return
      const model = await getDocumentModel(tree, file)
      try {
        await run(model, file, {...defaults, ...(options as Partial<Options> | undefined)})
      } catch (error) {
        // A bug in one rule must not stop the run: report it on the file and
        // let the CLI's exit code say that something went wrong.
        const cause = error instanceof Error ? error.message : String(error)
        const message = file.message(`internal error in rule \`${meta.id}\`: ${cause}`)
        message.cause = error
        file.data.archdocInternalError = true
      }
    }
  )

  const rule = function (this: Processor, config?: unknown) {
    // A config that lists rules without the preset still gets the input guard
    // (added once; it wraps the parser when the processor is frozen).
    this.use(archdocGuard)
    // Added once, after every rule: see `applySeverities`.
    this.use(applySeverities)
    const [severity, options] = normalizeConfig(meta, config)
    if (severity !== 0) {
      validateOptions(meta, options)
      checkOptions?.({...defaults, ...(options as Partial<Options> | undefined)})
    }
    if (severity !== 2) return lint.call(this, [severity, options] as never)
    // An error rule runs as a warning rule; its messages are remembered and
    // made fatal when every rule has run.
    const transform = lint.call(this, [1, options] as never) as LintTransform
    return function (tree: Root, file: VFile, next: (error?: Error | null) => void) {
      const before = file.messages.length
      transform(tree, file, function (error?: Error | null) {
        for (let index = before; index < file.messages.length; index++) errorMessages.add(file.messages[index]!)
        next(error)
      })
    }
  } as ArchdocRule
  Object.defineProperty(rule, 'name', {value: 'archdoc-lint:' + meta.id})
  rule.meta = {...meta, url}
  return rule
}

/**
 * A syntax rule: it reports what the code stage found wrong in the blocks of
 * one language (parsing, naming each problem and mapping it to the Markdown
 * file happen once, in src/code/); `elixir-syntax`, `sql-syntax` and
 * `graphql-syntax` are made with it.
 */
export function defineSyntaxRule(meta: RuleMeta, language: CodeLanguage): ArchdocRule {
  return defineRule(meta, {}, function (model, file) {
    for (const block of model.blocks) {
      if (block.code?.language !== language) continue
      for (const issue of block.code.errors) reportWithRelated(file, issue.reason, issue.place, issue.related ?? [])
    }
  })
}

export type {RelatedPlace} from './document/related.js'

/**
 * Report a message about two (or more) places: at `place`, with the others
 * as data (`message.related`). The reason names the other side by what it
 * is ("already used by `defaults`"), never by its line.
 */
export function reportWithRelated(file: VFile, reason: string, place: Place, related: RelatedPlace[]): VFileMessage {
  return relate(file.message(reason, {place}), related)
}

/**
 * Report a message whose reason is its first sentence, `separator`, then
 * `note` (what is expected, a suggestion). The reason stays the whole text
 * (JSON, SARIF, `github` and editors show it); `note` (vfile-message's
 * field) keeps the tail as data, so that the stylish report prints the first
 * sentence on the message line and the note on a line under it.
 */
export function messageWithNote(
  file: VFile,
  first: string,
  note: string,
  options: MessageOptions,
  separator: ': ' | ', ' = ': '
): VFileMessage {
  const message = file.message(first + separator + note, options)
  message.note = note
  return message
}

type LintTransform = (tree: Root, file: VFile, next: (error?: Error | null) => void) => void

/** Messages of error rules, made fatal by `applySeverities`. */
const errorMessages = new WeakSet<VFileMessage>()

/**
 * Makes error rules' messages fatal in one synchronous step after every rule
 * has run. unified-engine releases its file queue once every file that is not
 * fatal has been queued; our rules are async, so a file that turned fatal
 * after its first error rule, while its later rules still ran, would be
 * queued after the release and never come back: the run would end with
 * nothing reported and exit 0 (seen with remark-cli and our CLI on a mix of
 * clean and broken docs). Holding `fatal` back until the end closes that
 * window for every unified-engine tool.
 */
function applySeverities() {
  return function (_tree: Root, file: VFile) {
    for (const message of file.messages) if (errorMessages.has(message)) message.fatal = true
  }
}

declare module 'vfile' {
  interface DataMap {
    archdocInternalError: boolean
  }
}
