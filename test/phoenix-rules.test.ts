/**
 * The Phoenix and REST models (`model.contexts`, `model.liveViews`,
 * `model.endpoints`) and their rules (phoenix-context, liveview-component,
 * rest-endpoints): full docs with the whole preset, the models' contents
 * and places, then the edge cases the rule docs do not show.
 *
 * Every fixture in fixtures/invalid/<rule-id>/ is a complete valid doc with
 * one kind of problem added, so each test asserts every message of the run.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import liveviewComponent from '../rules/liveview-component.js'
import phoenixContext from '../rules/phoenix-context.js'
import restEndpoints from '../rules/rest-endpoints.js'
import type {DocumentModel} from '../src/document/model.js'
import type {ArchdocRule} from '../src/rule.js'
import {describeMessages, lint, lintFixture, root} from './helpers.js'

const fixtures: Record<string, Record<string, string[]>> = {
  'phoenix-context': {
    'module-mismatch.md': [
      '56:11-56:21: Module `MyApp.Team` does not match the heading `Context Module: MyApp.Teams` [phoenix-context]'
    ],
    // The second context's block holds a function but no module.
    'missing-module.md': [
      '71:1-76:4: No `defmodule MyApp.Teams.Mailer` in the Elixir block of `Context Module: MyApp.Teams.Mailer` [phoenix-context]'
    ],
    // The valid ProjectArchiving doc (its twin) with two calls of the LiveView changed.
    'domain-calls.md': [
      "354:19-354:26: `Projects.update!` is Ash 2's domain interface, which `MyApp.Projects` turns off (`backwards_compatible_interface?: false`): call `Ash.update!` or a code interface function [phoenix-context]",
      '366:23-366:44: `Projects.list_archived_events!` is not a function of domain `MyApp.Projects`: neither its code interface nor its functions define it; did you mean `list_archive_events!`? [phoenix-context]'
    ],
    'unlisted-resource.md': [
      '83:3-83:12: Domain `MyApp.Teams` does not list resource `MyApp.Teams.Membership` in its `resources` [phoenix-context]'
    ]
  },
  'liveview-component': {
    'missing-callbacks.md': [
      // No `mount/3` is fine: Phoenix.LiveView lists it in `@optional_callbacks`.
      '72:11-72:40: LiveView `MyAppWeb.InvitationLive.Index` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection [liveview-component]'
    ],
    'wrong-arity.md': [
      "78:7-78:12: LiveView `MyAppWeb.InvitationLive.Index` defines `mount/2`: a LiveView's `mount` takes 3 arguments (params, session, socket) [liveview-component]",
      '82:8-82:14: LiveView `MyAppWeb.InvitationLive.Index` defines `render/1` with `defp`: a callback must be public (`def`) [liveview-component]',
      "91:7-91:19: LiveView `MyAppWeb.InvitationLive.Index` defines `handle_event/2`: a LiveView's `handle_event` takes 3 arguments (event, params, socket) [liveview-component]",
      "103:7-103:12: LiveComponent `MyAppWeb.InvitationLive.FormComponent` defines `mount/3`: a LiveComponent's `mount` takes 1 argument (socket) [liveview-component]"
    ],
    // `"select:" <> id` and a variable with a guard are fine.
    'event-names.md': [
      '93:20-93:28: `handle_event` of LiveView `MyAppWeb.InvitationLive.Index` matches the event `:refresh`, an atom: event names arrive as strings (`"refresh"`) [liveview-component]',
      '97:20-97:33: `handle_event` of LiveView `MyAppWeb.InvitationLive.Index` matches the event with `%{"id" => id}`, which is not a string: event names arrive as strings [liveview-component]'
    ],
    // The valid ProjectArchiving doc with one `case` branch and one clause of `handle_event` returning `{:ok, …}`, and a `mount` returning `{:noreply, …}`.
    'callback-returns.md': [
      '347:9-347:67: `handle_event/3` of LiveView `MyAppWeb.ProjectLive.Settings` returns `{:ok, …}`: it must return `{:noreply, socket}` or `{:reply, map, socket}` [liveview-component]',
      '386:5-391:21: `mount/3` of LiveView `MyAppWeb.ProjectLive.Archived` returns `{:noreply, …}`: it must return `{:ok, socket}` or `{:ok, socket, options}` [liveview-component]',
      '432:5-432:29: `handle_event/3` of LiveView `MyAppWeb.ProjectLive.Archived` returns `{:ok, load_page(socket)}`: it must return `{:noreply, socket}` or `{:reply, map, socket}` [liveview-component]'
    ],
    // The valid ProjectArchiving doc with two events renamed in the templates.
    'sent-events.md': [
      '311:63-311:78: `phx-submit="archive_project"` sends the event `archive_project` to LiveView `MyAppWeb.ProjectLive.Settings`, which has no `handle_event("archive_project", …)` clause [liveview-component]',
      '412:38-412:47: `phx-click="load_mroe"` sends the event `load_mroe` to LiveView `MyAppWeb.ProjectLive.Archived`, which has no `handle_event("load_mroe", …)` clause: did you mean `"load_more"`? [liveview-component]'
    ],
    'module-and-render.md': [
      '72:11-72:35: Module `MyAppWeb.InvitationsLive` does not match the heading `Component: MyAppWeb.InvitationLive.Index` [liveview-component]',
      '93:11-93:48: LiveComponent `MyAppWeb.InvitationLive.FormComponent` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection [liveview-component]'
    ]
  },
  'rest-endpoints': {
    // The paragraph before the list is not an endpoint and is not read.
    'item-form.md': [
      '120:1-120:26: Endpoint `POST /api/invitations` has no description: expected `` `POST /api/invitations` - what it does `` [rest-endpoints]',
      '121:29-121:51: Expected ` - ` between `GET /api/invitations/:id` and its description, found `: Fetch one invitation` [rest-endpoints]',
      '122:32-122:40: Unexpected `HTTP/1.1` after the path in `DELETE /api/invitations/:id HTTP/1.1`: expected `` `METHOD /path` - description `` [rest-endpoints]',
      '123:1-123:38: Expected an endpoint `` `METHOD /path` - description ``, found `Invitations expire after seven days` [rest-endpoints]',
      '124:1-124:39: Endpoint `POST /api/invitations/:id/invite` has no description: expected `` `POST /api/invitations/:id/invite` - what it does `` [rest-endpoints]'
    ],
    'methods.md': [
      '118:4-118:8: HTTP method `post` in `post /api/invitations` must be upper-case: `POST` [rest-endpoints]',
      '119:4-119:9: Unknown HTTP method `FETCH` in `FETCH /api/invitations/:id`: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS [rest-endpoints]',
      '120:3-120:25: Endpoint `/api/invitations/:id` has no HTTP method: expected `` `METHOD /api/invitations/:id` `` [rest-endpoints]',
      '121:3-121:10: Endpoint `PATCH` has no path: expected `` `PATCH /path` `` [rest-endpoints]'
    ],
    'paths.md': [
      '118:9-118:24: Path `api/invitations` in `POST api/invitations` must start with `/` [rest-endpoints]',
      '119:25-119:29: Path parameter `{id}` in `GET /api/invitations/{id}`: use `:id` instead of `{id}` [rest-endpoints]',
      '120:28-120:32: Path parameter `<id>` in `DELETE /api/invitations/<id>`: use `:id` instead of `<id>` [rest-endpoints]',
      '121:26-121:27: Path parameter `:` in `POST /api/invitations/:/invite` has no name [rest-endpoints]'
    ],
    // The same route with another parameter name is a duplicate too.
    'duplicates.md': [
      '120:3-120:25: Duplicate endpoint `GET /api/invitations` (first listed above) [rest-endpoints]',
      '121:3-121:40: Duplicate endpoint `GET /api/invitations/:invitation_id`: the same route as `GET /api/invitations/:id` above [rest-endpoints]'
    ]
  }
}

describe('Phoenix and REST rules on full docs (whole preset)', function () {
  for (const [ruleId, files] of Object.entries(fixtures)) {
    for (const [name, expected] of Object.entries(files)) {
      it(`${ruleId}/${name}`, async function () {
        const file = await lintFixture(`fixtures/invalid/${ruleId}/${name}`)
        expect(describeMessages(file)).toEqual(expected)
      })
    }
  }

  it('phoenix-context and liveview-component are warnings, rest-endpoints errors', async function () {
    const context = await lintFixture('fixtures/invalid/phoenix-context/unlisted-resource.md')
    expect(context.messages.map((message) => message.fatal)).toEqual([false])
    const liveView = await lintFixture('fixtures/invalid/liveview-component/missing-callbacks.md')
    expect(liveView.messages.map((message) => message.fatal)).toEqual([false])
    const endpoints = await lintFixture('fixtures/invalid/rest-endpoints/duplicates.md')
    expect(endpoints.messages.map((message) => message.fatal)).toEqual([true, true])
  })
})

async function modelOf(relative: string): Promise<DocumentModel> {
  const file = await lintFixture(relative)
  return file.data.archdoc!
}

const at = (place: {start: {line: number; column: number}; end: {line: number; column: number}}) =>
  `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`

describe('model.contexts', function () {
  it('reads a domain, its resources (through aliases) and code interfaces, and a plain module', async function () {
    const model = await modelOf('fixtures/valid/006310-TeamRoster.md')
    const [domain, plain] = model.contexts!
    expect(domain!.name).toBe('MyApp.Teams')
    expect(domain!.headingAgrees).toBe(true)
    expect(domain!.module!.name).toBe('MyApp.Teams')
    expect(at(domain!.module!.place)).toBe('95:11-95:22')
    expect(domain!.domain!.complete).toBe(true)
    const [membership] = domain!.domain!.resources
    expect(membership!.module).toMatchObject({written: 'Membership', name: 'MyApp.Teams.Membership'})
    expect(at(membership!.place)).toBe('101:14-101:24')
    expect(
      membership!.interfaces.map((entry) => `${entry.name} -> ${entry.action.name}(${entry.args.map((arg) => arg.name).join(', ')})${entry.get ? ' get' : ''}`)
    ).toEqual(['list_roster -> roster(team_id)', 'get_membership -> read() get', 'change_role -> change_role(role)', 'remove_member -> destroy()'])
    expect(at(membership!.interfaces[0]!.place)).toBe('102:14-102:26')
    expect(at(membership!.interfaces[0]!.action.place)).toBe('102:36-102:43')

    expect(plain!.domain).toBeUndefined()
    expect(plain!.functions.map((fn) => `${fn.kind} ${fn.name}/${fn.arity}`)).toEqual([
      'def member_removed/2',
      'defdelegate deliver_later/1',
      'defp body/2'
    ])
    expect(at(plain!.functions[0]!.place)).toBe('120:7-120:21')
  })

  it('defaults a code interface action to its name and reads optional args', async function () {
    const doc = contextDoc(`defmodule MyApp.Teams do
  use Ash.Domain

  resources do
    resource MyApp.Teams.Team do
      define :archive, args: [:reason, {:optional, :notify}]
    end
  end
end`)
    const file = await lint(doc, {plugins: []})
    const [entry] = file.data.archdoc!.contexts![0]!.domain!.resources[0]!.interfaces
    expect(entry!.action).toMatchObject({name: 'archive', defaulted: true})
    expect(entry!.args.map((arg) => `${arg.name}${arg.optional ? '?' : ''}`)).toEqual(['reason', 'notify?'])
  })
})

describe('model.liveViews', function () {
  it('reads kinds, callbacks with @impl, events and how each renders', async function () {
    const model = await modelOf('fixtures/valid/006310-TeamRoster.md')
    const [index, role] = model.liveViews!
    expect(index!.kind).toBe('live_view')
    expect(index!.callbacks.map((fn) => `${fn.name}/${fn.arity}${fn.impl ? ' @impl' : ''}`)).toEqual([
      'mount/3 @impl',
      'handle_event/3 @impl',
      'handle_info/2 @impl'
    ])
    expect(index!.events.map((entry) => `${entry.event!.kind} ${entry.event!.name ?? entry.event!.text}`)).toEqual([
      'prefix remove:',
      'variable event'
    ])
    expect(index!.events[1]!.clause.guard).toBe(true)
    expect(at(index!.events[0]!.event!.place)).toBe('161:20-161:35')
    expect(index!.render).toBeUndefined()
    expect(index!.template).toMatchObject({kind: 'prose'})
    expect(at(index!.template!.place)).toBe('145:1-146:40')

    expect(role!.kind).toBe('live_component')
    expect(role!.render).toMatchObject({name: 'render', arity: 1, impl: true})
    expect(role!.events.map((entry) => entry.event!.name)).toEqual(['change'])
  })

  it('gives no kind to function components and other modules', async function () {
    const file = await lint(componentDoc('MyAppWeb.CoreComponents', `defmodule MyAppWeb.CoreComponents do
  use Phoenix.Component

  def badge(assigns), do: ~H"<span>{@label}</span>"
end`), {plugins: [liveviewComponent]})
    expect(file.data.archdoc!.liveViews![0]!.kind).toBeUndefined()
    expect(describeMessages(file, false)).toEqual([])
  })
})

describe('model.endpoints', function () {
  it('splits each item into method, path, segments, params and description, with places', async function () {
    const model = await modelOf('fixtures/valid/006310-TeamRoster.md')
    const endpoints = model.endpoints!
    expect(endpoints.map((endpoint) => endpoint.routeKey)).toEqual([
      'GET /api/teams/:/memberships',
      'GET /api/memberships/:',
      'PATCH /api/memberships/:',
      'DELETE /api/memberships/:',
      'GET /api/teams/:/memberships?role=admin'
    ])
    const [first, second, , , linked] = endpoints
    expect(first!.method).toMatchObject({text: 'GET', name: 'GET', known: true})
    expect(at(first!.method!.place)).toBe('241:4-241:7')
    expect(first!.path!.segments.map((segment) => `${segment.kind}:${segment.text}`)).toEqual([
      'static:api',
      'static:teams',
      'param::team_id',
      'static:memberships'
    ])
    expect(first!.path!.params.map((param) => `${param.name}@${at(param.place)}`)).toEqual(['team_id@241:19-241:27'])
    expect(first!.separator!.text).toBe('–')
    expect(first!.description).toMatchObject({text: 'List the members of a team, owners first'})
    expect(at(first!.description!.place)).toBe('241:43-241:83')
    expect(second!.separator!.text).toBe('—')
    expect(linked!.path).toMatchObject({route: '/api/teams/:team_id/memberships', query: 'role=admin'})
    expect(linked!.description!.text).toBe('List only the admins of a team')
  })
})

/** Lint with only `rule` on (and the document model). */
async function messagesOf(rule: ArchdocRule, value: string): Promise<string[]> {
  return describeMessages(await lint(value, {plugins: [rule]}), false)
}

