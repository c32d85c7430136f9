/**
 * `ash-policies`: policies hold checks, checks sit in policies, and a
 * resource with the policy authorizer has policies, and `action(...)`
 * conditions name actions of the resource.
 * Docs: docs/rules/ash-policies.md
 */
import { aliasList, findOption, shortText } from '../src/elixir/dsl.js';
import { extensionsAddingNoFields, policyAuthorizer } from '../src/ash/knowledge.js';
import { span } from '../src/ash/messages.js';
import { checkedResources } from '../src/ash/model.js';
import { defineRule } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
import { closest } from '../src/text/suggest.js';
import { definedHere } from '../src/join/symbols.js';
import { relate } from '../src/document/related.js';
import { actionsComplete, policyActions } from '../src/join/resource-references.js';
/** Options of a policy block: they configure it, they do not check anything. */
const policyOptions = new Set(['description', 'access_type']);
const labels = {
    policy: 'Policy',
    bypass: 'Bypass',
    field_policy: 'Field policy',
    field_policy_bypass: 'Field policy bypass'
};
/** True when the policy shows no check and nothing that could add one. */
function hasNoChecks(policy) {
    const call = policy.call;
    if (policy.checks.length > 0 || call.bodyHasOther)
        return false;
    if (call.options.some((pair) => pair.key === 'do'))
        return false;
    return (call.body ?? []).every((inner) => policyOptions.has(inner.name));
}
export default defineRule({
    id: 'ash-policies',
    description: 'Policies hold checks, checks sit inside policies, and the policy authorizer comes with policies',
    severity: 'warn'
}, {}, function (model, file) {
    for (const resource of checkedResources(model.ash)) {
        if (!resource.use)
            continue;
        const policies = resource.policies;
        for (const policy of policies.policies) {
            if (!hasNoChecks(policy))
                continue;
            const subject = [policy.fields, policy.condition].filter((value) => value !== undefined);
            const name = subject.map((value) => shortText(value.text)).join(', ');
            const last = subject[subject.length - 1];
            file.message(`${labels[policy.kind]}${name ? ` \`${name}\`` : ''} has no checks: add \`authorize_if\`, \`forbid_if\`, \`authorize_unless\` or \`forbid_unless\``, { place: last && last.place.start.line === policy.call.namePlace.start.line ? span(policy.call.namePlace, last.place) : policy.call.namePlace });
        }
        for (const check of policies.strayChecks) {
            const argument = check.check;
            file.message(`Check \`${check.kind}${argument ? ' ' + shortText(argument.text) : ''}\` is outside any policy: move it into a \`policy\` or \`bypass\` block`, { place: check.call.namePlace });
        }
        const symbols = model.symbols?.resources.get(resource.module);
        if (symbols?.resource === resource && actionsComplete(symbols)) {
            // A `policy_group` condition is every nested policy's: report it once.
            const seen = new Set();
            for (const policy of policies.policies) {
                for (const condition of [...policy.groups, policy.condition]) {
                    for (const named of policyActions(condition)) {
                        const key = `${named.place.start.line}:${named.place.start.column}`;
                        if (symbols.actions.has(named.name) || seen.has(key))
                            continue;
                        seen.add(key);
                        const near = closest(named.name, symbols.actions.keys());
                        const definition = near === undefined ? undefined : symbols.actions.get(near);
                        const message = file.message(`\`${named.call.name}(:${named.name})\` names an action \`${resource.module}\` does not define: the ${labels[policy.kind].toLowerCase()} never applies` +
                            (near ? `; did you mean \`:${near}\`?` : ''), { place: named.place });
                        message.note = excerptHint;
                        relate(message, definedHere(definition, `Action \`${near}\` of \`${resource.module}\``));
                    }
                }
            }
        }
        const authorizer = resource.authorizers.find((module) => module.name === policyAuthorizer);
        const misplaced = resource.extensions.find((module) => module.name === policyAuthorizer);
        if (misplaced && !authorizer && authorizersKnown(resource)) {
            // Ash's `VerifyInAuthorizers` (ash v3.32.0) fails, and Spark turns a verifier's error into a compile warning.
            file.message(`\`${policyAuthorizer}\` is in \`extensions\` of \`${resource.module}\`, not in \`authorizers\`: Ash warns and applies no policy; move it to \`authorizers: [${policyAuthorizer}]\``, { place: misplaced.place });
        }
        const access = policies.policies.filter((policy) => policy.kind === 'policy' || policy.kind === 'bypass');
        if (authorizer && resource.complete.policies && access.length === 0 && !domainMayHavePolicies(model, resource)) {
            file.message(`Resource \`${resource.module}\` uses \`${policyAuthorizer}\` but has no policies: add a \`policies do ... end\` section (without a policy, every request is forbidden)`, { place: authorizer.place }).note = excerptHint;
        }
    }
});
/**
 * Ash adds the domain's policies to the resource's own (ash v3.32.0,
 * `Ash.Policy.Info`): a resource without policies may still be authorized by
 * them. Known not to be only when the resource has no domain, or the doc shows
 * the whole domain module (under Phoenix Contexts) and it has no `policies`.
 */
function domainMayHavePolicies(model, resource) {
    const domain = resource.domain?.name;
    if (!domain)
        return false;
    const context = model.contexts?.find((candidate) => candidate.domain && candidate.module?.name === domain);
    const module = context?.module;
    if (!module || !module.complete || !context.domain?.complete)
        return true;
    return module.body.some((call) => call.name === 'policies');
}
/**
 * True when the doc shows every authorizer of the resource: a direct `use
 * Ash.Resource` without fragments (whose `authorizers` are merged) or
 * extensions other than the known ones, with `authorizers:` absent or a list
 * of modules.
 */
function authorizersKnown(resource) {
    const use = resource.use;
    if (!use?.ash || resource.fragments.length > 0 || findOption(use.options, 'fragments'))
        return false;
    // An extension's transformer may register the authorizer itself.
    if (resource.extensions.some((extension) => !extensionsAddingNoFields.has(extension.name)))
        return false;
    const value = findOption(use.options, 'authorizers')?.value;
    return value === undefined || aliasList(value) !== undefined;
}
