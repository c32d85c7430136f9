/**
 * The REST endpoints model: each item of the lists in `API Design` →
 * `REST Endpoints`, read as `` `METHOD /path` - description ``, built once
 * per file by the `understandEndpoints` stage and kept on `model.endpoints`.
 *
 * Every part keeps its place in the Markdown file (from the list item and
 * inline-code node positions and the file's source), and the path is split
 * into segments and parameters, so that endpoints can be joined to
 * resources and actions without parsing them again.
 *
 * The separator between the code span and the description is a hyphen
 * (`-` or `--`), an en dash (`–`) or an em dash (`—`), with spaces around.
 */
import type {InlineCode, ListItem, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {placeOf, type DocumentModel, type Subsection} from '../document/model.js'
import type {Place, SourceText} from '../document/positions.js'

declare module '../document/model.js' {
  interface DocumentModel {
    /** The list items of the API section's REST subsection, read (stage `understandEndpoints`). */
    endpoints?: RestEndpoint[]
  }
}

/** The HTTP methods an endpoint may use, in the order messages list them. */
export const httpMethods: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']
const httpMethodSet: ReadonlySet<string> = new Set(httpMethods)

export interface RestEndpoint {
  subsection: Subsection
  item: ListItem
  /** The list item's place. */
  place: Place
  /** The item's first paragraph as text, on one line (for messages). */
  text: string
  /** The code span the item starts with (possibly inside a link or emphasis); undefined when it starts with anything else. */
  code?: {node: InlineCode; text: string; place: Place}
  /** The method, as written (`get`), upper-cased (`GET`), and whether it is a known HTTP method. */
  method?: {text: string; name: string; known: boolean; place: Place}
  path?: EndpointPath
  /** Text in the code span after the path (`HTTP/1.1`), if any. */
  extra?: {text: string; place: Place}
  /** The separator between the code span and the description (`-`, `–`, `—`). */
  separator?: {text: string; place: Place}
  /** The description after the separator; undefined when empty or absent. */
  description?: {text: string; place: Place}
  /** What follows the code span when it does not start with a separator. */
  trailing?: {text: string; place: Place}
  /**
   * The route, to compare endpoints: the method upper-cased, the path with
   * each parameter written `:` and each glob `*`, without a trailing `/`
   * (`GET /api/teams/:/invitations`). Undefined without a method and a path.
   */
  routeKey?: string
}

export interface EndpointPath {
  /** The path as written (query string included). */
  text: string
  place: Place
  /** The path without its query string or fragment. */
  route: string
  /** The query string after `?`, if any (without the `?`). */
  query?: string
  /** The route's segments, in order (empty segments left out). */
  segments: PathSegment[]
  /** The segments that are parameters (`param`, `glob`, `braces`, `angle`). */
  params: PathSegment[]
}

export interface PathSegment {
  /** The segment as written (`:team_id`, `invitations`, `{id}`). */
  text: string
  /**
   * `static`: a literal; `param`: `:id`; `glob`: `*path`; `braces`: `{id}`
   * and `angle`: `<id>`, parameters in another router's style.
   */
  kind: 'static' | 'param' | 'glob' | 'braces' | 'angle'
  /** The parameter's name (`team_id`); undefined for a static segment. */
  name?: string
  place: Place
}

/** The model stage. */
export function understandEndpoints(model: DocumentModel): void {
  const endpoints: RestEndpoint[] = []
  for (const section of model.sections) {
    if (section.role !== 'api') continue
    for (const subsection of section.subsections) {
      if (subsection.form?.form.role !== 'rest') continue
      for (const node of subsection.content) {
        if (node.type !== 'list') continue
        for (const item of node.children) endpoints.push(readEndpoint(model.source, subsection, item))
      }
    }
  }
  model.endpoints = endpoints
}

function offsetOf(node: {position?: {start: {offset?: number}; end: {offset?: number}}}, end = false): number | undefined {
  return end ? node.position?.end.offset : node.position?.start.offset
}

function placeAt(source: SourceText, start: number, end: number): Place {
  return {start: source.pointAt(start), end: source.pointAt(end)}
}

/** The code span an item starts with: bare, or the only child of a link, strong or emphasis. */
function leadingCode(first: PhrasingContent | undefined): {code: InlineCode; wrapper: PhrasingContent} | undefined {
  if (!first) return undefined
  if (first.type === 'inlineCode') return {code: first, wrapper: first}
  if ((first.type === 'link' || first.type === 'strong' || first.type === 'emphasis') && first.children.length === 1) {
    const only = first.children[0]!
    if (only.type === 'inlineCode') return {code: only, wrapper: first}
  }
  return undefined
}

const separatorPattern = /^[ \t]*(--?|–|—)(?=\s|$)\s*/

function readEndpoint(source: SourceText, subsection: Subsection, item: ListItem): RestEndpoint {
  const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined
  const endpoint: RestEndpoint = {
    subsection,
    item,
    place: placeOf(item),
    text: oneLine(paragraph ? toString(paragraph) : toString(item as unknown as RootContent))
  }
  if (!paragraph) return endpoint
  const lead = leadingCode(paragraph.children[0])
  if (!lead) return endpoint
  readCode(source, endpoint, lead.code)

  // What follows the code span, from the file's source.
  const restStart = offsetOf(lead.wrapper, true)
  const restEnd = offsetOf(paragraph, true)
  if (restStart === undefined || restEnd === undefined) return endpoint
  const raw = source.text.slice(restStart, restEnd)
  if (raw.trim() === '') return endpoint
  const separator = separatorPattern.exec(raw)
  if (!separator) {
    const lead = raw.length - raw.trimStart().length
    endpoint.trailing = {text: oneLine(raw), place: placeAt(source, restStart + lead, restEnd)}
    return endpoint
  }
  const dashStart = restStart + raw.indexOf(separator[1]!)
  endpoint.separator = {text: separator[1]!, place: placeAt(source, dashStart, dashStart + separator[1]!.length)}
  const rest = oneLine(paragraph.children.slice(1).map((node) => toString(node)).join(''))
  const description = rest.replace(/^(--?|–|—)(?=\s|$)\s*/, '')
  if (description !== '' && separator[0].length < raw.length) {
    endpoint.description = {text: description, place: placeAt(source, restStart + separator[0].length, restEnd)}
  }
  return endpoint
}

/** Split the code span into method, path and extra text, each with its place. */
function readCode(source: SourceText, endpoint: RestEndpoint, node: InlineCode): void {
  const start = offsetOf(node)
  const end = offsetOf(node, true)
  endpoint.code = {node, text: oneLine(node.value), place: placeOf(node)}
  if (start === undefined || end === undefined) return
  const raw = source.text.slice(start, end)
  const ticks = /^`+/.exec(raw)?.[0].length ?? 0
  let from = start + ticks
  let content = raw.slice(ticks, raw.length - ticks)
  // CommonMark strips one space on each side when both are there.
  if (content.length >= 2 && /^[ \r\n]/.test(content) && /[ \r\n]$/.test(content) && content.trim() !== '') {
    content = content.slice(1, -1)
    from++
  }
  const tokens = [...content.matchAll(/\S+/g)].map((match) => ({text: match[0], start: from + match.index!, end: from + match.index! + match[0].length}))
  let index = 0
  const first = tokens[0]
  if (first && !first.text.startsWith('/')) {
    const name = first.text.toUpperCase()
    endpoint.method = {text: first.text, name, known: httpMethodSet.has(name), place: placeAt(source, first.start, first.end)}
    index = 1
  }
  const pathToken = tokens[index]
  if (pathToken) {
    endpoint.path = readPath(source, pathToken.text, pathToken.start)
    index++
  }
  const extra = tokens.slice(index)
  if (extra.length > 0) {
    const last = extra[extra.length - 1]!
    endpoint.extra = {text: source.text.slice(extra[0]!.start, last.end), place: placeAt(source, extra[0]!.start, last.end)}
  }
  if (endpoint.method && endpoint.path) {
    const route = endpoint.path.segments
      .map((segment) => (segment.kind === 'static' ? segment.text : segment.kind === 'glob' ? '*' : ':'))
      .join('/')
    endpoint.routeKey = endpoint.method.name + ' /' + route + (endpoint.path.query === undefined ? '' : '?' + endpoint.path.query)
  }
}

/** The text before its first `#` (a fragment), all of it without one. */
function beforeHash(text: string): string {
  const hash = text.indexOf('#')
  return hash === -1 ? text : text.slice(0, hash)
}

function readPath(source: SourceText, text: string, start: number): EndpointPath {
  const cut = text.search(/[?#]/)
  const route = cut === -1 ? text : text.slice(0, cut)
  const query = cut !== -1 && text[cut] === '?' ? beforeHash(text.slice(cut + 1)) : undefined
  const segments: PathSegment[] = []
  let offset = 0
  for (const part of route.split('/')) {
    if (part !== '') {
      const place = placeAt(source, start + offset, start + offset + part.length)
      segments.push({...segmentKind(part), text: part, place})
    }
    offset += part.length + 1
  }
  return {
    text,
    place: placeAt(source, start, start + text.length),
    route,
    query,
    segments,
    params: segments.filter((segment) => segment.kind !== 'static')
  }
}

function segmentKind(part: string): {kind: PathSegment['kind']; name?: string} {
  if (part.startsWith(':')) return {kind: 'param', name: part.slice(1)}
  if (part.startsWith('*')) return {kind: 'glob', name: part.slice(1)}
  const braces = /^\{([^{}]*)\}$/.exec(part)
  if (braces) return {kind: 'braces', name: braces[1]!}
  const angle = /^<([^<>]*)>$/.exec(part)
  if (angle) return {kind: 'angle', name: angle[1]!}
  return {kind: 'static'}
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
