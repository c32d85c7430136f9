import { closest } from '../src/text/suggest.js';
import { joinFor } from '../src/join/join.js';
import { segmentName } from '../src/join/names.js';
import { listCode } from '../src/text/words.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
/** The action type a method needs on a collection or a member. */
const methodActions = {
    GET: { collection: 'read', member: 'read' },
    POST: { collection: 'create' },
    PUT: { collection: 'update', member: 'update' },
    PATCH: { collection: 'update', member: 'update' },
    DELETE: { collection: 'destroy', member: 'destroy' }
};
export default defineRule({
    id: 'consistency-rest-resources',
    description: 'REST endpoints name resources and actions of the doc, and their methods have the actions they need',
    severity: 'error',
    schema: {
        type: 'object',
        properties: { prefix: { type: 'string', pattern: '^(/[^/]+)*/?$' } },
        additionalProperties: false
    }
}, { prefix: '/api' }, function (model, file, options) {
    const join = joinFor(model, { prefix: options.prefix });
    const known = join.resources.flatMap((joined) => joined.pathNames.map((name) => ({ name, joined })));
    for (const walked of join.endpoints) {
        if (!walked.underPrefix || !walked.endpoint.code)
            continue;
        const unknown = walked.steps.find((step) => step.kind === 'unknown');
        if (unknown) {
            reportUnknown(walked, unknown, known, file);
            continue;
        }
        checkMethod(walked, file);
    }
});
/** True when the doc lists the resource's actions, all of them. */
function actionsListed(resource) {
    return resource !== undefined && resource.complete.actions && resource.sections.some((section) => section.name === 'actions');
}
/** The resource's declaration and its `actions` section: the other places of a message about its actions. */
function resourceAndActions(resource) {
    const section = resource.sections.find((candidate) => candidate.name === 'actions');
    return [resourceDefined(resource), ...(section ? [{ place: section.place, message: `actions of \`${resource.module}\` here` }] : [])];
}
function resourceDefined(resource) {
    return { place: resource.place, message: `resource \`${resource.module}\` defined here` };
}
function reportUnknown(walked, step, known, file) {
    const route = walked.endpoint.code.text;
    const segment = step.segment;
    const name = segmentName(segment.text);
    const selected = step.resource;
    if (!selected) {
        const near = closest(name, known.map((entry) => entry.name));
        const match = known.find((entry) => entry.name === near);
        const hint = match
            ? `: did you mean \`${match.name}\` (\`${match.joined.module}\`)?`
            : known.length > 0
                ? `: expected the plural name of one of its resources (${listCode(known.map((entry) => entry.name), 'or')})`
                : '';
        reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names no resource of the doc${hint}`, segment.place, match ? [resourceDefined({ module: match.joined.module, place: match.joined.place })] : []);
        return;
    }
    if (step.expected === 'relationship') {
        const resource = selected.resource;
        const names = resource.relationships.map((relationship) => relationship.name);
        const near = closest(name, names);
        const relationship = resource.relationships.find((candidate) => candidate.name === near);
        const hint = relationship
            ? `: did you mean \`${relationship.name}\`?`
            : names.length > 0
                ? `: its relationships are ${listCode(names, 'and')}`
                : ': it has no relationships';
        if (!resource.complete.relationships)
            return;
        reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names no relationship of \`${resource.module}\`${hint}`, segment.place, [resourceDefined(resource), ...(relationship ? [{ place: relationship.place, message: `relationship \`${relationship.name}\` defined here` }] : [])]).note = excerptHint;
        return;
    }
    // The actions of a resource known by name only, or not all listed, are unknown.
    const resource = selected.resource;
    if (!actionsListed(resource))
        return;
    const actions = resource.actions.map((action) => action.name);
    const near = closest(name, actions);
    const action = resource.actions.find((candidate) => candidate.name === near);
    const hint = action ? `: did you mean \`${action.name}\`?` : `: its actions are ${listCode(actions, 'and')}`;
    reportWithRelated(file, `Path segment \`${segment.text}\` of \`${route}\` names neither a resource nor an action of \`${resource.module}\`${hint}`, segment.place, action ? [resourceDefined(resource), { place: action.place, message: `action \`${action.name}\` defined here` }] : resourceAndActions(resource)).note = excerptHint;
}
function checkMethod(walked, file) {
    const { endpoint, steps } = walked;
    const method = endpoint.method;
    if (!method?.known)
        return;
    const last = steps[steps.length - 1];
    const before = steps[steps.length - 2];
    let target;
    if (last?.kind === 'resource' && !last.relationship)
        target = { joined: last.resource, kind: 'collection' };
    else if (last?.kind === 'param' && before?.kind === 'resource' && !before.relationship)
        target = { joined: before.resource, kind: 'member' };
    if (!target)
        return;
    const needed = methodActions[method.name]?.[target.kind];
    const resource = target.joined.resource;
    if (!needed || !actionsListed(resource))
        return;
    if (resource.actions.some((action) => action.type === needed))
        return;
    const actions = resource.actions.map((action) => action.name);
    const listed = actions.length > 0 ? `its actions are ${listCode(actions, 'and')}` : 'it has no actions';
    reportWithRelated(file, `\`${endpoint.code.text}\` needs ${needed === 'update' ? 'an' : 'a'} ${needed} action of \`${resource.module}\`, but the resource has none: ${listed}`, method.place, resourceAndActions(resource)).note = excerptHint;
}
