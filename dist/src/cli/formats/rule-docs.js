/**
 * What SARIF's rule metadata takes from each rule's doc (docs/rules/<id>.md,
 * shipped with the package): `fullDescription` is the first paragraph of
 * "What it checks" (the whole section when that paragraph only leads into a
 * list), `help` is "What it checks" and "Why", as Markdown with the doc's
 * relative links made absolute, and as plain text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../package.js';
/** The doc's text for SARIF, or undefined when the doc cannot be read (a rule of another plugin). */
export function ruleDocText(id, url) {
    let source;
    try {
        source = readFileSync(path.join(packageRoot(), 'docs', 'rules', id + '.md'), 'utf8');
    }
    catch {
        return undefined;
    }
    const checks = section(source, 'What it checks');
    if (!checks)
        return undefined;
    const why = section(source, 'Why');
    const first = checks.split(/\n\s*\n/)[0];
    const lead = first.trimEnd().endsWith(':') ? checks : first;
    const help = `## What it checks\n\n${checks}` + (why ? `\n\n## Why\n\n${why}` : '') + `\n\nFull documentation, options and examples: ${url}`;
    return {
        fullDescription: { text: plain(lead), markdown: absoluteLinks(lead, url) },
        help: { text: plain(help), markdown: absoluteLinks(help.replace(url, `[${id}](${url})`), url) }
    };
}
/** A `## title` section's text, without its heading, trimmed. */
function section(source, title) {
    const lines = source.split(/\r?\n/);
    const start = lines.findIndex((line) => line.trim() === `## ${title}`);
    if (start === -1)
        return undefined;
    let end = start + 1;
    while (end < lines.length && !/^##? /.test(lines[end]))
        end++;
    return lines.slice(start + 1, end).join('\n').trim();
}
/** Relative links resolved against the doc's URL. */
function absoluteLinks(markdown, url) {
    return markdown.replace(/\]\((?!https?:|#)([^)\s]+)\)/g, (_match, target) => `](${new URL(target, url).href})`);
}
/** Markdown as plain text: link text without the target, no bold markers, headings as lines. */
function plain(markdown) {
    return markdown
        // Link text holds no `[`: each scan stops at the next bracket (linear on a run of `[`).
        .replace(/\[([^[\]\n]*)\]\([^)\s]*\)/g, '$1')
        .replaceAll('**', '')
        .replace(/^#+ /gm, '');
}
