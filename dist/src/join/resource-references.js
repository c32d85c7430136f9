import { closest } from '../text/suggest.js';
function nearest(name, candidates) {
    const near = closest(name, candidates.keys());
    return near === undefined ? undefined : candidates.get(near);
}
/** True when the doc shows every action of the resource. */
export function actionsComplete(symbols) {
    const defaults = symbols.resource.defaults;
    return symbols.complete.actions && !symbols.resource.syntaxError && (!defaults || defaults.literal);
}
/** `define :x, action: :y` whose action the resource does not have. */
export function unresolvedDefines(symbols) {
    if (!actionsComplete(symbols))
        return [];
    const found = [];
    for (const define of symbols.defines) {
        // Without `action:`, the action is the function's name: Ash checks that at compile time.
        const action = define.action;
        if (!action || symbols.actions.has(action.name))
            continue;
        found.push({ name: action.name, place: action.place, nearest: nearest(action.name, symbols.actions), define });
    }
    return found;
}
/** The atoms of `action(:x)` / `action([:x, :y])` in a policy condition. */
export function policyActions(condition) {
    if (!condition)
        return [];
    if (condition.kind === 'list')
        return condition.items.flatMap((item) => policyActions(item));
    if (condition.kind !== 'call' || condition.call.name !== 'action')
        return [];
    const argument = condition.call.args[0];
    const atoms = argument?.kind === 'atom' ? [argument] : argument?.kind === 'list' ? argument.items : [];
    return atoms.flatMap((atom) => (atom.kind === 'atom' ? [{ name: atom.value, place: atom.place, call: condition.call }] : []));
}
/** Built-in changes whose first argument is an attribute (ash v3.32.0, Ash.Resource.Change.Builtins). */
const attributeChanges = new Set(['set_attribute', 'set_new_attribute', 'atomic_update', 'increment']);
/**
 * Built-in validations whose first argument names attributes (or, for
 * `present`, `absent` and `changing`, any field: arguments, relationships)
 * (ash v3.32.0, Ash.Resource.Validation.Builtins).
 */
const fieldValidations = new Set([
    'one_of',
    'attribute_equals',
    'attribute_does_not_equal',
    'attribute_in',
    'string_length',
    'numericality',
    'compare',
    'match',
    'present',
    'absent',
    'changing'
]);
/** The fields the built-in changes and validations of the resource name. */
export function fieldReferences(resource) {
    const found = [];
    const read = (call, action) => {
        if (call.name !== 'change' && call.name !== 'validate')
            return;
        const builtin = call.args[0];
        if (builtin?.kind !== 'call')
            return;
        const name = builtin.call.name;
        const known = call.name === 'change' ? attributeChanges.has(name) : fieldValidations.has(name);
        if (!known)
            return;
        const first = builtin.call.args[0];
        const atoms = first?.kind === 'atom' ? [first] : first?.kind === 'list' ? first.items : [];
        for (const atom of atoms) {
            if (atom.kind === 'atom')
                found.push({ builtin: name, kind: call.name, name: atom.value, place: atom.place, action });
        }
    };
    for (const action of resource.actions) {
        if (action.fromDefaults)
            continue;
        for (const call of action.call.body ?? [])
            read(call, action.name);
    }
    for (const section of resource.sections) {
        if (section.name !== 'changes' && section.name !== 'validations')
            continue;
        for (const call of section.body ?? [])
            read(call, undefined);
    }
    return found;
}
/** A field reference that names nothing the resource shows: not an attribute, argument, relationship, calculation or aggregate. */
export function unresolvedField(symbols, reference) {
    const { complete } = symbols;
    if (symbols.resource.syntaxError || !complete.attributes || !complete.relationships || !actionsComplete(symbols))
        return undefined;
    const name = reference.name;
    const argumentsOf = reference.action === undefined ? [...symbols.arguments.values()] : [symbols.arguments.get(reference.action) ?? new Map()];
    const known = symbols.attributes.has(name) ||
        symbols.relationships.has(name) ||
        symbols.calculations.has(name) ||
        symbols.aggregates.has(name) ||
        argumentsOf.some((args) => args.has(name));
    if (known)
        return undefined;
    return { name, place: reference.place, nearest: nearest(name, symbols.attributes), reference };
}
