/**
 * `phoenix-context`: each `Context Module: X` subsection defines `X`, and an
 * Ash domain lists, in its `resources`, the resources of this doc that name
 * it as their domain; a call of a domain function from a context or a
 * LiveView names a function the domain has, when the doc shows it whole.
 * Docs: docs/rules/phoenix-context.md
 */
import {checkedResources} from '../src/ash/model.js'
import {moduleHeadingIssues} from '../src/elixir/modules.js'
import {defineRule, reportWithRelated} from '../src/rule.js'
import {excerptHint} from '../src/code/excerpts.js'
import type {VFile} from 'vfile'
import type {DocumentModel} from '../src/document/model.js'
import {closest} from '../src/text/suggest.js'
import {definedHere} from '../src/join/symbols.js'
import {relate} from '../src/document/related.js'

export default defineRule(
  {
    id: 'phoenix-context',
    description: 'Each context subsection defines the module its heading names; a domain lists the resources of the doc that belong to it',
    severity: 'warn'
  },
  {},
  function (model, file) {
    // Resources with a syntax error are left to the syntax rule, as the Ash rules do.
    const resources = checkedResources(model.ash)
    for (const context of model.contexts ?? []) {
      for (const issue of moduleHeadingIssues(context)) reportWithRelated(file, issue.reason, issue.place, issue.related)

      const module = context.module
      const domain = context.domain
      if (!module || !domain || !domain.complete || domain.allowUnregistered) continue
      const listed = new Set(domain.resources.map((resource) => resource.module.name))
      const at = domain.resourcesSections[0]?.namePlace ?? domain.use.call.place
      for (const resource of resources) {
        if (resource.domain?.name !== module.name || listed.has(resource.module)) continue
        reportWithRelated(file, `Domain \`${module.name}\` does not list resource \`${resource.module}\` in its \`resources\``, at, [
          {place: resource.place, message: `resource \`${resource.module}\` defined here`}
        ])
      }
    }
    checkDomainCalls(file, model)
  }
)

/**
 * The functions of Ash 2's domain (API) interface, which Ash 3 domains keep
 * unless `backwards_compatible_interface?: false` (the option defaults to
 * true; ash v3.32.0, lib/ash/domain/domain.ex and lib/ash/domain/interface.ex).
 */
const ash2Interface = new Set(
  [
    'aggregate', 'bulk_create', 'bulk_destroy', 'bulk_update', 'calculate', 'count', 'create', 'destroy', 'get', 'load', 'page',
    'read', 'read_one', 'reload', 'run_action', 'update', 'first', 'sum', 'list', 'max', 'min', 'avg'
  ].flatMap((name) => [name, name + '!']).concat(['can', 'can?', 'exists', 'exists?', 'stream!'])
)

/** Functions every domain module has: `default_short_name` (ash v3.32.0, lib/ash/domain/domain.ex), Spark's and Elixir's. */
const everyDomainHas = new Set(['default_short_name', 'spark_dsl_config', 'spark_is', 'persisted', 'module_info', '__info__'])

/** Domain extensions that add no functions to the domain module. */
const extensionsAddingNoFunctions = new Set(['AshGraphql.Domain', 'AshJsonApi.Domain', 'AshAdmin.Domain'])

/** `MyApp.Billing.list_overdue!()` in a context or LiveView, against the domain the doc shows whole. */
function checkDomainCalls(file: VFile, model: DocumentModel): void {
  const symbols = model.symbols
  if (!symbols) return
  for (const call of symbols.calls) {
    const domain = symbols.domains.get(call.module)
    if (!domain || !domain.complete || call.module === call.from) continue
    if (domain.extensions.some((extension) => !extensionsAddingNoFunctions.has(extension))) continue
    const name = call.function
    if (domain.functions.has(name) || everyDomainHas.has(name)) continue
    const written = `${call.written}.${name}`
    if (ash2Interface.has(name)) {
      if (domain.backwardsCompatible) continue
      file.message(
        `\`${written}\` is Ash 2's domain interface, which \`${domain.module}\` turns off (\`backwards_compatible_interface?: false\`): call \`Ash.${name}\` or a code interface function`,
        {place: call.place}
      )
      continue
    }
    // Ties go to the first candidate: offer those that end like the call (`!`, `?`) first.
    const candidates = [...domain.functions.keys()]
    const ending = (text: string) => (/[!?]$/.test(text) ? text.slice(-1) : '')
    const near = closest(name, [...candidates.filter((candidate) => ending(candidate) === ending(name)), ...candidates])
    const message = file.message(
      `\`${written}\` is not a function of domain \`${domain.module}\`: neither its code interface nor its functions define it` +
        (near ? `; did you mean \`${near}\`?` : ''),
      {place: call.place}
    )
    message.note = excerptHint
    relate(message, definedHere(near === undefined ? undefined : domain.functions.get(near), `\`${near}\` of \`${domain.module}\``))
  }
}
