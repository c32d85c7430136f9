/**
 * The Phoenix contexts model: what the `Phoenix Contexts` section's
 * subsections (`Context Module: X`) define, built once per file by the
 * `understandContexts` stage and kept on `model.contexts`.
 *
 * A context is either an Ash domain (`use Ash.Domain`, its `resources` with
 * their code interfaces) or a plain module of functions; both keep their
 * functions (name/arity). Every element keeps its Markdown place.
 */
import { findSection } from '../document/model.js';
import { aliasList, atomList, booleanOption, entityOptions } from '../elixir/dsl.js';
import { resolveModule } from '../elixir/aliases.js';
import { readModuleSubsection } from '../elixir/modules.js';
/** The model stage. */
export function understandContexts(model) {
    const section = findSection(model, 'contexts');
    model.contexts = (section?.subsections ?? []).map(function (subsection) {
        const base = readModuleSubsection(subsection);
        const context = { ...base, functions: base.module?.functions ?? [] };
        if (base.module)
            context.domain = readDomain(base.module);
        return context;
    });
}
function readDomain(module) {
    const use = module.uses.find((entry) => entry.module.name === 'Ash.Domain');
    if (!use)
        return undefined;
    const resolve = (value) => value.kind === 'alias' ? resolveModule(value, module.aliases, module.name) : undefined;
    const optionValue = (key) => use.options.find((pair) => pair.key === key)?.value;
    const domain = {
        use,
        options: use.options,
        extensions: (aliasList(optionValue('extensions')) ?? []).flatMap((value) => resolve(value) ?? []),
        resourcesSections: [],
        resources: [],
        allowUnregistered: false,
        complete: module.complete && optionValue('fragments') === undefined
    };
    for (const section of module.body) {
        if (section.name !== 'resources')
            continue;
        domain.resourcesSections.push(section);
        if (section.bodyHasOther || section.elision || !section.body)
            domain.complete = false;
        for (const entry of section.body ?? []) {
            if (entry.name === 'resource') {
                const target = entry.args[0];
                const ref = target ? resolve(target) : undefined;
                if (!ref) {
                    domain.complete = false;
                    continue;
                }
                domain.resources.push({
                    module: ref,
                    place: ref.place,
                    declarationPlace: entry.place,
                    interfaces: (entry.body ?? []).flatMap((call) => readInterface(call) ?? []),
                    call: entry
                });
            }
            else if (entry.name === 'allow_unregistered?') {
                const value = entry.args[0];
                if (value?.kind === 'boolean')
                    domain.allowUnregistered = value.value;
                else
                    domain.complete = false;
            }
            else if (entry.name !== 'allow' && entry.name !== 'registry') {
                // A macro or a call we do not know: it may add resources.
                domain.complete = false;
            }
        }
    }
    return domain;
}
function readInterface(call) {
    if (call.name !== 'define' && call.name !== 'define_calculation')
        return undefined;
    const nameValue = call.args[0];
    if (nameValue?.kind !== 'atom')
        return undefined;
    const options = entityOptions(call);
    const option = (key) => options.find((entry) => entry.key === key);
    const actionKey = call.name === 'define' ? 'action' : 'calculation';
    const actionValue = option(actionKey)?.value;
    const action = actionValue?.kind === 'atom'
        ? { name: actionValue.value, place: actionValue.place, defaulted: false }
        : { name: nameValue.value, place: nameValue.place, defaulted: true };
    const args = [];
    const argsValue = option('args')?.value;
    for (const item of argsValue?.kind === 'list' ? argsValue.items : []) {
        if (item.kind === 'atom')
            args.push({ name: item.value, optional: false, place: item.place });
        else if (item.kind === 'tuple' && item.items.length === 2) {
            const [flag, name] = item.items;
            if (flag.kind === 'atom' && name.kind === 'atom')
                args.push({ name: name.value, optional: flag.value === 'optional', place: item.place });
        }
    }
    const getBy = (atomList(option('get_by')?.value) ?? []).map((atom) => ({ name: atom.value, place: atom.place }));
    return {
        kind: call.name,
        name: nameValue.value,
        place: nameValue.place,
        action,
        args,
        getBy,
        get: booleanOption(options, 'get?') === true || getBy.length > 0,
        options,
        call
    };
}
