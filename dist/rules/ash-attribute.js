import { findOption, keywordPairs, shortText } from '../src/elixir/dsl.js';
import { arrayConstraints, attributeOptions, builtinTypes, primaryKeyShorthands, typeConstraints } from '../src/ash/knowledge.js';
import { suggestion } from '../src/ash/messages.js';
import { listCode } from '../src/text/words.js';
import { checkedResources } from '../src/ash/model.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
export default defineRule({
    id: 'ash-attribute',
    description: 'Attributes have Ash types, known options and fitting constraints; primary keys are not nil; names are unique',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { customTypes: { type: 'array', items: { type: 'string', pattern: '^[a-z_][A-Za-z0-9_]*[?!]?$' } } },
        additionalProperties: false
    }
}, { customTypes: [] }, function (model, file, options) {
    const types = [...builtinTypes, ...options.customTypes];
    for (const resource of checkedResources(model.ash)) {
        if (!resource.use)
            continue;
        for (const attribute of resource.attributes) {
            // Attributes Ash generates (timestamps(), belongs_to) have nothing written to check.
            if (attribute.origin === 'timestamps' || attribute.origin === 'belongs_to')
                continue;
            checkType(file, attribute, types);
            checkOptions(file, attribute);
            checkConstraints(file, attribute);
            checkPrimaryKey(file, attribute);
        }
        checkDuplicates(file, resource);
    }
});
function checkType(file, attribute, types) {
    const type = attribute.type;
    if (!type) {
        if (attribute.origin === 'attribute') {
            file.message(`Attribute \`${attribute.name}\` has no type: add one, e.g. \`attribute :${attribute.name}, :string\``, {
                place: attribute.place
            });
        }
        return;
    }
    if (attribute.typeDefaulted)
        return;
    checkTypeValue(file, attribute, type, type, types);
}
function checkTypeValue(file, attribute, type, whole, types) {
    const name = attribute.name;
    if (type.kind === 'atom') {
        if (types.includes(type.name))
            return;
        const hint = suggestion(type.name, types);
        file.message(`Unknown attribute type \`:${type.name}\` for \`${name}\`` +
            (hint ? hint.replace(/`([^`]+)`/, '`:$1`') : ': expected an Ash type (`:string`, `:integer`, …), a type module or `{:array, type}`'), { place: type.place });
        return;
    }
    if (type.kind === 'array') {
        checkTypeValue(file, attribute, type.of, whole, types);
        return;
    }
    if (type.kind !== 'unknown')
        return;
    const value = type.value;
    if (value.kind === 'tuple') {
        file.message(`Unknown attribute type \`${shortText(value.text)}\` for \`${name}\`: a collection type is written \`{:array, type}\``, {
            place: type.place
        });
    }
    else if (value.kind === 'string' && !value.interpolated) {
        const asAtom = types.includes(value.value) ? `\`:${value.value}\`` : 'an atom';
        file.message(`Attribute type \`${shortText(value.text)}\` for \`${name}\` is a string: write ${asAtom} or a type module`, {
            place: type.place
        });
    }
    else if (['number', 'boolean', 'nil', 'list', 'keyword'].includes(value.kind)) {
        file.message(`Unknown attribute type \`${shortText(value.text)}\` for \`${name}\`: expected an Ash type (\`:string\`, \`:integer\`, …), a type module or \`{:array, type}\``, { place: type.place });
    }
    // Calls, module attributes and variables may well evaluate to a type.
}
function checkOptions(file, attribute) {
    const shorthand = primaryKeyShorthands.has(attribute.origin);
    // `type` may be given as an option, the positional argument's other form.
    const known = [...attributeOptions, 'type'];
    for (const option of attribute.options) {
        if (shorthand && option.key === 'allow_nil?') {
            file.message(`Option \`allow_nil?\` is not accepted by \`${attribute.origin}\` (\`${attribute.name}\`): a primary key is never nil`, { place: option.keyPlace });
            continue;
        }
        if (known.includes(option.key))
            continue;
        file.message(`Unknown option \`${option.key}\` on attribute \`${attribute.name}\`` + suggestion(option.key, known), { place: option.keyPlace });
    }
}
function typeLabel(type) {
    return type.kind === 'atom' ? ':' + type.name : shortText(type.text);
}
/** Check constraint keys where the type's constraints are known; recurse into `items:` of arrays. */
function checkConstraintPairs(file, attribute, type, pairs) {
    let known;
    if (type.kind === 'atom')
        known = typeConstraints[type.name];
    else if (type.kind === 'array')
        known = arrayConstraints;
    if (!known)
        return;
    const label = typeLabel(type);
    for (const pair of pairs) {
        if (type.kind === 'array' && pair.key === 'items') {
            const inner = keywordPairs(pair.value);
            if (inner)
                checkConstraintPairs(file, attribute, type.of, inner);
            continue;
        }
        if (known.includes(pair.key))
            continue;
        const hint = suggestion(pair.key, known);
        const reason = hint
            ? `Unknown constraint \`${pair.key}\` for \`${label}\` attribute \`${attribute.name}\`${hint}`
            : `Constraint \`${pair.key}\` does not apply to \`${label}\` attribute \`${attribute.name}\`: ` +
                (known.length === 0 ? `\`${label}\` takes no constraints` : `\`${label}\` takes ${listCode(known, 'or')}`);
        file.message(reason, { place: pair.keyPlace });
    }
}
function checkConstraints(file, attribute) {
    const constraints = attribute.constraints;
    if (!constraints || !attribute.type)
        return;
    const pairs = keywordPairs(constraints.value);
    if (pairs)
        checkConstraintPairs(file, attribute, attribute.type, pairs);
}
function checkPrimaryKey(file, attribute) {
    if (attribute.origin !== 'attribute' || !attribute.primaryKey || !attribute.allowNil)
        return;
    const option = findOption(attribute.options, 'primary_key?');
    file.message(`Attribute \`${attribute.name}\` is a primary key but allows nil: add \`allow_nil?: false\``, {
        place: option?.keyPlace ?? attribute.place
    });
}
function describeAttribute(attribute) {
    if (attribute.origin === 'timestamps')
        return `attribute \`${attribute.name}\` (from \`timestamps()\`)`;
    if (attribute.origin === 'belongs_to')
        return `attribute \`${attribute.name}\` (from \`belongs_to :${attribute.relationship}\`)`;
    return `attribute \`${attribute.name}\``;
}
/** Ash keeps attributes, relationships, calculations and aggregates in one namespace. */
function checkDuplicates(file, resource) {
    const fields = [
        ...resource.attributes.map((attribute) => ({ name: attribute.name, label: describeAttribute(attribute), place: attribute.place })),
        ...resource.relationships.map((relationship) => ({
            name: relationship.name,
            label: `relationship \`${relationship.name}\``,
            place: relationship.place
        })),
        ...resource.calculations.map((calculation) => ({ name: calculation.name, label: `calculation \`${calculation.name}\``, place: calculation.place })),
        ...resource.aggregates.map((aggregate) => ({ name: aggregate.name, label: `aggregate \`${aggregate.name}\``, place: aggregate.place }))
    ];
    fields.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0));
    const seen = new Map();
    for (const field of fields) {
        const first = seen.get(field.name);
        if (!first) {
            seen.set(field.name, field);
            continue;
        }
        reportWithRelated(file, `Duplicate name \`${field.name}\`: ${field.label} reuses the name of ${first.label}`, field.place, [
            { place: first.place, message: `${first.label} defined here` }
        ]);
    }
}
