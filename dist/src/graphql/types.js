/** The model stage. */
export function understandGraphqlTypes(model) {
    const types = { objects: new Map(), enums: new Map(), scalars: new Map() };
    for (const block of model.blocks) {
        if (block.code?.language !== 'graphql' || !block.code.document)
            continue;
        for (const definition of block.code.document.definitions) {
            switch (definition.kind) {
                case 'ObjectTypeDefinition':
                case 'ObjectTypeExtension':
                case 'InterfaceTypeDefinition':
                case 'InterfaceTypeExtension': {
                    const kind = definition.kind.startsWith('Object') ? 'object' : 'interface';
                    const isDefinition = definition.kind.endsWith('Definition');
                    let type = types.objects.get(definition.name.value);
                    if (!type) {
                        type = { name: definition.name.value, kind, place: namePlace(block, definition.name), defined: isDefinition, fields: [], block };
                        types.objects.set(type.name, type);
                    }
                    else if (isDefinition && !type.defined) {
                        type.defined = true;
                        type.place = namePlace(block, definition.name);
                        type.block = block;
                    }
                    for (const field of definition.fields ?? []) {
                        // A field declared twice is graphql-schema's business; the first stands.
                        if (type.fields.some((known) => known.name === field.name.value))
                            continue;
                        type.fields.push(readField(block, type, field));
                    }
                    break;
                }
                case 'EnumTypeDefinition':
                case 'EnumTypeExtension': {
                    let type = types.enums.get(definition.name.value);
                    if (!type) {
                        type = { name: definition.name.value, place: namePlace(block, definition.name), values: [], block };
                        types.enums.set(type.name, type);
                    }
                    for (const value of definition.values ?? []) {
                        if (type.values.some((known) => known.name === value.name.value))
                            continue;
                        type.values.push({ name: value.name.value, place: namePlace(block, value.name) });
                    }
                    break;
                }
                case 'ScalarTypeDefinition':
                    if (!types.scalars.has(definition.name.value)) {
                        types.scalars.set(definition.name.value, { name: definition.name.value, place: namePlace(block, definition.name), block });
                    }
                    break;
                default:
                    break;
            }
        }
    }
    model.graphql = types;
}
function locPlace(block, loc) {
    if (!loc)
        return block.map.placeAt(0, 0);
    return block.map.placeAt(loc.start, loc.end);
}
function namePlace(block, name) {
    return locPlace(block, name.loc);
}
function readField(block, parent, field) {
    return {
        name: field.name.value,
        place: namePlace(block, field.name),
        type: readTypeRef(field.type),
        typePlace: locPlace(block, field.type.loc),
        parent,
        block
    };
}
function readTypeRef(type) {
    if (type.kind === 'NonNullType')
        return { kind: 'nonNull', of: readTypeRef(type.type) };
    if (type.kind === 'ListType')
        return { kind: 'list', of: readTypeRef(type.type) };
    return { kind: 'named', name: type.name.value };
}
/** The type as written in SDL: `[Invitation!]!`. */
export function typeRefText(type) {
    if (type.kind === 'nonNull')
        return typeRefText(type.of) + '!';
    if (type.kind === 'list')
        return '[' + typeRefText(type.of) + ']';
    return type.name;
}
/** The named type at the bottom: `[Invitation!]!` → `Invitation`. */
export function namedType(type) {
    return type.kind === 'named' ? type.name : namedType(type.of);
}
export function isNonNull(type) {
    return type.kind === 'nonNull';
}
/** The type without its outer `!`. */
export function nullableType(type) {
    return type.kind === 'nonNull' ? type.of : type;
}
/** True when the type (its outer `!` aside) is a list. */
export function isList(type) {
    return nullableType(type).kind === 'list';
}
