/** The last segment of a module name: `MyApp.Teams.Invitation` → `Invitation`. */
export function lastSegment(module) {
    const parts = module.split('.');
    return parts[parts.length - 1] ?? module;
}
/** `alias A.B`, `alias A.B, as: C`, `alias A.{B, C}`, `alias __MODULE__.B`. */
export function readAliases(body, module) {
    const aliases = new Map();
    for (const statement of body) {
        if (statement.name !== 'alias')
            continue;
        const node = statement.node.namedChildren.find((child) => child?.type === 'arguments')?.namedChildren[0];
        if (!node)
            continue;
        if (node.type === 'dot' && node.childForFieldName('right')?.type === 'tuple') {
            const base = expandModuleText(node.childForFieldName('left')?.text ?? '', module);
            for (const child of node.childForFieldName('right').namedChildren) {
                if (child?.type !== 'alias')
                    continue;
                const first = child.text.split('.')[0];
                aliases.set(first, base + '.' + first);
            }
            continue;
        }
        const target = statement.args[0];
        const full = target?.kind === 'alias' ? target.name : target?.kind === 'unknown' && target.text.startsWith('__MODULE__') ? target.text : undefined;
        if (!full)
            continue;
        const expanded = expandModuleText(full, module);
        const as = statement.options.find((pair) => pair.key === 'as')?.value;
        aliases.set(as?.kind === 'alias' ? as.name : lastSegment(expanded), expanded);
    }
    return aliases;
}
export function expandModuleText(text, module) {
    const clean = text.replace(/\s+/g, '');
    if (clean === '__MODULE__')
        return module;
    if (clean.startsWith('__MODULE__.'))
        return module + clean.slice('__MODULE__'.length);
    return clean.replace(/^Elixir\./, '');
}
/** A module name as written, resolved through the module's aliases. */
export function resolveModule(value, aliases, module) {
    const written = value.name;
    const [first, ...rest] = written.replace(/^Elixir\./, '').split('.');
    const aliased = aliases.get(first);
    const name = aliased ? [aliased, ...rest].join('.') : expandModuleText(written, module);
    return { written, name, place: value.place };
}
