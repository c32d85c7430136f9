/**
 * Config files: checking what a `.remarkrc` says about archdoc-lint before
 * unified-engine loads it (so a bad rule id or option is one line naming the
 * config file, the rule and the option), and finding which config file
 * applies to a document (the same search unified-engine does).
 */
import {validateDocumentOptions} from '../document/options.js'
import {rolelessSections} from '../document/roles.js'
import {resolveTemplate, type TemplateOptions} from '../document/template.js'
import {listCode} from '../text/words.js'
import {normalizeConfig, validateOptions} from '../rule.js'
import {rules} from '../rules.js'
import {closest} from '../text/suggest.js'
import {toRelative} from './paths.js'
import {ConfigError} from './config-files.js'

export {toRelative}
export {ConfigError, configNames, findConfigFile, packageField, rcName} from './config-files.js'

const rulePrefix = 'archdoc-lint/rules/'

/** Warnings about configs (not lint messages), each once per process, until taken. */
const warned = new Set<string>()
let pendingWarnings: string[] = []

function warn(text: string): void {
  if (warned.has(text)) return
  warned.add(text)
  pendingWarnings.push(text)
}

/** The config warnings raised since the last call (a config file is loaded again by every engine run; each warning comes once). */
export function takeConfigWarnings(): string[] {
  const taken = pendingWarnings
  pendingWarnings = []
  return taken
}

/**
 * A config with `--rule` settings added after its own plugins. The built-in
 * preset gets the rule functions it holds (unified reconfigures a plugin it
 * already has, by identity); a config file gets module names, which resolve
 * from its folder to the same modules as its own `archdoc-lint` entries.
 */
export function withRuleSettings(config: unknown, settings: Array<[string, unknown]>): unknown {
  if (settings.length === 0 || config === null || typeof config !== 'object') return config
  const plugins = (config as {plugins?: unknown}).plugins
  const isPreset = Array.isArray(plugins) && plugins.some((plugin) => rules.includes(plugin as never))
  const added = settings.map(([id, setting]): [unknown, unknown] => [
    isPreset ? rules.find((rule) => rule.meta.id === id) : rulePrefix + id,
    setting
  ])
  if (Array.isArray(plugins)) return {...config, plugins: [...plugins, ...added]}
  if (plugins && typeof plugins === 'object') return {...config, plugins: {...plugins, ...Object.fromEntries(added)}}
  return {...config, plugins: added}
}

/** Check one `--rule` setting as a config file's entry is checked; throws with the reason. */
export function checkRuleSetting(id: string, setting: unknown): void {
  checkEntry(rulePrefix + id, setting, '--rule')
}

/**
 * unified-engine's `configTransform`: called with each config file's content
 * (after parsing, before its plugins are resolved). Throws a `ConfigError`
 * for an unknown archdoc-lint rule, a bad severity or bad options.
 */
export function checkConfig(config: unknown, filePath: string, cwd: string): unknown {
  const where = toRelative(cwd, filePath)
  if (config === null || typeof config !== 'object') return config
  const plugins = (config as {plugins?: unknown}).plugins
  const entries: Array<[unknown, unknown]> = []
  if (Array.isArray(plugins)) {
    for (const entry of plugins) {
      entries.push(Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined])
    }
  } else if (plugins && typeof plugins === 'object') {
    entries.push(...Object.entries(plugins))
  }

  for (const [name, value] of entries) {
    if (typeof name !== 'string') continue
    try {
      checkEntry(name, value, where)
    } catch (error) {
      throw new ConfigError(where, error instanceof Error ? error.message : String(error))
    }
  }
  return config
}

function checkEntry(name: string, value: unknown, where: string): void {
  if (name === 'archdoc-lint') {
    if (value !== undefined && value !== null && value !== true) {
      throw new Error(
        '`archdoc-lint` is a preset and takes no options: give the template to `archdoc-lint/document` and rule options to `archdoc-lint/rules/<id>`'
      )
    }
    return
  }
  if (name === 'archdoc-lint/document') {
    if (value === false) return
    const options = (value ?? undefined) as TemplateOptions | undefined
    validateDocumentOptions(options)
    // A section that no role fits is checked for its structure only: say so,
    // or a retitled section silently loses its checks.
    const roleless = rolelessSections(resolveTemplate(options).sections)
    if (roleless.length > 0) {
      warn(`${where}: sections with no role get only the structural checks: ${listCode(roleless, 'and')} (give each a \`role\`, see the README)`)
    }
    return
  }
  if (!name.startsWith(rulePrefix)) return
  const id = name.slice(rulePrefix.length)
  const rule = rules.find((candidate) => candidate.meta.id === id)
  if (!rule) {
    // A rule id is long and hyphenated: allow two slips even in a short one.
    const near = closest(
      id,
      rules.map((candidate) => candidate.meta.id),
      Math.max(2, Math.floor(id.length / 3))
    )
    throw new Error(`unknown rule \`${id}\`` + (near ? `, did you mean \`${near}\`?` : ''))
  }
  try {
    const [severity, options] = normalizeConfig(rule.meta, value)
    if (severity !== 0) validateOptions(rule.meta, options)
  } catch (error) {
    // The rule says `<id>: <what>`; say `rule \`<id>\`: <what>`.
    const text = error instanceof Error ? error.message : String(error)
    throw new Error(`rule \`${id}\`: ${text.startsWith(id + ': ') ? text.slice(id.length + 2) : text}`)
  }
}
