import { liveViewCallbacks, liveViewReturns } from '../src/phoenix/liveviews.js';
import { functionsNamed, moduleHeadingIssues } from '../src/elixir/modules.js';
import { returnedExpressions } from '../src/elixir/returns.js';
import { placeOfNode } from '../src/elixir/dsl.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
import { closest } from '../src/text/suggest.js';
import { definedHere } from '../src/join/symbols.js';
import { relate } from '../src/document/related.js';
const labels = { live_view: 'LiveView', live_component: 'LiveComponent' };
export default defineRule({
    id: 'liveview-component',
    description: 'LiveViews and LiveComponents render (render/1 or a template) and define their callbacks with the right arity, handle_event/3 matches string event names',
    severity: 'warn'
}, {}, function (model, file) {
    for (const component of model.liveViews ?? []) {
        for (const issue of moduleHeadingIssues(component))
            reportWithRelated(file, issue.reason, issue.place, issue.related);
        const module = component.module;
        const kind = component.kind;
        if (!module || !kind)
            continue;
        const label = `${labels[kind]} \`${module.name}\``;
        const complete = module.complete && !component.looseIncomplete;
        // `mount` is optional in both (`@optional_callbacks mount: 3` of
        // Phoenix.LiveView v1.2.10): a page without params or session needs none.
        checkCallback(file, component, complete, label, kind, 'mount', undefined);
        const renders = component.render !== undefined || component.template !== undefined;
        checkCallback(file, component, complete, label, kind, 'render', renders
            ? undefined
            : `${label} does not define \`render/1\` and names no template: define \`render/1\`, call \`embed_templates\`, or name its \`.html.heex\` template in the subsection`);
        checkCallback(file, component, complete, label, kind, 'handle_event', undefined);
        checkEvents(file, component, label);
        checkReturns(file, component, kind, label);
        const symbols = model.symbols?.liveViews.get(module.name);
        if (kind === 'live_view' && complete && symbols?.component === component)
            checkSentEvents(file, symbols, component, label);
    }
});
/**
 * A callback of the kind: defined public with its arity, or reported as
 * defined with another arity, as private, or (with `missing`) as absent.
 */
function checkCallback(file, component, complete, label, kind, name, missing) {
    const callback = liveViewCallbacks[kind].find((entry) => entry.name === name);
    const all = functionsNamed(component.functions, name);
    const isPublic = (fn) => fn.kind === 'def' || fn.kind === 'defdelegate' || fn.kind === 'defmacro';
    const accepts = (fn) => fn.minArity <= callback.arity && callback.arity <= fn.arity;
    if (all.some((fn) => isPublic(fn) && accepts(fn)))
        return;
    const others = all.filter(isPublic);
    for (const fn of others) {
        const count = callback.arity === 1 ? '1 argument' : `${callback.arity} arguments`;
        file.message(`${label} defines \`${name}/${fn.arity}\`: a ${label.split(' ')[0]}'s \`${name}\` takes ${count} (${callback.params})`, { place: fn.place });
    }
    if (others.length > 0)
        return;
    const hidden = all.find((fn) => !isPublic(fn) && accepts(fn));
    if (hidden) {
        file.message(`${label} defines \`${name}/${callback.arity}\` with \`${hidden.kind}\`: a callback must be public (\`def\`)`, { place: hidden.place });
        return;
    }
    if (missing !== undefined && complete && component.module)
        file.message(missing, { place: component.module.place });
}
/** `handle_event/3` clauses whose event pattern can never match a string. */
function checkEvents(file, component, label) {
    for (const { clause, event } of component.events) {
        if (clause.kind !== 'def' || clause.params.length !== 3 || !event)
            continue;
        if (event.kind === 'atom') {
            file.message(`\`handle_event\` of ${label} matches the event \`${event.text}\`, an atom: event names arrive as strings (\`"${event.name}"\`)`, { place: event.place });
        }
        else if (event.kind === 'literal') {
            file.message(`\`handle_event\` of ${label} matches the event with \`${short(event.text)}\`, which is not a string: event names arrive as strings`, { place: event.place });
        }
    }
}
/**
 * A callback whose last expression (or a branch's) is the 2-tuple of the
 * other kind of callback: `{:ok, socket}` from a handler, `{:noreply, socket}`
 * from `mount` or `update`. Only literal tuples the clause surely returns
 * (src/elixir/returns.ts); `defp` helpers and other arities are no callbacks.
 */
function checkReturns(file, component, kind, label) {
    for (const fn of component.functions) {
        if (fn.kind !== 'def')
            continue;
        const expected = Object.hasOwn(liveViewReturns[kind], fn.name) ? liveViewReturns[kind][fn.name] : undefined;
        const callback = liveViewCallbacks[kind].find((entry) => entry.name === fn.name);
        if (!expected || !callback || fn.arity !== callback.arity)
            continue;
        const wrong = expected.tag === 'ok' ? ':noreply' : ':ok';
        for (const clause of fn.clauses) {
            for (const node of returnedExpressions(clause)) {
                if (!isPair(node, wrong))
                    continue;
                file.message(`\`${fn.name}/${fn.arity}\` of ${label} returns \`${pairText(node, wrong)}\`: it must return ${expected.forms}`, {
                    place: placeOfNode(clause.block, node)
                });
            }
        }
    }
}
/** The tuple as written when it is short (`{:ok, socket}`), else its tag (`{:ok, …}`). */
function pairText(tuple, tag) {
    const text = tuple.text.replace(/\s+/g, ' ');
    return text.length <= 40 ? text : `{${tag}, …}`;
}
/** `{tag, value}`: a tuple of two elements whose first is the atom `tag`. */
function isPair(tuple, tag) {
    const elements = tuple.namedChildren.filter((child) => child !== null && child.type !== 'comment');
    return elements.length === 2 && elements[0].type === 'atom' && elements[0].text === tag;
}
function short(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 40 ? line.slice(0, 39) + '…' : line;
}
/**
 * The events a LiveView's `~H` templates send to it (`phx-click="x"` on an
 * element without `phx-target`) each match a `handle_event` clause. The
 * check stands down when a clause matches any event, when the module attaches
 * hooks (`attach_hook` may handle events), when a `use` other than the
 * one that makes it a LiveView may define clauses, and when the module
 * defines no clause and uses a web module (`use MyAppWeb, :live_view`),
 * which may define them all.
 */
function checkSentEvents(file, symbols, component, label) {
    if (!symbols.templateShown || symbols.catchAll || symbols.hooks)
        return;
    if ((component.module?.uses ?? []).some((use) => use !== component.use))
        return;
    // A module without any clause may get them from its web module's `:live_view` (a real pattern):
    // only `use Phoenix.LiveView` says there are none.
    if (component.events.length === 0 && component.use?.module.name !== 'Phoenix.LiveView')
        return;
    const reported = new Set();
    for (const event of symbols.sent) {
        if (symbols.handlers.has(event.name) || symbols.prefixes.some((prefix) => event.name.startsWith(prefix.name)))
            continue;
        const key = `${event.place.start.line}:${event.place.start.column}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        const near = closest(event.name, symbols.handlers.keys());
        const definition = near === undefined ? undefined : symbols.handlers.get(near);
        const message = file.message(`\`${event.binding}="${event.name}"\` sends the event \`${event.name}\` to ${label}, which has no \`handle_event("${event.name}", …)\` clause` +
            (near ? `: did you mean \`"${near}"\`?` : ''), { place: event.place });
        message.note = excerptHint;
        relate(message, definedHere(definition, `\`handle_event("${near}", …)\` of ${label}`));
    }
}
