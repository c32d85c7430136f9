/**
 * `ash-primary-key`: every resource has a primary key.
 * Docs: docs/rules/ash-primary-key.md
 */
import { booleanOption, entityOptions } from '../src/elixir/dsl.js';
import { checkedResources } from '../src/ash/model.js';
import { defineRule } from '../src/rule.js';
import { excerptHint } from '../src/code/excerpts.js';
export default defineRule({
    id: 'ash-primary-key',
    description: 'Every Ash resource has a primary key',
    severity: 'error'
}, {}, function (model, file) {
    for (const resource of checkedResources(model.ash)) {
        // Embedded resources get a hidden one; with fragments, extensions or
        // macros the doc may not show the attribute that is the key.
        if (!resource.use?.ash || resource.embedded || !resource.complete.attributes)
            continue;
        if (resource.primaryKey.length > 0 || !requiresPrimaryKey(resource))
            continue;
        file.message(`Resource \`${resource.module}\` has no primary key: add \`uuid_primary_key :id\``, { place: resource.place }).note = excerptHint;
    }
});
/**
 * Whether Ash requires a primary key of this resource, as its verifier
 * `VerifyPrimaryKeyPresent` (ash v3.32.0) decides: not when the `resource`
 * block sets `require_primary_key? false`, nor when every action is generic
 * and the resource has no fields (attributes, relationships, calculations,
 * aggregates). Embedded resources are left out by the caller.
 */
function requiresPrimaryKey(resource) {
    for (const section of resource.sections) {
        if (section.name === 'resource' && booleanOption(entityOptions(section), 'require_primary_key?') === false)
            return false;
    }
    const noFields = resource.attributes.length === 0 &&
        resource.relationships.length === 0 &&
        resource.calculations.length === 0 &&
        resource.aggregates.length === 0;
    // Actions the doc may not show could be of any type: then Ash's answer is unknown.
    if (noFields && (!resource.complete.actions || resource.actions.every((action) => action.type === 'action')))
        return false;
    return true;
}
