/**
 * `phoenix-context`: each `Context Module: X` subsection defines `X`, and an
 * Ash domain lists, in its `resources`, the resources of this doc that name
 * it as their domain.
 * Docs: docs/rules/phoenix-context.md
 */
import { checkedResources } from '../src/ash/model.js';
import { moduleHeadingIssues } from '../src/elixir/modules.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
export default defineRule({
    id: 'phoenix-context',
    description: 'Each context subsection defines the module its heading names; a domain lists the resources of the doc that belong to it',
    severity: 'warn'
}, {}, function (model, file) {
    // Resources with a syntax error are left to the syntax rule, as the Ash rules do.
    const resources = checkedResources(model.ash);
    for (const context of model.contexts ?? []) {
        for (const issue of moduleHeadingIssues(context))
            reportWithRelated(file, issue.reason, issue.place, issue.related);
        const module = context.module;
        const domain = context.domain;
        if (!module || !domain || !domain.complete || domain.allowUnregistered)
            continue;
        const listed = new Set(domain.resources.map((resource) => resource.module.name));
        const at = domain.resourcesSections[0]?.namePlace ?? domain.use.call.place;
        for (const resource of resources) {
            if (resource.domain?.name !== module.name || listed.has(resource.module))
                continue;
            reportWithRelated(file, `Domain \`${module.name}\` does not list resource \`${resource.module}\` in its \`resources\``, at, [
                { place: resource.place, message: `resource \`${resource.module}\` defined here` }
            ]);
        }
    }
});
