/**
 * `consistency-unmapped-field`: every field of a resource's GraphQL object
 * type maps to an attribute, relationship, calculation or aggregate of it;
 * where the doc declares no mutations, a `Mutation` field that is a slip of
 * an action or code interface name is reported.
 * Docs: docs/rules/consistency-unmapped-field.md
 */
import {closest} from '../src/text/suggest.js'
import {joinFor} from '../src/join/join.js'
import {camelCase} from '../src/text/words.js'
import {defineRule, reportWithRelated} from '../src/rule.js'
import {excerptHint} from '../src/code/excerpts.js'
import {unresolvedMutations} from '../src/join/graphql-mutations.js'

export interface Options {
  /** Resource module → its GraphQL type name, over `graphql do type :x end` and the last module segment. */
  typeNames: Record<string, string>
}

export default defineRule<Options>(
  {
    id: 'consistency-unmapped-field',
    description:
      'Every field of a resource\'s GraphQL type maps to an attribute, relationship, calculation or aggregate; a Mutation field is no slip of an action\'s name',
    severity: 'warn',
    schema: {
      type: 'object',
      properties: {typeNames: {type: 'object', additionalProperties: {type: 'string', pattern: '^[_A-Za-z][_0-9A-Za-z]*$'}}},
      additionalProperties: false
    }
  },
  {typeNames: {}},
  function (model, file, options) {
    const join = joinFor(model, {graphqlTypeNames: options.typeNames})
    for (const joined of join.resources) {
      const resource = joined.resource
      // Fragments, wrappers and extensions may add fields the doc does not show.
      if (!resource || !joined.graphqlType || !resource.complete.attributes || !resource.complete.relationships) continue
      const names = new Map<string, string>()
      for (const item of [...resource.attributes, ...resource.relationships, ...resource.calculations, ...resource.aggregates]) {
        if (!names.has(camelCase(item.name))) names.set(camelCase(item.name), item.name)
      }
      const used = new Set(joined.fields.map((entry) => entry.field.name))
      const unused = [...names.keys()].filter((name) => !used.has(name))
      for (const {field, target} of joined.fields) {
        if (target) continue
        const near = closest(field.name, unused)
        const hint = near ? `: did you mean \`${near}\` (\`${names.get(near)}\`)?` : ''
        reportWithRelated(
          file,
          `Field \`${field.parent.name}.${field.name}\` maps to no attribute, relationship, calculation or aggregate of \`${resource.module}\`${hint}`,
          field.place,
          [{place: resource.place, message: `resource \`${resource.module}\` defined here`}]
        ).note = excerptHint
      }
    }
    // Without `mutations` blocks: a slip of the name AshGraphql's convention gives an action or code interface.
    for (const missing of unresolvedMutations(model, join)) {
      const nearest = missing.nearest
      if (missing.mode !== 'convention' || !nearest) continue
      reportWithRelated(
        file,
        `Mutation \`${missing.field.name}\` matches no action or code interface of the doc's AshGraphql resources (the doc declares no \`mutations\`): did you mean \`${nearest.field}\`?`,
        missing.field.place,
        [{place: nearest.definition.place, message: `${nearest.label} of \`${nearest.resource}\` defined here`}]
      )
    }
  }
)
