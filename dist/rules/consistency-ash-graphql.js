import { booleanOption } from '../src/elixir/dsl.js';
import { namedType, nullableType, typeRefText, isNonNull } from '../src/graphql/types.js';
import { joinFor, oneOf, resolveType } from '../src/join/join.js';
import { anyEnum, anyScalar, ashToGraphql, mappingSchema, mergeMapping } from '../src/join/mappings.js';
import { attributeLabel, attributeNonNull, attributeRelated, attributeWhere, inParentheses, nonNullClaim, nullableClaim } from '../src/join/messages.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { joinWords, listCode, pascalCase } from '../src/text/words.js';
import { excerptHint } from '../src/code/excerpts.js';
import { unresolvedMutations } from '../src/join/graphql-mutations.js';
const specifiedScalars = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
export default defineRule({
    id: 'consistency-ash-graphql',
    description: 'The fields of a resource\'s GraphQL type agree with its attributes, relationships and calculations in nullability and type; Mutation fields match the declared mutations',
    severity: 'error',
    schema: {
        type: 'object',
        properties: {
            types: mappingSchema,
            typeNames: { type: 'object', additionalProperties: { type: 'string', pattern: '^[_A-Za-z][_0-9A-Za-z]*$' } }
        },
        additionalProperties: false
    }
}, { types: {}, typeNames: {} }, function (model, file, options) {
    const graphql = model.graphql;
    if (!graphql)
        return;
    const join = joinFor(model, { graphqlTypeNames: options.typeNames });
    const mapping = mergeMapping(ashToGraphql, options.types);
    const context = { file, join, graphql, mapping };
    for (const joined of join.resources) {
        const resource = joined.resource;
        if (!resource || !joined.graphqlType)
            continue;
        for (const { field, target } of joined.fields) {
            if (target?.kind === 'attribute')
                checkAttribute(context, resource, target.attribute, field, joined.graphqlOptions);
            else if (target?.kind === 'relationship')
                checkRelationship(context, resource, target.relationship, field);
            else if (target?.kind === 'calculation')
                checkCalculation(context, resource, target.calculation, field);
        }
    }
    checkMutations(context, model);
});
/**
 * `Mutation` fields against the doc's `mutations` blocks (where it has none,
 * `consistency-unmapped-field` compares them with the conventional names).
 */
