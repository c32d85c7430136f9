/**
 * `ash-primary-key`: every resource has a primary key.
 * Docs: docs/rules/ash-primary-key.md
 */
import { checkedResources } from '../src/ash/model.js';
import { defineRule } from '../src/rule.js';
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
        if (resource.primaryKey.length > 0)
            continue;
        file.message(`Resource \`${resource.module}\` has no primary key: add \`uuid_primary_key :id\``, { place: resource.place });
    }
});
