/**
 * `ash-atomic-actions`: an update or destroy action with a function
 * `change` (`change fn changeset, _context -> … end`, `change &fun/2`) says
 * `require_atomic? false`, where Ash's own atomicity check would warn.
 * Docs: docs/rules/ash-atomic-actions.md
 */
import { checkedResources } from '../src/ash/model.js';
import { nonAtomicActions } from '../src/ash/atomic.js';
import { relate } from '../src/document/related.js';
import { defineRule } from '../src/rule.js';
const labels = { update: 'Update', destroy: 'Destroy' };
export default defineRule({
    id: 'ash-atomic-actions',
    description: 'Update and destroy actions with a function `change` set `require_atomic? false` where Ash would warn that they cannot be done atomically',
    severity: 'warn'
}, {}, function (model, file) {
    for (const resource of checkedResources(model.ash)) {
        for (const { action, changes } of nonAtomicActions(resource)) {
            const type = action.type;
            const reason = changes.every((change) => change.global)
                ? "the function `change` of the resource's `changes` block runs on it and has no `atomic/3`"
                : 'its function `change` has no `atomic/3`';
            const message = file.message(`${labels[type]} action \`${action.name}\` of \`${resource.module}\` cannot be done atomically: ${reason}, so Ash warns at compile time; add \`require_atomic? false\` to the action, or write the change as a module with \`atomic/3\``, { place: action.place });
            relate(message, changes.map((change) => ({
                place: change.place,
                message: change.global ? 'function `change` of the `changes` block' : `function \`change\` of \`${action.name}\``
            })));
        }
    }
});
