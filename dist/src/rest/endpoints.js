import { toString } from 'mdast-util-to-string';
import { placeOf } from '../document/model.js';
/** The HTTP methods an endpoint may use, in the order messages list them. */
export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const httpMethodSet = new Set(httpMethods);
/** The model stage. */
export function understandEndpoints(model) {
    const endpoints = [];
    for (const section of model.sections) {
        if (section.role !== 'api')
            continue;
        for (const subsection of section.subsections) {
            if (subsection.form?.form.role !== 'rest')
                continue;
            for (const node of subsection.content) {
                if (node.type !== 'list')
                    continue;
                for (const item of node.children)
                    endpoints.push(readEndpoint(model.source, subsection, item));
            }
        }
    }
    model.endpoints = endpoints;
}
function offsetOf(node, end = false) {
    return end ? node.position?.end.offset : node.position?.start.offset;
}
function placeAt(source, start, end) {
    return { start: source.pointAt(start), end: source.pointAt(end) };
}
/** The code span an item starts with: bare, or the only child of a link, strong or emphasis. */
function leadingCode(first) {
    if (!first)
        return undefined;
    if (first.type === 'inlineCode')
        return { code: first, wrapper: first };
    if ((first.type === 'link' || first.type === 'strong' || first.type === 'emphasis') && first.children.length === 1) {
        const only = first.children[0];
        if (only.type === 'inlineCode')
            return { code: only, wrapper: first };
    }
    return undefined;
}
const separatorPattern = /^[ \t]*(--?|–|—)(?=\s|$)\s*/;
function readEndpoint(source, subsection, item) {
    const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
    const endpoint = {
        subsection,
        item,
        place: placeOf(item),
        text: oneLine(paragraph ? toString(paragraph) : toString(item))
    };
    if (!paragraph)
        return endpoint;
    const lead = leadingCode(paragraph.children[0]);
    if (!lead)
        return endpoint;
    readCode(source, endpoint, lead.code);
    // What follows the code span, from the file's source.
    const restStart = offsetOf(lead.wrapper, true);
    const restEnd = offsetOf(paragraph, true);
    if (restStart === undefined || restEnd === undefined)
        return endpoint;
    const raw = source.text.slice(restStart, restEnd);
    if (raw.trim() === '')
        return endpoint;
    const separator = separatorPattern.exec(raw);
    if (!separator) {
        const lead = raw.length - raw.trimStart().length;
        endpoint.trailing = { text: oneLine(raw), place: placeAt(source, restStart + lead, restEnd) };
        return endpoint;
    }
    const dashStart = restStart + raw.indexOf(separator[1]);
    endpoint.separator = { text: separator[1], place: placeAt(source, dashStart, dashStart + separator[1].length) };
    const rest = oneLine(paragraph.children.slice(1).map((node) => toString(node)).join(''));
    const description = rest.replace(/^(--?|–|—)(?=\s|$)\s*/, '');
    if (description !== '' && separator[0].length < raw.length) {
        endpoint.description = { text: description, place: placeAt(source, restStart + separator[0].length, restEnd) };
    }
    return endpoint;
}
/** Split the code span into method, path and extra text, each with its place. */
function readCode(source, endpoint, node) {
    const start = offsetOf(node);
    const end = offsetOf(node, true);
    endpoint.code = { node, text: oneLine(node.value), place: placeOf(node) };
    if (start === undefined || end === undefined)
        return;
    const raw = source.text.slice(start, end);
    const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
    let from = start + ticks;
    let content = raw.slice(ticks, raw.length - ticks);
    // CommonMark strips one space on each side when both are there.
    if (content.length >= 2 && /^[ \r\n]/.test(content) && /[ \r\n]$/.test(content) && content.trim() !== '') {
        content = content.slice(1, -1);
        from++;
    }
    const tokens = [...content.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: from + match.index, end: from + match.index + match[0].length }));
    let index = 0;
    const first = tokens[0];
    if (first && !first.text.startsWith('/')) {
        const name = first.text.toUpperCase();
        endpoint.method = { text: first.text, name, known: httpMethodSet.has(name), place: placeAt(source, first.start, first.end) };
        index = 1;
    }
    const pathToken = tokens[index];
    if (pathToken) {
        endpoint.path = readPath(source, pathToken.text, pathToken.start);
        index++;
    }
    const extra = tokens.slice(index);
    if (extra.length > 0) {
        const last = extra[extra.length - 1];
        endpoint.extra = { text: source.text.slice(extra[0].start, last.end), place: placeAt(source, extra[0].start, last.end) };
    }
    if (endpoint.method && endpoint.path) {
        const route = endpoint.path.segments
            .map((segment) => (segment.kind === 'static' ? segment.text : segment.kind === 'glob' ? '*' : ':'))
            .join('/');
        endpoint.routeKey = endpoint.method.name + ' /' + route + (endpoint.path.query === undefined ? '' : '?' + endpoint.path.query);
    }
}
/** The text before its first `#` (a fragment), all of it without one. */
function beforeHash(text) {
    const hash = text.indexOf('#');
    return hash === -1 ? text : text.slice(0, hash);
}
function readPath(source, text, start) {
    const cut = text.search(/[?#]/);
    const route = cut === -1 ? text : text.slice(0, cut);
    const query = cut !== -1 && text[cut] === '?' ? beforeHash(text.slice(cut + 1)) : undefined;
    const segments = [];
    let offset = 0;
    for (const part of route.split('/')) {
        if (part !== '') {
            const place = placeAt(source, start + offset, start + offset + part.length);
            segments.push({ ...segmentKind(part), text: part, place });
        }
        offset += part.length + 1;
    }
    return {
        text,
        place: placeAt(source, start, start + text.length),
        route,
        query,
        segments,
        params: segments.filter((segment) => segment.kind !== 'static')
    };
}
function segmentKind(part) {
    if (part.startsWith(':'))
        return { kind: 'param', name: part.slice(1) };
    if (part.startsWith('*'))
        return { kind: 'glob', name: part.slice(1) };
    const braces = /^\{([^{}]*)\}$/.exec(part);
    if (braces)
        return { kind: 'braces', name: braces[1] };
    const angle = /^<([^<>]*)>$/.exec(part);
    if (angle)
        return { kind: 'angle', name: angle[1] };
    return { kind: 'static' };
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
