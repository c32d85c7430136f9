import { SKIP, visit } from 'unist-util-visit';
import { findSection } from '../src/document/model.js';
import { documentParts } from '../src/document/prose.js';
import { templatePlaceholders } from '../src/document/placeholders.js';
import { defineRule, normalizeConfig } from '../src/rule.js';
const story = templatePlaceholders.storyReference;
const rule = defineRule({
    id: 'story-reference',
    description: 'The Story Reference section holds exactly one story reference `NNNNNN-StoryName`',
    severity: 'error',
    schema: {
        type: 'object',
        properties: {
            pattern: { type: 'string', minLength: 1 },
            matchFileName: { type: 'boolean' }
        },
        additionalProperties: false
    }
}, { pattern: story.pattern, matchFileName: false }, function (model, file, options) {
    const section = findSection(model, 'story');
    // A missing section is `required-sections`' message, not this rule's.
    if (!section)
        return;
    const check = checker(options.pattern);
    const place = (word) => ({ start: model.source.pointAt(word.start), end: model.source.pointAt(word.end) });
    const references = [];
    let attempts = 0;
    for (const word of sectionWords(model, section)) {
        const verdict = check(word.text);
        if (verdict === notAReference)
            continue;
        if (verdict === valid) {
            if (!references.some((reference) => reference.text === word.text))
                references.push(word);
            continue;
        }
        attempts++;
        file.message(verdict, { place: place(word) });
    }
    if (references.length > 1) {
        file.message(`found ${references.length} story references, expected 1`, { place: place(references[1]) });
    }
    if (references.length === 0 && attempts === 0) {
        const expected = options.pattern === story.pattern
            ? `\`${story.placeholder}\``
            : `a reference matching \`${options.pattern}\``;
        file.message(`no story reference found: expected ${expected}`, { place: section.heading.position });
    }
    const reference = references[0];
    if (options.matchFileName && reference && file.path && !startsWithReference(file.stem ?? '', reference.text)) {
        file.message(`file name \`${file.basename}\` does not start with the story reference \`${reference.text}\``, { place: place(reference) });
    }
});
/**
 * The rule, with `pattern` compiled when the rule is configured: a pattern
 * that is not a regular expression is a config error naming the option, not
 * a failure while linting each file.
 */
const storyReference = function (config) {
    const [severity, options] = normalizeConfig(rule.meta, config);
    const pattern = options?.pattern;
    if (severity !== 0 && typeof pattern === 'string')
        compilePattern(pattern);
    return rule.call(this, config);
};
Object.defineProperty(storyReference, 'name', { value: rule.name });
storyReference.meta = rule.meta;
export default storyReference;
function compilePattern(pattern) {
    try {
        return new RegExp(pattern);
    }
    catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        throw new Error(`story-reference: option \`pattern\` is not a valid regular expression (${cause})`);
    }
}
const notAReference = Symbol('not a reference');
const valid = Symbol('valid');
/**
 * The shape of an attempt at a reference in the template's form: a number
 * (or the placeholder's `N`s), maybe a separator, a name. Only such words
 * are diagnosed, so ordinary prose in the section is left alone.
 */
const attemptShape = /^(?<number>\d+|N{2,})(?<separator>[-_\u2013\u2014]?)(?<name>[A-Za-z]\S*)$/u;
const pascalName = /^[A-Z][A-Za-z0-9]*$/;
function isAttempt(number, separator) {
    if (number.startsWith('N'))
        return separator !== '';
    // `1-Click` or `3D` are prose; `12345-AddUsers` and `004217AddUsers` are slips.
    return separator === '' ? number.length >= 6 : number.length >= 3;
}
/** The verdict for one word: a valid reference, not a reference at all, or what is wrong with it. */
function checker(pattern) {
    const regex = compilePattern(pattern);
    const isDefault = pattern === story.pattern;
    return function (word) {
        if (word === story.placeholder)
            return `story reference is the template placeholder \`${story.placeholder}\``;
        const shape = attemptShape.exec(word)?.groups;
        const attempt = shape !== undefined && isAttempt(shape.number, shape.separator);
        if (!isDefault) {
            if (regex.test(word))
                return valid;
            return attempt ? `\`${word}\` does not match the story reference pattern \`${pattern}\`` : notAReference;
        }
        if (!attempt)
            return notAReference;
        const { number, separator, name } = shape;
        if (number.startsWith('N'))
            return `expected 6 digits, found the placeholder \`${number}\` in \`${word}\``;
        if (number.length !== 6)
            return `expected 6 digits, found ${number.length} in \`${word}\``;
        if (separator !== '-')
            return `expected a hyphen after the number in \`${word}\``;
        if (!/^[A-Z]/.test(name))
            return `name must start with an uppercase letter in \`${word}\``;
        if (name === story.placeholderName)
            return `name is the template placeholder \`${story.placeholderName}\` in \`${word}\``;
        if (!pascalName.test(name))
            return `expected a PascalCase name (letters and digits only) in \`${word}\``;
        return regex.test(word) ? valid : `\`${word}\` does not match the story reference pattern \`${pattern}\``;
    };
}
/** Punctuation around a word that is not part of it: brackets, quotes, backticks, sentence marks. */
const leading = new Set(['[', '(', '{', '<', '"', "'", '`', '\u201c', '\u2018']);
const trailing = new Set([']', ')', '}', '>', '"', "'", '`', '\u201d', '\u2019', '.', ',', ';', ':', '!', '?']);
/**
 * The words of the section's text and inline code (link text included, link
 * URLs not), read from the source so offsets are exact, in document order.
 */
function sectionWords(model, section) {
    const words = [];
    const text = model.source.text;
    for (const part of documentParts(model)) {
        if (part.section !== section)
            continue;
        // The section's own heading is the section's name, not its content.
        const nodes = part.subsection ? part.nodes : part.nodes.slice(1);
        for (const node of nodes) {
            visit(node, function (child) {
                if (child.type === 'code' || child.type === 'html' || child.type === 'definition')
                    return SKIP;
                if (child.type !== 'text' && child.type !== 'inlineCode')
                    return undefined;
                const start = child.position?.start.offset;
                const end = child.position?.end.offset;
                if (start === undefined || end === undefined)
                    return undefined;
                for (const match of text.slice(start, end).matchAll(/[^\s,;]+/g)) {
                    let from = start + match.index;
                    let to = from + match[0].length;
                    while (from < to && leading.has(text[from]))
                        from++;
                    while (to > from && trailing.has(text[to - 1]))
                        to--;
                    if (from < to)
                        words.push({ text: text.slice(from, to), start: from, end: to });
                }
                return undefined;
            });
        }
    }
    return words;
}
/** `004217-TeamInvitations-design` starts with `004217-TeamInvitations`; `004217-TeamInvitationsV2` does not. */
function startsWithReference(stem, reference) {
    if (!stem.startsWith(reference))
        return false;
    const next = stem.charAt(reference.length);
    return next === '' || !/[A-Za-z0-9]/.test(next);
}