function contextDoc(code: string, heading = 'MyApp.Teams', before = ''): string {
  return `# Architecture Design Changes\n\n${before}## Phoenix Contexts\n\n### Context Module: ${heading}\n\`\`\`elixir\n${code}\n\`\`\`\n`
}

function componentDoc(name: string, code: string, prose = ''): string {
  return `# Architecture Design Changes\n\n## LiveView Components\n\n### Component: ${name}\n${prose}\`\`\`elixir\n${code}\n\`\`\`\n`
}

function endpointsDoc(items: string): string {
  return `# Architecture Design Changes\n\n## API Design\n\n### REST Endpoints\n${items}\n`
}

const resourceSection = `## Ash Resources

### Resource: MyApp.Teams.Team
\`\`\`elixir
defmodule MyApp.Teams.Team do
  use Ash.Resource, domain: MyApp.Teams
end
\`\`\`

`

describe('phoenix-context edge cases', function () {
  it('stays quiet on the unfilled template and on a heading without a name', async function () {
    const doc = '# Architecture Design Changes\n\n## Phoenix Contexts\n\n### Context Module: [ContextName]\n```elixir\ndefmodule MyAppWeb.ContextName do\n  # Context implementation\nend\n```\n'
    expect(await messagesOf(phoenixContext, doc)).toEqual([])
  })

  it('accepts the heading module among several, and nested modules', async function () {
    const code = 'defmodule MyApp.Teams.Helpers do\nend\n\ndefmodule MyApp.Teams do\n  defmodule Error do\n    defexception [:message]\n  end\nend'
    expect(await messagesOf(phoenixContext, contextDoc(code))).toEqual([])
  })

  it('leaves a block with a syntax error to the syntax rule', async function () {
    expect(await messagesOf(phoenixContext, contextDoc('def list_teams(user do\n  user.teams\nend'))).toEqual([])
  })

  it('does not ask for resources when the domain shows only part of its list', async function () {
    const unregistered = contextDoc('defmodule MyApp.Teams do\n  use Ash.Domain\n\n  resources do\n    allow_unregistered? true\n  end\nend', 'MyApp.Teams', resourceSection)
    expect(await messagesOf(phoenixContext, unregistered)).toEqual([])
    const elided = contextDoc('defmodule MyApp.Teams do\n  use Ash.Domain\n\n  resources do\n    resource MyApp.Teams.Membership\n    # ...\n  end\nend', 'MyApp.Teams', resourceSection)
    expect(await messagesOf(phoenixContext, elided)).toEqual([])
    const fragments = contextDoc('defmodule MyApp.Teams do\n  use Ash.Domain, fragments: [MyApp.Teams.Resources]\nend', 'MyApp.Teams', resourceSection)
    expect(await messagesOf(phoenixContext, fragments)).toEqual([])
  })

  it('points at `use Ash.Domain` when the domain has no `resources` section', async function () {
    const doc = contextDoc('defmodule MyApp.Teams do\n  use Ash.Domain\nend', 'MyApp.Teams', resourceSection)
    expect(await messagesOf(phoenixContext, doc)).toEqual([
      '17:3-17:17: Domain `MyApp.Teams` does not list resource `MyApp.Teams.Team` in its `resources`'
    ])
  })

  it('does not ask a plain module for resources that name it as their domain', async function () {
    const doc = contextDoc('defmodule MyApp.Teams do\n  def list_teams(user), do: user.teams\nend', 'MyApp.Teams', resourceSection)
    expect(await messagesOf(phoenixContext, doc)).toEqual([])
  })
})

