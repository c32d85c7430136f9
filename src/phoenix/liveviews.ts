/**
 * The LiveView model: what the `LiveView Components` section's subsections
 * (`Component: X`) define, built once per file by the `understandLiveViews`
 * stage and kept on `model.liveViews`.
 *
 * A module is a LiveView when it uses `Phoenix.LiveView` or a web module with
 * `:live_view` (`use MyAppWeb, :live_view`), a LiveComponent with
 * `Phoenix.LiveComponent` or `:live_component`. Other modules (function
 * components, helpers) are modelled with no kind.
 *
 * How it renders: a public `render/1`, or a template. A template counts as
 * declared when the module calls `embed_templates`, when a comment of the
 * module names a `.heex` file, when the subsection shows the template in a
 * code block (`heex`, `html`, `eex`, …), or when the subsection's prose
 * (outside code blocks) names a `.heex` file or uses the word "template".
 *
 * Functions written outside any module in the subsection's Elixir blocks
 * (a `def render(assigns)` shown on its own) count as the module's.
 */
import type {Node} from 'web-tree-sitter'
import {toString} from 'mdast-util-to-string'
import {findSection, placeOf as placeOfMarkdown, type DocumentModel} from '../document/model.js'
import type {Place} from '../document/positions.js'
import {
  paramValue,
  publicFunction,
  readModuleSubsection,
  type ElixirFunction,
  type ElixirModule,
  type FunctionClause,
  type ModuleSubsection,
  type ModuleUse
} from '../elixir/modules.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** The subsections of the components section, read (stage `understandLiveViews`). */
    liveViews?: LiveViewComponent[]
  }
}

/** The section whose subsections are LiveViews and components. */

export type LiveViewKind = 'live_view' | 'live_component'

/** The callbacks of each kind, with their arity and parameters (for messages). */
export const liveViewCallbacks: Record<LiveViewKind, ReadonlyArray<{name: string; arity: number; params: string}>> = {
  live_view: [
    {name: 'mount', arity: 3, params: 'params, session, socket'},
    {name: 'render', arity: 1, params: 'assigns'},
    {name: 'handle_params', arity: 3, params: 'params, uri, socket'},
    {name: 'handle_event', arity: 3, params: 'event, params, socket'},
    {name: 'handle_info', arity: 2, params: 'message, socket'},
    {name: 'handle_call', arity: 3, params: 'message, from, socket'},
    {name: 'handle_cast', arity: 2, params: 'message, socket'},
    {name: 'handle_async', arity: 3, params: 'name, result, socket'},
    {name: 'terminate', arity: 2, params: 'reason, socket'}
  ],
  live_component: [
    {name: 'mount', arity: 1, params: 'socket'},
    {name: 'update', arity: 2, params: 'assigns, socket'},
    {name: 'update_many', arity: 1, params: 'assigns_sockets'},
    {name: 'render', arity: 1, params: 'assigns'},
    {name: 'handle_event', arity: 3, params: 'event, params, socket'},
    {name: 'handle_async', arity: 3, params: 'name, result, socket'}
  ]
}

/**
 * What the callbacks of each kind return, from the callback specs of
 * Phoenix.LiveView v1.2.10 (`lib/phoenix_live_view.ex`,
 * `lib/phoenix_live_component.ex`): `mount` and `update` answer `{:ok, …}`,
 * the handlers `{:noreply, …}` (`handle_event` and `handle_call` may also
 * `{:reply, …}`); LiveView raises on any other value. `tag` is the first
 * element of the 2-tuple the callback returns, `forms` what it may return.
 */
export const liveViewReturns: Record<LiveViewKind, Record<string, {tag: 'ok' | 'noreply'; forms: string}>> = {
  live_view: {
    mount: {tag: 'ok', forms: '`{:ok, socket}` or `{:ok, socket, options}`'},
    handle_params: {tag: 'noreply', forms: '`{:noreply, socket}`'},
    handle_event: {tag: 'noreply', forms: '`{:noreply, socket}` or `{:reply, map, socket}`'},
    handle_info: {tag: 'noreply', forms: '`{:noreply, socket}`'},
    handle_call: {tag: 'noreply', forms: '`{:noreply, socket}` or `{:reply, term, socket}`'},
    handle_cast: {tag: 'noreply', forms: '`{:noreply, socket}`'},
    handle_async: {tag: 'noreply', forms: '`{:noreply, socket}`'}
  },
  live_component: {
    mount: {tag: 'ok', forms: '`{:ok, socket}` or `{:ok, socket, options}`'},
    update: {tag: 'ok', forms: '`{:ok, socket}`'},
    handle_event: {tag: 'noreply', forms: '`{:noreply, socket}` or `{:reply, map, socket}`'},
    handle_async: {tag: 'noreply', forms: '`{:noreply, socket}`'}
  }
}

/** The event pattern of a `handle_event` clause (its first parameter). */
export interface EventPattern {
  /**
   * `string`: a literal (`"save"`); `prefix`: `"row:" <> id`; `atom`: `:save`;
   * `literal`: another literal that is never a string (`1`, `%{}`, `[...]`,
   * `{...}`, `true`, `nil`); `variable`: `event`, `_`; `other`: any other
   * pattern (`^name`, an interpolated string).
   */
  kind: 'string' | 'prefix' | 'atom' | 'literal' | 'variable' | 'other'
  /** The event name (`save`) of a string or atom, the prefix of a prefix pattern. */
  name?: string
  /** The parameter as written. */
  text: string
  place: Place
}

