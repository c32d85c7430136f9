import { toString } from 'mdast-util-to-string';
import { BlockMap, SourceText } from './positions.js';
import { SectionMatcher } from './headings.js';
import { compileForm } from './template.js';
export function headingInfo(node) {
    return { node, text: toString(node).trim(), position: placeOf(node) };
}
export function placeOf(node) {
    const position = node.position;
    if (!position)
        return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return { start: { ...position.start }, end: { ...position.end } };
}
export function buildDocumentModel(tree, file, template) {
    const source = new SourceText(String(file.value ?? ''));
    const model = {
        tree,
        template,
        source,
        titles: [],
        preamble: [],
        sections: [],
        blocks: []
    };
    let section;
    let subsection;
    const matcher = new SectionMatcher(template, tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [headingInfo(node).text] : [])));
    const startSection = function (heading, match) {
        section = {
            heading,
            content: [],
            subsections: [],
            blocks: [],
            template: match?.section,
            role: match?.section.role,
            templateIndex: match?.index ?? -1,
            ...(match?.expected ? { expectedHeading: match.expected } : {})
        };
        subsection = undefined;
        model.sections.push(section);
    };
    for (const node of tree.children) {
        if (node.type === 'heading' && node.depth === 1)
            model.titles.push(headingInfo(node));
        if (node.type === 'heading' && node.depth === 2) {
            const heading = headingInfo(node);
            startSection(heading, matcher.matchSection(heading.text));
            continue;
        }
        if (node.type === 'heading' && node.depth === 3) {
            const heading = headingInfo(node);
            const match = matchForm(section, heading.text);
            // A section's title one level too deep (`### Database Schema`) is that
            // section, not a subsection of the one above it.
            const deep = match ? undefined : matcher.matchDeepSection(heading.text);
            if (deep) {
                startSection(heading, deep);
                continue;
            }
            if (!section) {
                model.preamble.push(node);
                continue;
            }
            subsection = { heading, section, content: [], blocks: [] };
            if (match) {
                subsection.form = match.form;
                subsection.name = match.name;
            }
            section.subsections.push(subsection);
            continue;
        }
        if (subsection)
            subsection.content.push(node);
        else if (section)
            section.content.push(node);
        else
            model.preamble.push(node);
        collectBlocks(node, function (code) {
            const block = createBlock(code, source, template);
            block.section = section;
            block.subsection = subsection;
            model.blocks.push(block);
            section?.blocks.push(block);
            subsection?.blocks.push(block);
        });
    }
    return model;
}
/** The subsection form of the section that a heading matches, with the name it gives. */
function matchForm(section, text) {
    for (const form of section?.template?.subsections ?? []) {
        const compiled = compileForm(form);
        const match = compiled.match(text);
        if (match)
            return { form: compiled, name: match.name };
    }
    return undefined;
}
function createBlock(node, source, template) {
    const rawLanguage = node.lang ?? undefined;
    const lower = rawLanguage?.toLowerCase();
    return {
        node,
        language: lower === undefined ? undefined : (template.languageAliases[lower] ?? lower),
        rawLanguage,
        meta: node.meta ?? undefined,
        value: node.value,
        position: placeOf(node),
        map: new BlockMap(node, source)
    };
}
/** Visit code nodes in document order, without recursion limits on breadth. */
function collectBlocks(node, visit) {
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === 'code') {
            visit(current);
            continue;
        }
        if ('children' in current) {
            const children = current.children;
            for (let index = children.length - 1; index >= 0; index--)
                stack.push(children[index]);
        }
    }
}
/** The (first) section of a given role, if the doc has it. */
export function findSection(model, role) {
    return model.sections.find((section) => section.role === role);
}