describe('liveview-component edge cases', function () {
  const liveView = (body: string, use = 'use MyAppWeb, :live_view') => `defmodule MyAppWeb.PageLive do\n  ${use}\n\n${body}\nend`
  const mount = '  def mount(_params, _session, socket), do: {:ok, socket}\n'

  it('accepts a template named by embed_templates, by a comment, or in the prose', async function () {
    const embed = componentDoc('MyAppWeb.PageLive', liveView(`  embed_templates "page_live/*"\n${mount}`))
    expect(await messagesOf(liveviewComponent, embed)).toEqual([])
    const comment = componentDoc('MyAppWeb.PageLive', liveView(`${mount}  # renders page_live.html.heex`))
    expect(await messagesOf(liveviewComponent, comment)).toEqual([])
    const prose = componentDoc('MyAppWeb.PageLive', liveView(mount), 'It uses a colocated template.\n\n')
    expect(await messagesOf(liveviewComponent, prose)).toEqual([])
  })

  it('accepts the template shown in a heex block, and render/1 shown outside the module', async function () {
    const heex = componentDoc('MyAppWeb.PageLive', liveView(mount) + '\n```\n\n```heex\n<div>{@count}</div>')
    expect(await messagesOf(liveviewComponent, heex)).toEqual([])
    const snippet = componentDoc('MyAppWeb.PageLive', liveView(mount) + '\n```\n\n```elixir\ndef render(assigns), do: ~H"<div></div>"')
    const file = await lint(snippet, {plugins: [liveviewComponent]})
    expect(file.data.archdoc!.liveViews![0]!.render).toMatchObject({name: 'render', arity: 1})
    expect(describeMessages(file, false)).toEqual([])
  })

  it('reads `use Phoenix.LiveView` and `use Phoenix.LiveComponent` too', async function () {
    const view = componentDoc('MyAppWeb.PageLive', liveView('  def mount(_params, _session, socket), do: {:ok, socket}', 'use Phoenix.LiveView'))
    expect(await messagesOf(liveviewComponent, view)).toEqual([
      '7:11-7:28: LiveView `MyAppWeb.PageLive` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection'
    ])
    // `mount` is optional (`@optional_callbacks` of Phoenix.LiveView).
    const withoutMount = componentDoc('MyAppWeb.PageLive', liveView('  def render(assigns), do: ~H""', 'use Phoenix.LiveView'))
    expect(await messagesOf(liveviewComponent, withoutMount)).toEqual([])
    const component = componentDoc('MyAppWeb.PageLive', liveView('  def update(assigns, socket), do: {:ok, assign(socket, assigns)}', 'use Phoenix.LiveComponent'))
    expect(await messagesOf(liveviewComponent, component)).toEqual([
      '7:11-7:28: LiveComponent `MyAppWeb.PageLive` does not define `render/1` and names no template: define `render/1`, call `embed_templates`, or name its `.html.heex` template in the subsection'
    ])
  })

  it('counts multi-clause callbacks, guards and defaults', async function () {
    const body = [
      '  def mount(%{"id" => id}, _session, socket) when is_binary(id), do: {:ok, assign(socket, :id, id)}',
      '  def mount(_params, _session, socket), do: {:ok, socket}',
      '  def render(assigns, _opts \\\\ []), do: ~H"<div></div>"',
      '  def handle_event("save" = event, _params, socket), do: {:noreply, assign(socket, :last, event)}'
    ].join('\n')
    expect(await messagesOf(liveviewComponent, componentDoc('MyAppWeb.PageLive', liveView(body)))).toEqual([])
  })

  it('does not report what is missing when the module is elided, a placeholder or broken', async function () {
    const elided = componentDoc('MyAppWeb.PageLive', liveView('  # ...'))
    expect(await messagesOf(liveviewComponent, elided)).toEqual([])
    const placeholder = componentDoc('MyAppWeb.PageLive', liveView('  # LiveView implementation'))
    expect(await messagesOf(liveviewComponent, placeholder)).toEqual([])
    const broken = componentDoc('MyAppWeb.PageLive', liveView('  def mount(_params, _session, socket do\n    {:ok, socket}\n  end'))
    expect(await messagesOf(liveviewComponent, broken)).toEqual([])
  })

  it('still reports what is there in an incomplete module', async function () {
    const doc = componentDoc('MyAppWeb.PageLive', liveView('  # ...\n  def handle_event(:save, _params, socket), do: {:noreply, socket}'))
    expect(await messagesOf(liveviewComponent, doc)).toEqual([
      '11:20-11:25: `handle_event` of LiveView `MyAppWeb.PageLive` matches the event `:save`, an atom: event names arrive as strings (`"save"`)'
    ])
  })

  it('ignores private helpers named like events and non-callback arities beside the callback', async function () {
    const body = `${mount}  def render(assigns), do: ~H""\n  def render(assigns, extra), do: render(Map.merge(assigns, extra))\n  defp handle_event(:internal, socket), do: socket`
    expect(await messagesOf(liveviewComponent, componentDoc('MyAppWeb.PageLive', liveView(body)))).toEqual([])
  })
})

