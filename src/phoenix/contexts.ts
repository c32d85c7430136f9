/**
 * The Phoenix contexts model: what the `Phoenix Contexts` section's
 * subsections (`Context Module: X`) define, built once per file by the
 * `understandContexts` stage and kept on `model.contexts`.
 *
 * A context is either an Ash domain (`use Ash.Domain`, its `resources` with
 * their code interfaces) or a plain module of functions; both keep their
 * functions (name/arity). Every element keeps its Markdown place.
 */
import {findSection, type DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {aliasList, atomList, booleanOption, entityOptions, type DslCall, type DslOption, type ElixirValue, type KeywordPair} from '../elixir/dsl.js'
import {resolveModule, type ModuleRef} from '../elixir/aliases.js'
import {readModuleSubsection, type ElixirFunction, type ModuleSubsection, type ModuleUse} from '../elixir/modules.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** The subsections of the contexts section, read (stage `understandContexts`). */
    contexts?: PhoenixContext[]
  }
}

/** The section whose subsections are contexts. */

export interface PhoenixContext extends ModuleSubsection {
  /** The context module's functions (`module.functions`), for convenience. */
  functions: ElixirFunction[]
  /** Set when the context module `use`s `Ash.Domain`. */
  domain?: AshDomain
}

export interface AshDomain {
  /** The `use Ash.Domain` line. */
  use: ModuleUse
  /** `use Ash.Domain`'s options (`extensions:`, `otp_app:`, …). */
  options: KeywordPair[]
  extensions: ModuleRef[]
  /** The `resources do ... end` sections (one, normally). */
  resourcesSections: DslCall[]
  /** Every `resource X` entry, in order. */
  resources: DomainResource[]
  /** `allow_unregistered? true` in `resources`: the domain accepts resources it does not list. */
  allowUnregistered: boolean
  /**
   * Whether the doc shows the whole resource list: false when the module is
   * incomplete (syntax error, elision, placeholder), when the domain has
   * `fragments:`, or when `resources` holds entries that are not literal
   * modules or calls this model does not know.
   */
  complete: boolean
}

export interface DomainResource {
  /** The resource module, resolved through the domain's aliases. */
  module: ModuleRef
  /** The module name's place. */
  place: Place
  /** The whole `resource ... end`. */
  declarationPlace: Place
  /** `define` and `define_calculation` entries. */
  interfaces: CodeInterface[]
  call: DslCall
}

/** `define :name, action: :a, args: [...]`: a code interface function. */
export interface CodeInterface {
  kind: 'define' | 'define_calculation'
  /** The function name (`invite`). */
  name: string
  place: Place
  /** The action (or, for `define_calculation`, the calculation); defaults to the function name. */
  action: {name: string; place: Place; defaulted: boolean}
  /** `args:`: each argument's name; `{:optional, :name}` is optional. */
  args: Array<{name: string; optional: boolean; place: Place}>
  /** `get_by:` attributes, if any. */
  getBy: Array<{name: string; place: Place}>
  /** `get? true` or `get_by:`: the function returns one record. */
  get: boolean
  options: DslOption[]
  call: DslCall
}

/** The model stage. */
export function understandContexts(model: DocumentModel): void {
  const section = findSection(model, 'contexts')
  model.contexts = (section?.subsections ?? []).map(function (subsection) {
    const base = readModuleSubsection(subsection)
    const context: PhoenixContext = {...base, functions: base.module?.functions ?? []}
    if (base.module) context.domain = readDomain(base.module)
    return context
  })
}

function readDomain(module: NonNullable<ModuleSubsection['module']>): AshDomain | undefined {
  const use = module.uses.find((entry) => entry.module.name === 'Ash.Domain')
  if (!use) return undefined
  const resolve = (value: ElixirValue): ModuleRef | undefined =>
    value.kind === 'alias' ? resolveModule(value, module.aliases, module.name) : undefined
  const optionValue = (key: string) => use.options.find((pair) => pair.key === key)?.value
  const domain: AshDomain = {
    use,
    options: use.options,
    extensions: (aliasList(optionValue('extensions')) ?? []).flatMap((value) => resolve(value) ?? []),
    resourcesSections: [],
    resources: [],
    allowUnregistered: false,
    complete: module.complete && optionValue('fragments') === undefined
  }
  for (const section of module.body) {
    if (section.name !== 'resources') continue
    domain.resourcesSections.push(section)
    if (section.bodyHasOther || section.elision || !section.body) domain.complete = false
    for (const entry of section.body ?? []) {
      if (entry.name === 'resource') {
        const target = entry.args[0]
        const ref = target ? resolve(target) : undefined
        if (!ref) {
          domain.complete = false
          continue
        }
        domain.resources.push({
          module: ref,
          place: ref.place,
          declarationPlace: entry.place,
          interfaces: (entry.body ?? []).flatMap((call) => readInterface(call) ?? []),
          call: entry
        })
      } else if (entry.name === 'allow_unregistered?') {
        const value = entry.args[0]
        if (value?.kind === 'boolean') domain.allowUnregistered = value.value
        else domain.complete = false
      } else if (entry.name !== 'allow' && entry.name !== 'registry') {
        // A macro or a call we do not know: it may add resources.
        domain.complete = false
      }
    }
  }
  return domain
}

function readInterface(call: DslCall): CodeInterface | undefined {
  if (call.name !== 'define' && call.name !== 'define_calculation') return undefined
  const nameValue = call.args[0]
  if (nameValue?.kind !== 'atom') return undefined
  const options = entityOptions(call)
  const option = (key: string) => options.find((entry) => entry.key === key)
  const actionKey = call.name === 'define' ? 'action' : 'calculation'
  const actionValue = option(actionKey)?.value
  const action =
    actionValue?.kind === 'atom'
      ? {name: actionValue.value, place: actionValue.place, defaulted: false}
      : {name: nameValue.value, place: nameValue.place, defaulted: true}
  const args: CodeInterface['args'] = []
  const argsValue = option('args')?.value
  for (const item of argsValue?.kind === 'list' ? argsValue.items : []) {
    if (item.kind === 'atom') args.push({name: item.value, optional: false, place: item.place})
    else if (item.kind === 'tuple' && item.items.length === 2) {
      const [flag, name] = item.items as [ElixirValue, ElixirValue]
      if (flag.kind === 'atom' && name.kind === 'atom') args.push({name: name.value, optional: flag.value === 'optional', place: item.place})
    }
  }
  const getBy = (atomList(option('get_by')?.value) ?? []).map((atom) => ({name: atom.value, place: atom.place}))
  return {
    kind: call.name,
    name: nameValue.value,
    place: nameValue.place,
    action,
    args,
    getBy,
    get: booleanOption(options, 'get?') === true || getBy.length > 0,
    options,
    call
  }
}
