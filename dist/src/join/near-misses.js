/**
 * Near misses of names the doc defines: a name that resolves to nothing the
 * doc shows is silent (it lives elsewhere in the app) unless it is a slip of
 * one that the doc shows. These say what counts as a slip.
 */
import { lastSegment } from '../elixir/aliases.js';
import { editDistance } from '../text/suggest.js';
import { pluralize } from '../text/words.js';
/** True when one name is the other's plural (`customer` / `customers`). */
export function singularPlural(a, b) {
    return a !== b && (pluralize(a) === b || pluralize(b) === a);
}
/**
 * The module of `candidates` that `module` is a slip of: the same last
 * segment, and a namespace that differs by a singular/plural segment
 * (`MyApp.Sale` / `MyApp.Sales`) or one edit. Undefined when `module` is one
 * of the candidates.
 */
export function moduleNearMiss(module, candidates) {
    const list = [...candidates];
    if (list.includes(module))
        return undefined;
    const last = lastSegment(module);
    const namespace = module.slice(0, Math.max(0, module.length - last.length - 1));
    for (const candidate of list) {
        if (lastSegment(candidate) !== last)
            continue;
        const other = candidate.slice(0, Math.max(0, candidate.length - last.length - 1));
        if (editDistance(namespace, other) <= 1)
            return candidate;
        const mine = namespace.split('.');
        const theirs = other.split('.');
        if (mine.length !== theirs.length)
            continue;
        const different = mine.flatMap((segment, index) => (segment === theirs[index] ? [] : [index]));
        if (different.length !== 1)
            continue;
        const index = different[0];
        if (singularPlural(mine[index].toLowerCase(), theirs[index].toLowerCase()))
            return candidate;
    }
    return undefined;
}
/** The table of `candidates` that `name` is a singular/plural slip of. */
export function tableNearMiss(name, candidates) {
    const list = [...candidates];
    if (list.includes(name))
        return undefined;
    return list.find((candidate) => singularPlural(name, candidate));
}