describe('phoenix-context: calls of domain functions', function () {
  const fixture = readFileSync(path.join(root, 'fixtures/invalid/phoenix-context/domain-calls.md'), 'utf8')

  it('names the nearest function as a related place', async function () {
    const file = await lint(fixture, {plugins: [phoenixContext]})
    const related = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => (message as unknown as {related?: unknown}).related)
    expect(related).toEqual([undefined, [{place: {start: {line: 270, column: 14}, end: {line: 270, column: 34}}, message: '`list_archive_events!` of `MyApp.Projects`'}]])
  })

  it('stands down for an excerpt of the domain, the Ash 2 interface kept (the default), and extensions that may add functions', async function () {
    const excerpt = fixture.replace('  use Ash.Domain, backwards_compatible_interface?: false\n', '  use Ash.Domain, backwards_compatible_interface?: false\n  # ...\n')
    expect(await messagesOf(phoenixContext, excerpt)).toEqual([])
    // The option defaults to true.
    const compatible = fixture.replace('  use Ash.Domain, backwards_compatible_interface?: false\n', '  use Ash.Domain\n')
    expect(await messagesOf(phoenixContext, compatible)).toEqual([
      '366:23-366:44: `Projects.list_archived_events!` is not a function of domain `MyApp.Projects`: neither its code interface nor its functions define it; did you mean `list_archive_events!`?'
    ])
    const extended = fixture.replace('  use Ash.Domain, backwards_compatible_interface?: false\n', '  use Ash.Domain, extensions: [AshPhoenix]\n')
    expect(await messagesOf(phoenixContext, extended)).toEqual([])
  })
})

