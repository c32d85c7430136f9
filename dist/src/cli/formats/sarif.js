/**
 * `sarif`: a SARIF 2.1.0 log as GitHub code scanning takes it. One run; the
 * driver lists every archdoc-lint rule (id, description, the full
 * description and help from its doc, docs URL, default level); each message
 * is a result with a repo-relative location (relative to the cwd, forward
 * slashes), its other places as `relatedLocations` linked from the message
 * text (`[label](1)`), and a fingerprint that survives lines moving (rule
 * id, file, reason, and the occurrence among identical findings: no
 * position). Failures are tool execution notifications and make the run
 * unsuccessful. The run names its category (`automationDetails.id`) and, in
 * a git checkout with a remote, the repository and commit it looked at.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { toRelative } from '../paths.js';
import { isFailure } from '../failures.js';
import { rules } from '../../rules.js';
import { ruleDocText } from './rule-docs.js';
import { versionControlProvenance } from './provenance.js';
export const informationUri = 'https://github.com/archdoc-lint/archdoc-lint';
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints` (GitHub computes its own `primaryLocationLineHash`). */
export const fingerprintKey = 'archdocLint/v1';
/** The run's category for code scanning (the part before the last `/`); upload-sarif's `category` overrides it. */
export const automationId = 'archdoc-lint/';
function level(message) {
    return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note';
}
/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(relative) {
    return relative.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}
/**
 * SARIF message strings read `[text](id)` as a link to a related location:
 * a literal bracket is escaped with a backslash (SARIF 2.1.0, 3.11.6).
 */
export function escapeBrackets(text) {
    return text.replace(/[[\]]/g, (bracket) => '\\' + bracket);
}
function regionOf(place) {
    return { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column };
}
export const sarif = function (files, context) {
    const descriptors = rules.map(function (rule) {
        const doc = ruleDocText(rule.meta.id, rule.meta.url);
        return {
            id: rule.meta.id,
            shortDescription: { text: rule.meta.description },
            fullDescription: doc?.fullDescription ?? { text: rule.meta.description },
            helpUri: rule.meta.url,
            help: doc?.help ?? {
                text: `${rule.meta.description}. See ${rule.meta.url}`,
                markdown: `${rule.meta.description}. See [\`${rule.meta.id}\`](${rule.meta.url}).`
            },
            defaultConfiguration: { level: rule.meta.severity === 'error' ? 'error' : 'warning' },
            properties: { tags: ['documentation', 'architecture'] }
        };
    });
    const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
    const results = [];
    for (const file of files) {
        const uri = toUri(toRelative(context.cwd, path.resolve(file.cwd, file.path)));
        const occurrences = new Map();
        for (const message of file.messages) {
            if (isFailure(message))
                continue;
            if (context.silent && !message.fatal)
                continue;
            // Rules of other plugins (a config may add remark-lint's) keep their source.
            const ruleId = !message.source || message.source === 'archdoc-lint' ? (message.ruleId ?? 'archdoc-lint') : `${message.source}:${message.ruleId ?? message.source}`;
            let ruleIndex = indexes.get(ruleId);
            if (ruleIndex === undefined) {
                ruleIndex = descriptors.length;
                descriptors.push({
                    id: ruleId,
                    shortDescription: { text: ruleId },
                    ...(message.url ? { helpUri: message.url } : {}),
                    defaultConfiguration: { level: level(message) }
                });
                indexes.set(ruleId, ruleIndex);
            }
            const key = [ruleId, uri, message.reason].join('\0');
            const occurrence = (occurrences.get(key) ?? 0) + 1;
            occurrences.set(key, occurrence);
            const place = message.place;
            const start = place ? ('start' in place ? place.start : place) : undefined;
            const end = place && 'end' in place ? place.end : undefined;
            const region = start
                ? {
                    startLine: start.line,
                    startColumn: start.column,
                    ...(end ? { endLine: end.line, endColumn: end.column } : {})
                }
                : undefined;
            const related = (message.related ?? []).map((entry, index) => ({
                id: index + 1,
                physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: regionOf(entry.place) },
                message: { text: entry.message }
            }));
            const links = related.map((entry) => `[${escapeBrackets(entry.message.text)}](${entry.id})`);
            results.push({
                ruleId,
                ruleIndex,
                level: level(message),
                message: { text: escapeBrackets(message.reason) + (links.length > 0 ? ` (${links.join('; ')})` : '') },
                locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } }],
                ...(related.length > 0 ? { relatedLocations: related } : {}),
                partialFingerprints: {
                    [fingerprintKey]: createHash('sha256').update(key + '\0' + occurrence).digest('hex').slice(0, 32)
                }
            });
        }
    }
    const provenance = versionControlProvenance(context.cwd);
    const log = {
        $schema: sarifSchema,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'archdoc-lint',
                        version: context.version,
                        semanticVersion: context.version,
                        informationUri,
                        rules: descriptors
                    }
                },
                automationDetails: { id: automationId },
                ...(provenance ? { versionControlProvenance: provenance } : {}),
                invocations: [
                    {
                        executionSuccessful: context.failures.length === 0,
                        toolExecutionNotifications: context.failures.map((failure) => ({
                            level: 'error',
                            message: { text: failure.reason },
                            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(failure.where), uriBaseId: '%SRCROOT%' } } }]
                        }))
                    }
                ],
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return JSON.stringify(log, null, 2) + '\n';
};
