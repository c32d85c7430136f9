import { atomList, findOption } from '../elixir/dsl.js';
import { functionChangeArity, globalChangeDefaultOn, queryUpdateDataLayers } from './knowledge.js';
/** The first argument's node of a call (`fn … end` in `change fn … end`). */
function firstArgumentNode(call) {
    const args = call.node.namedChildren.find((child) => child?.type === 'arguments');
    return args?.namedChildren[0] ?? undefined;
}
/** The arity of `fn a, b -> … end` (its first clause), of `&name/2` or `&Mod.name/2`; undefined for anything else. */
function functionArity(node) {
    if (node.type === 'anonymous_function') {
        const clause = node.namedChildren.find((child) => child?.type === 'stab_clause');
        const left = clause?.childForFieldName('left');
        if (!clause)
            return undefined;
        if (!left)
            return 0;
        return left.type === 'arguments' ? left.namedChildren.length : undefined;
    }
    if (node.type === 'unary_operator' && node.childForFieldName('operator')?.type === '&') {
        const operand = node.childForFieldName('operand');
        if (operand?.type !== 'binary_operator' || operand.childForFieldName('operator')?.type !== '/')
            return undefined;
        const right = operand.childForFieldName('right');
        return right?.type === 'integer' ? Number(right.text) : undefined;
    }
    return undefined;
}
/** The function of `change <function>`, when the call is one Ash runs as `Ash.Resource.Change.Function`. */
function functionChange(call, global) {
    if (call.name !== 'change' || call.args.length !== 1)
        return undefined;
    const node = firstArgumentNode(call);
    if (!node || functionArity(node) !== functionChangeArity)
        return undefined;
    return { call, place: call.args[0].place, global };
}
/** The action types a global change runs on; undefined when `on:` is not a literal. */
function changeRunsOn(call) {
    const on = call.options.find((pair) => pair.key === 'on');
    if (!on)
        return [...globalChangeDefaultOn];
    return atomList(on.value)?.map((atom) => atom.value);
}
/** True when the resource's data layer runs updates (or destroys) as one query, so Ash checks the action's atomicity. */
function updatesByQuery(resource, type) {
    const layer = resource.dataLayer?.module?.name;
    if (!layer || resource.embedded || !queryUpdateDataLayers.has(layer))
        return false;
    // AshPostgres updates one by one a resource that manages its tenant on update (`manage_tenant`).
    if (type === 'update' && resource.postgres?.call.body?.some((call) => call.name === 'manage_tenant'))
        return false;
    return true;
}
/**
 * The update and destroy actions of a resource Ash would warn about: a
 * function change of their own or of the `changes` block, `require_atomic?`
 * left at its default (true) or written `true`, a data layer that updates by
 * query, not `manual`, not made by `defaults` (whose `require_atomic?` is
 * false, ash v3.32.0 `lib/ash/resource/transformers/set_primary_actions.ex`).
 * Only a direct `use Ash.Resource` whose action is shown whole (no elision
 * in its body) is read: a wrapper may set options the doc does not show.
 */
export function nonAtomicActions(resource) {
    if (!resource.use?.ash || resource.embedded)
        return [];
    const globals = [];
    for (const section of resource.sections) {
        if (section.name !== 'changes')
            continue;
        for (const call of section.body ?? []) {
            const change = functionChange(call, true);
            const on = change && changeRunsOn(call);
            if (change && on)
                globals.push({ change, on });
        }
    }
    const found = [];
    for (const action of resource.actions) {
        if ((action.type !== 'update' && action.type !== 'destroy') || action.fromDefaults)
            continue;
        if (action.call.elision || !updatesByQuery(resource, action.type))
            continue;
        // `manual` sets `require_atomic?` to false (ash v3.32.0 `lib/ash/resource/actions/{update,destroy}.ex`, `transform/1`).
        if (findOption(action.options, 'manual'))
            continue;
        const requireAtomic = findOption(action.options, 'require_atomic?');
        if (requireAtomic && !(requireAtomic.value.kind === 'boolean' && requireAtomic.value.value))
            continue;
        const own = (action.call.body ?? []).flatMap((call) => functionChange(call, false) ?? []);
        const global = globals.filter((entry) => entry.on.includes(action.type)).map((entry) => entry.change);
        if (own.length + global.length > 0)
            found.push({ action, changes: [...own, ...global] });
    }
    return found;
}