function checkMutations(context, model) {
    for (const missing of unresolvedMutations(model, context.join)) {
        if (missing.mode !== 'declared')
            continue;
        const { field, nearest, owner } = missing;
        if (nearest) {
            const of = nearest.resource ? ` of \`${nearest.resource}\`` : '';
            reportWithRelated(context.file, `Mutation \`${field.name}\` matches no mutation of the doc's \`graphql\` blocks: did you mean \`${nearest.field}\`?`, field.place, [{ place: nearest.definition.place, message: `${nearest.label}${of} defined here` }]);
        }
        else if (owner) {
            const names = owner.names.length === 0
                ? 'the doc gives it none'
                : owner.names.length === 1
                    ? `its one mutation is \`${owner.names[0]}\``
                    : `its mutations are ${listCode(owner.names, 'and')}`;
            reportWithRelated(context.file, `Mutation \`${field.name}\` matches no mutation or action of \`${owner.module}\`: ${names}`, field.place, [
                { place: owner.block.place, message: `${owner.block.label} here` }
            ]).note = excerptHint;
        }
    }
}
function fieldLabel(field) {
    return `field \`${field.parent.name}.${field.name}\``;
}
/** `field \`Team.name\` is \`String\``. */
function fieldIs(field) {
    return `${fieldLabel(field)} is \`${typeRefText(field.type)}\``;
}
/** Every message is at the field's type, with the Ash side as its other place. */
function report(context, source, field, reason, more = []) {
    reportWithRelated(context.file, reason, field.typePlace, [source.related, ...more]);
}
function checkNullability(context, source, field) {
    const nonNull = isNonNull(field.type);
    if (nonNull === source.nonNull)
        return;
    const state = nonNull ? 'non-null' : 'nullable';
    report(context, source, field, `${source.label} ${source.nullability} but ${fieldLabel(field)} is ${state} \`${typeRefText(field.type)}\``);
}
/** Absinthe's built-in scalars by their identifiers (`:string` → `String`); other identifiers are PascalCased. */
const absintheScalars = { string: 'String', integer: 'Int', float: 'Float', boolean: 'Boolean', id: 'ID' };
function checkAttribute(context, resource, attribute, field, graphqlOptions) {
    const nonNull = attributeNonNull(attribute);
    const source = {
        label: attributeLabel(attribute, resource),
        where: attributeWhere(attribute),
        nonNull,
        nullability: nonNull ? nonNullClaim(attribute) : nullableClaim(attribute),
        related: attributeRelated(attribute)
    };
    // `nullable_fields`: AshGraphql makes the field nullable whatever the attribute says.
    if (!(graphqlOptions.nullableFields.has(attribute.name) && !isNonNull(field.type)))
        checkNullability(context, source, field);
    // `attribute_types`: the field has the Absinthe type given there.
    if (graphqlOptions.attributeTypes.has(attribute.name)) {
        const override = graphqlOptions.attributeTypes.get(attribute.name);
        if (override === undefined)
            return;
        const expected = absintheScalars[override] ?? pascalCase(override);
        const element = nullableType(field.type);
        if (element.kind === 'named' && element.name === expected)
            return;
        report(context, source, field, `${source.label} has \`attribute_types\` \`:${override}\` in its \`graphql\` block but ${fieldIs(field)}: expected \`${expected}\``);
        return;
    }
    if (attribute.primaryKey) {
        const type = nullableType(field.type);
        if (type.kind === 'named' && type.name === 'ID')
            return;
        report(context, source, field, `${source.label} is the primary key${inParentheses(source.where)} but ${fieldIs(field)}: expected \`ID\``);
        return;
    }
    // A foreign key is an `ID` whatever its type, as a primary key is.
    const foreignKey = resource.relationships.some((relationship) => relationship.kind === 'belongs_to' && relationship.sourceAttribute === attribute.name);
    if (foreignKey && nullableType(field.type).kind === 'named' && namedType(field.type) === 'ID')
        return;
    checkValueType(context, source, attribute.type, attribute.options, field);
}
function checkCalculation(context, resource, calculation, field) {
    const nonNull = booleanOption(calculation.options, 'allow_nil?') === false;
    const source = {
        label: `Calculation \`${calculation.name}\` of \`${resource.module}\``,
        where: '',
        nonNull,
        nullability: nonNull ? 'is `allow_nil?: false`' : 'allows nil',
        related: { place: calculation.place, message: `calculation \`${calculation.name}\` defined here` }
    };
    checkNullability(context, source, field);
    checkValueType(context, source, calculation.type, calculation.options, field);
}
/** The type under the lists and `!`s, one list level at a time. */
function listElement(type) {
    const inner = nullableType(type);
    return inner.kind === 'list' ? inner.of : undefined;
}
/** `\`Float\`, \`Decimal\` or a scalar the doc declares`. */
function describeGraphqlTypes(expected) {
    const parts = expected.filter((name) => name !== anyEnum && name !== anyScalar).map((name) => '`' + name + '`');
    if (expected.includes(anyEnum))
        parts.push('an enum');
    if (expected.includes(anyScalar))
        parts.push('a scalar the doc declares');
    return joinWords(parts, 'or');
}
function checkValueType(context, source, type, options, field) {
    const resolved = resolveType(context.join, type, context.mapping, 'graphql');
    if (!resolved || resolved.module)
        return;
    const typeText = type?.text ?? '?';
    const claim = `${source.label} is \`${typeText}\`${inParentheses(source.where)}`;
    const expected = context.mapping[resolved.name];
    const wanted = expected ? ' of ' + describeGraphqlTypes(expected) : '';
    // Lists: one level per `{:array, _}`.
    let element = field.type;
    for (let level = 0; level < resolved.arrays; level++) {
        const inner = listElement(element);
        if (!inner) {
            report(context, source, field, `${claim} but ${fieldIs(field)}: expected a list${wanted}`);
            return;
        }
        element = inner;
    }
    if (nullableType(element).kind === 'list') {
        const single = expected ? describeGraphqlTypes(expected) + ', not a list' : 'no list';
        report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${single}`);
        return;
    }
    const named = namedType(element);
    const allowed = resolved.name === 'atom' && resolved.arrays === 0 ? oneOf(options) : undefined;
    if (allowed) {
        const expected = allowed.values.map((value) => value.toUpperCase());
        const atoms = '[' + allowed.values.map((value) => ':' + value).join(', ') + ']';
        const enumType = context.graphql.enums.get(named);
        if (!enumType) {
            // AshGraphql itself makes an `:atom` a `String`, `one_of` or not.
            if (context.mapping.atom?.includes(named))
                return;
            report(context, source, field, `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldIs(field)}: expected \`String\` or an enum with the values ${listCode(expected, 'and')}`);
            return;
        }
        const values = enumType.values.map((value) => value.name);
        const same = values.length === expected.length && expected.every((value) => values.includes(value));
        if (same)
            return;
        report(context, source, field, `${source.label} is \`:atom\` with \`one_of: ${atoms}\`${inParentheses(source.where)} but ${fieldLabel(field)} is enum \`${named}\` with the values ${listCode(values, 'and')}: expected exactly ${listCode(expected, 'and')}`, [{ place: enumType.place, message: `enum \`${named}\` defined here` }]);
        return;
    }
    if (!expected)
        return;
    const matches = expected.some(function (name) {
        if (name === anyEnum)
            return context.graphql.enums.has(named);
        if (name === anyScalar)
            return context.graphql.scalars.has(named) && !specifiedScalars.has(named);
        return name === named;
    });
    if (matches)
        return;
    report(context, source, field, `${claim} but ${fieldIs(field)}: expected ${describeGraphqlTypes(expected)}`);
}
const toMany = new Set(['has_many', 'many_to_many']);
function checkRelationship(context, resource, relationship, field) {
    const where = `\`${relationship.kind}\``;
    const label = `Relationship \`${relationship.name}\` of \`${resource.module}\``;
    const related = { place: relationship.place, message: `relationship \`${relationship.name}\` defined here` };
    const many = toMany.has(relationship.kind);
    if (!many) {
        const nonNull = !relationship.allowNil;
        checkNullability(context, { label, where, nonNull, nullability: nonNull ? `is \`allow_nil?: false\` (${where})` : `allows nil (${where})`, related }, field);
    }
    const destination = relationship.destination ? context.join.byModule.get(relationship.destination.name) : undefined;
    // A destination known by name only has no GraphQL type to expect.
    if (!destination?.resource)
        return;
    const name = destination.graphqlTypeName;
    const element = many ? listElement(field.type) : nullableType(field.type);
    if (element && nullableType(element).kind === 'named' && namedType(element) === name)
        return;
    const wanted = many ? `a list of \`${name}\`` : `\`${name}\``;
    reportWithRelated(context.file, `${label} points at \`${destination.module}\` (${where}) but ${fieldIs(field)}: expected ${wanted}`, field.typePlace, [related]);
}
