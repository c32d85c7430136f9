import { SKIP, visit } from 'unist-util-visit';
/** The preamble, each section (heading and content), each subsection (heading and content), in document order. */
export function documentParts(model) {
    const parts = [{ nodes: model.preamble }];
    for (const section of model.sections) {
        parts.push({ section, nodes: [section.heading.node, ...section.content] });
        for (const subsection of section.subsections) {
            parts.push({ section, subsection, nodes: [subsection.heading.node, ...subsection.content] });
        }
    }
    return parts;
}
/** Containers of phrasing content whose source is scanned as prose. */
export const phrasingContainers = new Set(['paragraph', 'heading', 'tableCell']);
/**
 * Inline nodes whose source is not prose: code, raw HTML, and what uses
 * bracket syntax on purpose (links, link references, images, footnotes).
 */
const notProse = new Set([
    'inlineCode',
    'html',
    'link',
    'linkReference',
    'image',
    'imageReference',
    'footnoteReference'
]);
/** Block nodes never read as prose. */
const notProseBlocks = new Set(['code', 'html', 'definition']);
/** Call `visitor` for every phrasing container (paragraph, heading, table cell) of the nodes, outside code and HTML. */
export function visitPhrasingContainers(nodes, visitor) {
    for (const node of nodes) {
        visit(node, function (child) {
            if (notProseBlocks.has(child.type))
                return SKIP;
            if (phrasingContainers.has(child.type)) {
                visitor(child);
                return SKIP;
            }
            return undefined;
        });
    }
}
/**
 * The outermost `[…]` spans of a phrasing container's source, outside inline
 * code, HTML, links, link references, images and footnote references.
 * Escaped brackets (`\[`) do not count. Adjacent spans (`[text][label]`, a
 * reference whose definition is missing) are one span.
 */
export function bracketedSpans(container, source) {
    const from = container.position?.start.offset;
    const to = container.position?.end.offset;
    if (from === undefined || to === undefined)
        return [];
    const masks = [];
    visit(container, function (node) {
        if (node === container)
            return undefined;
        if (notProse.has(node.type)) {
            const start = node.position?.start.offset;
            const end = node.position?.end.offset;
            if (start !== undefined && end !== undefined)
                masks.push([start, end]);
            return SKIP;
        }
        return undefined;
    });
    masks.sort((a, b) => a[0] - b[0]);
    const text = source.text;
    const spans = [];
    const open = [];
    let mask = 0;
    for (let index = from; index < to; index++) {
        while (mask < masks.length && masks[mask][1] <= index)
            mask++;
        if (mask < masks.length && masks[mask][0] <= index) {
            index = masks[mask][1] - 1;
            continue;
        }
        const char = text.charCodeAt(index);
        if (char !== 91 /* [ */ && char !== 93 /* ] */)
            continue;
        if (isEscaped(text, index, from))
            continue;
        if (char === 91) {
            open.push(index);
        }
        else if (open.length > 0) {
            const start = open.pop();
            if (open.length > 0)
                continue;
            const previous = spans[spans.length - 1];
            if (previous && previous.end === start)
                previous.end = index + 1;
            else
                spans.push({ start, end: index + 1, text: '' });
        }
    }
    for (const span of spans) {
        // A span across lines carries the next line's prefix (indent, `> `): drop it.
        // Spaces before the line break are left to the second replace, which
        // collapses them anyway: matching them here (`[ \t]*\r?\n`) was quadratic.
        span.text = text
            .slice(span.start, span.end)
            .replace(/\r?\n[\s>]*/g, ' ')
            .replace(/\s+/g, ' ');
    }
    return spans;
}
/** Whether the character at `index` is preceded by an odd number of backslashes (after `from`). */
function isEscaped(text, index, from) {
    let count = 0;
    for (let before = index - 1; before >= from && text.charCodeAt(before) === 92 /* \ */; before--)
        count++;
    return count % 2 === 1;
}
