/**
 * `rest-endpoints`: each item of `REST Endpoints` is
 * `` `METHOD /path` - description `` with a known upper-case method, a path
 * that starts with `/` and writes parameters `:name`, and no two items name
 * the same route.
 * Docs: docs/rules/rest-endpoints.md
 */
import { httpMethods } from '../src/rest/endpoints.js';
import { defineRule, reportWithRelated } from '../src/rule.js';
const form = '`` `METHOD /path` - description ``';
export default defineRule({
    id: 'rest-endpoints',
    description: 'REST endpoints are `METHOD /path` - description, with a known method, a `/path` with `:param` segments, no duplicates',
    severity: 'error'
}, {}, function (model, file) {
    const seen = new Map();
    for (const endpoint of model.endpoints ?? []) {
        const { code, method, path } = endpoint;
        if (!code || (!method && !path)) {
            const found = endpoint.text === '' ? 'an empty item' : `\`${short(endpoint.text)}\``;
            file.message(`Expected an endpoint ${form}, found ${found}`, { place: endpoint.place });
            continue;
        }
        const written = code.text;
        if (!method) {
            file.message(`Endpoint \`${written}\` has no HTTP method: expected \`\` \`METHOD ${written}\` \`\``, { place: code.place });
        }
        else if (!method.known) {
            file.message(`Unknown HTTP method \`${method.text}\` in \`${written}\`: expected one of ${httpMethods.join(', ')}`, { place: method.place });
        }
        else if (method.text !== method.name) {
            file.message(`HTTP method \`${method.text}\` in \`${written}\` must be upper-case: \`${method.name}\``, { place: method.place });
        }
        if (!path) {
            file.message(`Endpoint \`${written}\` has no path: expected \`\` \`${method?.text ?? 'METHOD'} /path\` \`\``, { place: code.place });
        }
        else {
            if (!path.text.startsWith('/')) {
                file.message(`Path \`${path.text}\` in \`${written}\` must start with \`/\``, { place: path.place });
            }
            for (const segment of path.params) {
                if (segment.kind === 'braces' || segment.kind === 'angle') {
                    const name = segment.name === '' ? 'name' : segment.name;
                    file.message(`Path parameter \`${segment.text}\` in \`${written}\`: use \`:${name}\` instead of \`${segment.text}\``, { place: segment.place });
                }
                else if (segment.name === '') {
                    file.message(`Path parameter \`${segment.text}\` in \`${written}\` has no name`, { place: segment.place });
                }
            }
        }
        if (endpoint.extra) {
            file.message(`Unexpected \`${endpoint.extra.text}\` after the path in \`${written}\`: expected ${form}`, { place: endpoint.extra.place });
        }
        if (endpoint.trailing) {
            file.message(`Expected \` - \` between \`${written}\` and its description, found \`${short(endpoint.trailing.text)}\``, { place: endpoint.trailing.place });
        }
        else if (!endpoint.description) {
            file.message(`Endpoint \`${written}\` has no description: expected \`\` \`${written}\` - what it does \`\``, { place: endpoint.place });
        }
        if (endpoint.routeKey !== undefined) {
            const first = seen.get(endpoint.routeKey);
            if (!first) {
                seen.set(endpoint.routeKey, endpoint);
            }
            else {
                const firstText = first.code.text;
                reportWithRelated(file, firstText === written
                    ? `Duplicate endpoint \`${written}\` (first listed above)`
                    : `Duplicate endpoint \`${written}\`: the same route as \`${firstText}\` above`, code.place, [{ place: first.code.place, message: firstText === written ? 'first listed here' : `\`${firstText}\` listed here` }]);
            }
        }
    }
});
function short(text) {
    return text.length > 40 ? text.slice(0, 39) + '…' : text;
}