describe('liveview-component: what the callbacks return', function () {
  const live = (functions: string, use = 'use MyAppWeb, :live_view') =>
    componentDoc('MyAppWeb.PageLive', `defmodule MyAppWeb.PageLive do\n  ${use}\n\n  def render(assigns), do: ~H"<p>page</p>"\n\n${functions}\nend`)
  const event = (body: string) => `  def handle_event("save", _params, socket) do\n${body}\n  end`

  it('reports `{:ok, socket}` as the last expression of handle_event, at the tuple, with the forms LiveView takes', async function () {
    expect(await messagesOf(liveviewComponent, live(event('    socket = assign(socket, :saved, true)\n    {:ok, socket}')))).toEqual([
      '14:5-14:18: `handle_event/3` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}` or `{:reply, map, socket}`'
    ])
    expect(await messagesOf(liveviewComponent, live('  def handle_event("save", _params, socket), do: {:ok, socket}'))).toEqual([
      '12:50-12:63: `handle_event/3` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}` or `{:reply, map, socket}`'
    ])
  })

  it('stays silent on the valid twin and on a reply', async function () {
    expect(await messagesOf(liveviewComponent, live(event('    socket = assign(socket, :saved, true)\n    {:noreply, socket}')))).toEqual([])
    expect(await messagesOf(liveviewComponent, live(event('    {:reply, %{saved: true}, socket}')))).toEqual([])
  })

  it('checks handle_info, handle_params, and mount and update returning `{:noreply, socket}`', async function () {
    const callbacks = [
      '  def handle_info(:tick, socket), do: {:ok, socket}',
      '  def handle_params(_params, _uri, socket), do: {:ok, socket}',
      '  def mount(_params, _session, socket), do: {:noreply, socket}'
    ].join('\n')
    expect(await messagesOf(liveviewComponent, live(callbacks))).toEqual([
      '12:39-12:52: `handle_info/2` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}`',
      '13:49-13:62: `handle_params/3` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}`',
      '14:45-14:63: `mount/3` of LiveView `MyAppWeb.PageLive` returns `{:noreply, socket}`: it must return `{:ok, socket}` or `{:ok, socket, options}`'
    ])
    const component = ['  def update(assigns, socket), do: {:noreply, assign(socket, assigns)}', '  def handle_event("save", _params, socket), do: {:ok, socket}'].join('\n')
    expect(await messagesOf(liveviewComponent, live(component, 'use MyAppWeb, :live_component'))).toEqual([
      '12:36-12:71: `update/2` of LiveComponent `MyAppWeb.PageLive` returns `{:noreply, assign(socket, assigns)}`: it must return `{:ok, socket}`',
      '13:50-13:63: `handle_event/3` of LiveComponent `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}` or `{:reply, map, socket}`'
    ])
  })

  it('follows case, if and with to the last expression of each branch', async function () {
    const branches = event(
      [
        '    case save(socket) do',
        '      {:ok, socket} -> {:noreply, socket}',
        '      {:error, _} -> if socket.assigns.retry?, do: {:ok, socket}, else: {:noreply, socket}',
        '    end'
      ].join('\n')
    )
    expect(await messagesOf(liveviewComponent, live(branches))).toEqual([
      '15:52-15:65: `handle_event/3` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}` or `{:reply, map, socket}`'
    ])
    const withElse = event(['    with {:ok, socket} <- save(socket) do', '      {:ok, socket}', '    else', '      _ -> {:noreply, socket}', '    end'].join('\n'))
    expect(await messagesOf(liveviewComponent, live(withElse))).toEqual([
      '14:7-14:20: `handle_event/3` of LiveView `MyAppWeb.PageLive` returns `{:ok, socket}`: it must return `{:noreply, socket}` or `{:reply, map, socket}`'
    ])
  })

  it('stands down where the tuple is not surely what a callback returns', async function () {
    // Not the last expression: a match, a `case` subject, a pattern.
    const notLast = event(['    {:ok, socket} = save(socket)', '    case {:ok, socket} do', '      {:ok, socket} -> {:noreply, socket}', '    end'].join('\n'))
    expect(await messagesOf(liveviewComponent, live(notLast))).toEqual([])
    // A helper, a private function, another arity: no callback.
    const helpers = ['  def save(socket), do: {:ok, socket}', '  defp handle_event("save", socket), do: {:ok, socket}', '  def handle_info(:tick, socket, _extra), do: {:ok, socket}'].join('\n')
    expect(await messagesOf(liveviewComponent, live(helpers))).toEqual([])
    // A module that is neither a LiveView nor a LiveComponent.
    expect(await messagesOf(liveviewComponent, live(event('    {:ok, socket}'), 'use MyAppWeb, :html'))).toEqual([])
    // A 3-tuple, a variable, a pipe: not the literal 2-tuple.
    const others = [
      '  def handle_event("a", _params, socket), do: {:ok, socket, :extra}',
      '  def handle_event("b", _params, socket), do: result(socket)',
      '  def handle_event("c", _params, socket), do: socket |> then(&{:noreply, &1})'
    ].join('\n')
    expect(await messagesOf(liveviewComponent, live(others))).toEqual([])
  })

  it('stays silent on an excerpt: a body elided, or code elided after the tuple', async function () {
    expect(await messagesOf(liveviewComponent, live(event('    # ...')))).toEqual([])
    expect(await messagesOf(liveviewComponent, live(event('    {:ok, socket}\n    # ...')))).toEqual([])
    const branch = event(['    case save(socket) do', '      {:error, _} -> {:ok, socket}', '      # ...', '    end'].join('\n'))
    expect(await messagesOf(liveviewComponent, live(branch))).toEqual([])
  })
})