export interface EventClause {
  clause: FunctionClause
  /** Undefined for a clause without parameters (`def handle_event, do: ...`). */
  event?: EventPattern
}

/** How a LiveView or component says it uses a template instead of `render/1`. */
export interface TemplateReference {
  kind: 'embed_templates' | 'comment' | 'prose' | 'block'
  /** The call, comment or prose as written. */
  text: string
  place: Place
}

export interface LiveViewComponent extends ModuleSubsection {
  /** The module's kind; undefined when it is neither a LiveView nor a LiveComponent. */
  kind?: LiveViewKind
  /** The `use` that makes it one. */
  use?: ModuleUse
  /** The module's functions, then the subsection's loose ones (`loose`: snippets outside the module). */
  functions: ElixirFunction[]
  /** The public functions named like a callback of its kind (any arity). */
  callbacks: ElixirFunction[]
  /** Every `handle_event` clause, in order (any arity, `defp` included). */
  events: EventClause[]
  /** The public `render/1`, if defined. */
  render?: ElixirFunction
  /** What says it renders a template, if anything does. */
  template?: TemplateReference
}

/** The model stage. */
export function understandLiveViews(model: DocumentModel): void {
  const section = findSection(model, 'components')
  model.liveViews = (section?.subsections ?? []).map(function (subsection) {
    const base = readModuleSubsection(subsection)
    const module = base.module
    const functions = module ? [...module.functions, ...base.loose] : []
    const component: LiveViewComponent = {...base, functions, callbacks: [], events: []}
    if (!module) return component
    for (const use of module.uses) {
      const kind = kindOf(use)
      if (kind) {
        component.kind = kind
        component.use = use
        break
      }
    }
    if (component.kind) {
      const names = new Set(liveViewCallbacks[component.kind].map((callback) => callback.name))
      component.callbacks = functions.filter((fn) => names.has(fn.name) && fn.kind !== 'defp' && fn.kind !== 'defmacrop')
    }
    for (const fn of functions) {
      if (fn.name !== 'handle_event') continue
      for (const clause of fn.clauses) {
        if (clause.headOnly) continue
        component.events.push({clause, event: clause.params[0] ? eventPattern(module, clause.params[0]) : undefined})
      }
    }
    component.events.sort((a, b) => a.clause.place.start.line - b.clause.place.start.line)
    component.render = publicFunction(functions, 'render', 1)
    component.template = findTemplate(component, module)
    return component
  })
}

function kindOf(use: ModuleUse): LiveViewKind | undefined {
  if (use.module.name === 'Phoenix.LiveView') return 'live_view'
  if (use.module.name === 'Phoenix.LiveComponent') return 'live_component'
  const which = use.args[0]
  if (which?.kind === 'atom' && (which.value === 'live_view' || which.value === 'live_component')) return which.value
  return undefined
}

/** Value kinds of the DSL reader that never match a string. */
const nonStringLiterals = new Set(['number', 'boolean', 'nil', 'list', 'tuple', 'keyword'])

function eventPattern(module: ElixirModule, node: Node): EventPattern {
  const value = paramValue(module, node)
  const base = {text: value.text, place: value.place}
  if (value.kind === 'string') return value.interpolated ? {...base, kind: 'other'} : {...base, kind: 'string', name: value.value}
  if (value.kind === 'atom') return {...base, kind: 'atom', name: value.value}
  if (node.type === 'identifier') return {...base, kind: 'variable'}
  if (nonStringLiterals.has(value.kind) || node.type === 'map') return {...base, kind: 'literal'}
  if (node.type === 'binary_operator') {
    const operator = node.childForFieldName('operator')?.type
    const left = node.childForFieldName('left')
    const right = node.childForFieldName('right')
    // `"row:" <> id`: a string prefix.
    if (operator === '<>' && left?.type === 'string') {
      const prefix = paramValue(module, left)
      return {...base, kind: 'prefix', name: prefix.kind === 'string' ? prefix.value : undefined}
    }
    // `event = "save"`, `"save" = event`: the literal side decides.
    if (operator === '=' && left && right) {
      const literal = left.type === 'identifier' ? right : left
      const inner = eventPattern(module, literal)
      return {...inner, text: base.text, place: base.place}
    }
  }
  return {...base, kind: 'other'}
}

// A name ending in `.heex` (`live/board.html.heex`); what comes before `.heex`
// does not change the answer, and a `[\w./-]*` before it made the search quadratic.
const heexFile = /\.heex\b/
/** Info strings of template code blocks. */
const templateLanguages: ReadonlySet<string> = new Set(['heex', 'leex', 'eex', 'html', 'html.heex', 'html-eex', 'surface', 'sface'])
const templateWord = /\btemplates?\b/i

function findTemplate(component: LiveViewComponent, module: ElixirModule): TemplateReference | undefined {
  const embed = module.body.find((call) => call.name === 'embed_templates')
  if (embed) return {kind: 'embed_templates', text: embed.head, place: embed.place}
  for (const block of component.subsection.blocks) {
    if (block.language && templateLanguages.has(block.language)) return {kind: 'block', text: block.rawLanguage ?? block.language, place: block.position}
  }
  for (const comment of module.comments) {
    if (heexFile.test(comment.text)) return {kind: 'comment', text: comment.text, place: comment.place}
  }
  for (const node of component.subsection.content) {
    if (node.type === 'code' || node.type === 'html') continue
    const text = toString(node)
    if (heexFile.test(text) || templateWord.test(text)) return {kind: 'prose', text, place: placeOfMarkdown(node)}
  }
  return undefined
}
