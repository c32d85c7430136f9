/**
 * The symbol table (`model.symbols`): what a doc defines, by kind and name,
 * with each definition's place in the Markdown file.
 */
import {describe, expect, it} from 'vitest'
import type {Place} from '../src/document/positions.js'
import {interfaceFunctions, templateEvents, type SymbolTable} from '../src/join/symbols.js'
import {lint} from './helpers.js'

async function symbolsOf(markdown: string): Promise<SymbolTable> {
  const file = await lint(markdown, {plugins: []})
  const symbols = file.data.archdoc?.symbols
  if (!symbols) throw new Error('no symbol table')
  return symbols
}

function at(place: Place | undefined): string {
  if (!place) return 'none'
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

const doc = [
  '# Architecture Design Changes',
  '',
  '## Ash Resources',
  '',
  '```elixir',
  'defmodule MyApp.Billing.Invoice do',
  '  use Ash.Resource, domain: MyApp.Billing, data_layer: AshPostgres.DataLayer',
  '',
  '  attributes do',
  '    uuid_primary_key :id',
  '    attribute :number, :string, allow_nil?: false',
  '  end',
  '',
  '  actions do',
  '    defaults [:read, :destroy]',
  '    update :void do',
  '      argument :reason, :string',
  '    end',
  '  end',
  '',
  '  code_interface do',
  '    define :void_invoice, action: :void',
  '    define :paid?',
  '  end',
  'end',
  '```',
  '',
  '## Phoenix Contexts',
  '',
  '### Context Module: MyApp.Billing',
  '```elixir',
  'defmodule MyApp.Billing do',
  '  use Ash.Domain',
  '',
  '  resources do',
  '    resource MyApp.Billing.Invoice do',
  '      define :list_invoices, action: :read',
  '    end',
  '  end',
  '',
  '  def overdue, do: []',
  'end',
  '```',
  '',
  '## LiveView Components',
  '',
  '### Component: MyAppWeb.InvoiceLive',
  '```elixir',
  'defmodule MyAppWeb.InvoiceLive do',
  '  use MyAppWeb, :live_view',
  '',
  '  def render(assigns) do',
  '    ~H"""',
  '    <button phx-click="void">Void</button>',
  '    <button phx-click="close" phx-target={@myself}>Close</button>',
  '    """',
  '  end',
  '',
  '  def handle_event("void", _params, socket), do: {:noreply, socket}',
  '  def handle_event("row:" <> id, _params, socket), do: {:noreply, assign(socket, :id, id)}',
  'end',
  '```',
  ''
].join('\n')

describe('symbol table', () => {
  it('holds resources with the actions `defaults` makes, arguments and code interface', async () => {
    const symbols = await symbolsOf(doc)
    const invoice = symbols.resources.get('MyApp.Billing.Invoice')!
    expect([...invoice.attributes.keys()]).toEqual(['id', 'number'])
    expect([...invoice.actions.keys()].sort()).toEqual(['destroy', 'read', 'void'])
    expect(at(invoice.actions.get('read')!.place)).toBe('15:15-15:20')
    expect([...invoice.arguments.get('void')!.keys()]).toEqual(['reason'])
    expect(invoice.defines.map((define) => `${define.in} ${define.name.name} -> ${define.action?.name ?? '(itself)'}`)).toEqual([
      'resource void_invoice -> void',
      'resource paid? -> (itself)',
      'MyApp.Billing list_invoices -> read'
    ])
    expect(invoice.interface.has('void_invoice!')).toBe(true)
    expect(invoice.interface.has('paid?')).toBe(true)
  })

  it('holds domains with registered resources and their functions', async () => {
    const symbols = await symbolsOf(doc)
    const billing = symbols.domains.get('MyApp.Billing')!
    expect(billing.complete).toBe(true)
    expect([...billing.resources.keys()]).toEqual(['MyApp.Billing.Invoice'])
    expect([...billing.functions.keys()]).toEqual([
      'list_invoices',
      'list_invoices!',
      'can_list_invoices',
      'can_list_invoices?',
      'query_to_list_invoices',
      'changeset_to_list_invoices',
      'input_to_list_invoices',
      'overdue'
    ])
  })

  it('holds LiveViews with their handlers and the events their templates send', async () => {
    const symbols = await symbolsOf(doc)
    const live = symbols.liveViews.get('MyAppWeb.InvoiceLive')!
    expect([...live.handlers.keys()]).toEqual(['void'])
    expect(live.prefixes.map((prefix) => prefix.name)).toEqual(['row:'])
    expect(live.catchAll).toBe(false)
    expect(live.templateShown).toBe(true)
    // `close` goes to the component `phx-target` names.
    expect(live.sent.map((event) => `${at(event.place)} ${event.binding}=${event.name}`)).toEqual(['54:24-54:28 phx-click=void'])
  })

  it('names the functions of a code interface entry as ash v3.32.0 defines them', () => {
    expect(interfaceFunctions('archive', 'define')).toEqual([
      'archive',
      'archive!',
      'can_archive',
      'can_archive?',
      'query_to_archive',
      'changeset_to_archive',
      'input_to_archive'
    ])
    expect(interfaceFunctions('paid?', 'define').slice(0, 4)).toEqual(['paid', 'paid?', 'can_paid', 'can_paid?'])
    expect(interfaceFunctions('total', 'define_calculation')).toEqual(['total'])
  })

  it('reads event bindings of a template, skipping targeted elements and JS commands', () => {
    expect(templateEvents('<form phx-submit="save" phx-change="validate"><a phx-click={JS.push("x")}>')).toEqual([
      {name: 'save', binding: 'phx-submit', start: 18},
      {name: 'validate', binding: 'phx-change', start: 36}
    ])
    expect(templateEvents('<div phx-click="go" phx-target="#modal">')).toEqual([])
    expect(templateEvents('<div class={if @open, do: ">", else: ""} phx-click="toggle">')).toHaveLength(1)
  })
})

describe('AshGraphql mutations in the symbol table', function () {
  const markdown = [
    '# Architecture Design Changes',
    '',
    '## Ash Resources',
    '',
    '```elixir',
    'defmodule MyApp.Billing.Invoice do',
    '  use Ash.Resource, domain: MyApp.Billing, extensions: [AshGraphql.Resource]',
    '',
    '  graphql do',
    '    type :line_item',
    '',
    '    mutations do',
    '      update :void_invoice, :void',
    '      group :admin do',
    '        destroy :purge_invoice, :destroy',
    '      end',
    '    end',
    '  end',
    '',
    '  actions do',
    '    defaults [:destroy]',
    '    update :void',
    '  end',
    'end',
    '```',
    '',
    '## Phoenix Contexts',
    '',
    '### Context Module: MyApp.Billing',
    '```elixir',
    'defmodule MyApp.Billing do',
    '  use Ash.Domain, extensions: [AshGraphql.Domain]',
    '  alias MyApp.Billing.Invoice',
    '',
    '  graphql do',
    '    mutations do',
    '      create Invoice, :open_invoice, :create',
    '    end',
    '  end',
    '',
    '  resources do',
    '    resource Invoice',
    '  end',
    'end',
    '```',
    ''
  ].join('\n')

  it('reads the mutations of resources and domains as camelized field names, groups as one field', async function () {
    const {graphqlMutations} = await symbolsOf(markdown)
    expect(graphqlMutations.declared).toBe(true)
    expect(graphqlMutations.declaredNames.map((name) => [name.field, name.label, name.resource, at(name.definition.place)])).toEqual([
      ['voidInvoice', 'mutation `void_invoice`', 'MyApp.Billing.Invoice', '13:14-13:27'],
      ['admin', 'group `admin`', 'MyApp.Billing.Invoice', '14:13-14:19'],
      ['openInvoice', 'mutation `open_invoice`', 'MyApp.Billing.Invoice', '37:23-37:36']
    ])
    // Each action alone and joined with the type name (`graphql do type`) and the module's last segment.
    expect(graphqlMutations.conventionalNames.map((name) => name.field)).toEqual([
      'destroy',
      'destroyLineItem',
      'destroyInvoice',
      'void',
      'voidLineItem',
      'voidInvoice'
    ])
    // The domain and every resource it registers are shown whole.
    expect([...graphqlMutations.wholeResources.keys()]).toEqual(['MyApp.Billing.Invoice'])
  })
})