describe('liveview-component: events the templates send', function () {
  const page = (template: string, handlers: string, extra = '', use = 'use MyAppWeb, :live_view') =>
    componentDoc(
      'MyAppWeb.PageLive',
      `defmodule MyAppWeb.PageLive do\n  ${use}\n${extra}\n  def render(assigns) do\n    ~H\"\"\"\n    ${template}\n    \"\"\"\n  end\n\n${handlers}\nend`
    )
  const save = '  def handle_event("save", _params, socket), do: {:noreply, socket}'

  it('reports an event no clause handles, at the event name, with the nearest clause as a related place', async function () {
    const file = await lint(page('<button phx-click="sve">Save</button>', save), {plugins: [liveviewComponent]})
    expect(describeMessages(file, false)).toEqual([
      '12:24-12:27: `phx-click="sve"` sends the event `sve` to LiveView `MyAppWeb.PageLive`, which has no `handle_event("sve", …)` clause: did you mean `"save"`?'
    ])
    expect((file.messages[0] as unknown as {related: unknown}).related).toEqual([
      {place: {start: {line: 16, column: 20}, end: {line: 16, column: 26}}, message: '`handle_event("save", …)` of LiveView `MyAppWeb.PageLive`'}
    ])
  })

  it('stays silent on the valid twin and on prefix clauses', async function () {
    expect(await messagesOf(liveviewComponent, page('<button phx-click="save">Save</button>', save))).toEqual([])
    const prefix = '  def handle_event("row:" <> id, _params, socket), do: {:noreply, assign(socket, :id, id)}'
    expect(await messagesOf(liveviewComponent, page('<tr phx-click="row:1"></tr>', prefix))).toEqual([])
  })

  it('stands down for phx-target, JS.push, a catch-all clause, attach_hook and other uses', async function () {
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close" phx-target={@myself}>x</button>', save))).toEqual([])
    expect(await messagesOf(liveviewComponent, page('<button phx-click={JS.push("close")}>x</button>', save))).toEqual([])
    const catchAll = save + '\n  def handle_event(event, _params, socket), do: {:noreply, assign(socket, :last, event)}'
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close">x</button>', catchAll))).toEqual([])
    const hook = '\n  def mount(_params, _session, socket), do: {:ok, attach_hook(socket, :events, :handle_event, &events/3)}'
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close">x</button>', save, hook))).toEqual([])
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close">x</button>', save, '  use MyAppWeb.Live.Sortable'))).toEqual([])
    // No clause at all: the web module's `:live_view` may define them (seen in real projects).
    expect(await messagesOf(liveviewComponent, page('<form phx-submit="save"></form>', ''))).toEqual([])
    expect(await messagesOf(liveviewComponent, page('<form phx-submit="save"></form>', '', '', 'use Phoenix.LiveView'))).toEqual([
      '12:23-12:27: `phx-submit="save"` sends the event `save` to LiveView `MyAppWeb.PageLive`, which has no `handle_event("save", …)` clause'
    ])
  })

  it('checks only LiveViews shown whole', async function () {
    // A LiveComponent's events without phx-target go to its parent LiveView.
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close">x</button>', save, '', 'use MyAppWeb, :live_component'))).toEqual([])
    // An excerpt: other clauses may be left out.
    expect(await messagesOf(liveviewComponent, page('<button phx-click="close">x</button>', save + '\n  # ...'))).toEqual([])
  })
})

describe('rest-endpoints edge cases', function () {
  it('accepts every method, hyphen, en and em dash separators, wrapped code and nested notes', async function () {
    const items = [
      '- `GET /api/x` - a',
      '- `POST /api/x` -- b',
      '- `PUT /api/x/:id` – c',
      '- `PATCH /api/x/:id` — d',
      '- **`DELETE /api/x/:id`** - e',
      '- [`HEAD /api/x`](#x) - f',
      '- `OPTIONS /api/x` - g',
      '- `GET /files/*path` - h',
      '  - a note under the endpoint is part of it',
      '',
      '1. `GET /api/y` - ordered lists are read too'
    ].join('\n')
    expect(await messagesOf(restEndpoints, endpointsDoc(items))).toEqual([])
  })

  it('reads a description with inline code and a line break', async function () {
    const file = await lint(endpointsDoc('- `GET /api/x` - List `x` records,\n  newest first'), {plugins: [restEndpoints]})
    const [endpoint] = file.data.archdoc!.endpoints!
    expect(endpoint!.description!.text).toBe('List x records, newest first')
    expect(at(endpoint!.description!.place)).toBe('6:18-7:15')
    expect(describeMessages(file, false)).toEqual([])
  })

  it('reads the code span without its padding', async function () {
    const file = await lint(endpointsDoc('- `` GET  /api/x `` - padded'), {plugins: [restEndpoints]})
    const [endpoint] = file.data.archdoc!.endpoints!
    expect(at(endpoint!.method!.place)).toBe('6:6-6:9')
    expect(at(endpoint!.path!.place)).toBe('6:11-6:17')
    expect(describeMessages(file, false)).toEqual([])
  })

  it('reports an item without code and an empty item', async function () {
    expect(await messagesOf(restEndpoints, endpointsDoc('-\n- GET /api/x - List x'))).toEqual([
      '6:1-6:2: Expected an endpoint `` `METHOD /path` - description ``, found an empty item',
      '7:1-7:22: Expected an endpoint `` `METHOD /path` - description ``, found `GET /api/x - List x`'
    ])
  })

  it('compares methods case-insensitively and ignores a trailing slash for duplicates', async function () {
    expect(await messagesOf(restEndpoints, endpointsDoc('- `GET /api/x` - a\n- `GET /api/x/` - b'))).toEqual([
      '7:3-7:16: Duplicate endpoint `GET /api/x/`: the same route as `GET /api/x` above'
    ])
  })

  it('reads only the REST Endpoints subsection of API Design', async function () {
    const doc = '# Architecture Design Changes\n\n## API Design\nNotes:\n\n- any bullet here\n\n### GraphQL Schema\n- not an endpoint either\n'
    expect(await messagesOf(restEndpoints, doc)).toEqual([])
  })
})
