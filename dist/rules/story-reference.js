import { SKIP, visit } from 'unist-util-visit';
import { findSection } from '../src/document/model.js';
import { documentParts } from '../src/document/prose.js';
import { templatePlaceholders } from '../src/document/placeholders.js';
import { defineRule } from '../src/rule.js';
const story = templatePlaceholders.storyReference;
/** The section that holds the reference: the one place that says how it is found. */
function storySection(model) {
    return findSection(model, 'story');
}
export default defineRule({
    id: 'story-reference',
    description: 'The Story Reference section holds exactly one story reference `NNNNNN-StoryName`',
    severity: 'error',
    fixable: true,
    schema: {
        type: 'object',
        properties: {
            pattern: { type: 'string', minLength: 1 },
            matchFileName: { type: 'boolean' }
        },
        additionalProperties: false
    }
}, { pattern: story.pattern, matchFileName: false }, function (model, file, options) {
    const section = storySection(model);
    // A missing section is `required-sections`' message, not this rule's.
    if (!section)
        return;
    const words = sectionWords(model, section);
    const named = namedFile(file);
    const isDefault = options.pattern === story.pattern;
    const classify = isDefault ? defaultClassifier(named) : customClassifier(compilePattern(options.pattern), options.pattern);
    const report = function (span, finding) {
        const message = file.message(finding.reason, {
            place: { start: model.source.pointAt(span.start), end: model.source.pointAt(span.end) }
        });
        // The exact correction, as data (unified's `actual`/`expected`), for fixes.
        if (finding.expected !== undefined) {
            message.actual = span.text;
            message.expected = [finding.expected];
            message.fix = { range: [span.start, span.end], text: finding.expected };
        }
    };
    // Distinct references, each at its first place: the same one twice is one.
    const references = new Map();
    let attempts = 0;
    for (const word of words) {
        const finding = classify(word.text);
        if (finding === undefined)
            continue;
        if (finding === reference) {
            if (!references.has(word.text))
                references.set(word.text, word);
            continue;
        }
        attempts++;
        report(word, finding);
    }
    // Forms that are also ordinary prose (`1-Click`, `PROJ-7`, `000007 Export`)
    // are an attempt only when the section has nothing better: then the
    // closest one is, and it takes the place of "no story reference found".
    if (isDefault && references.size === 0 && attempts === 0) {
        const closest = closestCandidate(words, model.source.text, named);
        if (closest) {
            report(closest.span, closest.finding);
            attempts++;
        }
    }
    const [first, ...others] = references.values();
    for (const other of others) {
        report(other, {
            reason: `another story reference \`${other.text}\`: a design doc covers one story, and \`${first.text}\` comes first`
        });
    }
    if (!first && attempts === 0) {
        const expected = isDefault
            ? named?.reference
                ? `\`${named.reference}\`, the file name's reference`
                : `\`${story.placeholder}\``
            : `a reference matching \`${options.pattern}\``;
        const message = file.message(`no story reference found: expected ${expected}`, { place: section.heading.position });
        if (isDefault && named?.reference) {
            message.expected = [named.reference];
            // The file name's reference, as the section's first paragraph.
            const end = section.heading.position.end.offset;
            if (end !== undefined)
                message.fix = { range: [end, end], text: '\n\n' + named.reference };
        }
    }
    if (!first)
        return;
    if (options.matchFileName) {
        if (file.path && !startsWithReference(file.stem ?? '', first.text)) {
            report(first, { reason: `file name \`${file.basename}\` does not start with the story reference \`${first.text}\`` });
        }
    }
    else if (named && references.size === 1) {
        const disagreement = fileNameDisagreement(named, first.text);
        if (disagreement) {
            report(first, {
                reason: `story reference \`${first.text}\` does not agree with the file name \`${named.basename}\`: ${disagreement}`
            });
        }
    }
}, 
// A pattern that is not a regular expression is a config error naming the
// option, not a failure while linting each file.
(options) => void compilePattern(options.pattern));
function compilePattern(pattern) {
    try {
        return new RegExp(pattern);
    }
    catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        throw new Error(`story-reference: option \`pattern\` is not a valid regular expression (${cause})`);
    }
}
const reference = Symbol('reference');
/**
 * An attempt in the template's form: a number (or the placeholder's `N`s),
 * maybe a separator, a name. Digits and letters are disjoint; the `N`s are
 * taken whole (`(?!N)`), as giving some back to the name only ever found a
 * word without a separator (no attempt) and cost quadratic time on a long
 * run of `N`s. So the match is linear.
 */
const attemptShape = /^(?<id>\d+|N{2,}(?!N))(?<separator>[-_\u2013\u2014]?)(?<name>[A-Za-z][^\s\p{Cc}]*)$/u;
/**
 * Whether a word in the template's form is surely an attempt, wherever it
 * stands: `12345-AddUsers` or `004217AddUsers` are slips; `1-Click`, `3D` or
 * `2024-Q3` may be prose.
 */
function isSureAttempt(id, separator) {
    if (id.startsWith('N'))
        return separator !== '';
    return separator === '' ? id.length >= 6 : id.length >= 5;
}
/** The id, separator and name of a word, when it is surely an attempt. */
function sureAttemptForm(word) {
    const shape = attemptShape.exec(word)?.groups;
    if (!shape || !isSureAttempt(shape.id, shape.separator))
        return undefined;
    return { text: word, id: shape.id, separator: shape.separator, name: shape.name };
}
/** With the default pattern: each problem of an attempt by name, with its correction. */
function defaultClassifier(named) {
    return function (word) {
        if (word === story.placeholder) {
            return {
                reason: `story reference is the template placeholder \`${story.placeholder}\`: expected ` +
                    (named?.reference ? `\`${named.reference}\`, the file name's reference` : "the story's own reference"),
                expected: named?.reference
            };
        }
        const form = sureAttemptForm(word);
        if (!form)
            return undefined;
        const diagnosis = diagnose(form, named);
        return diagnosis ? { reason: diagnosis.reason, expected: diagnosis.expected } : reference;
    };
}
/**
 * With a custom pattern: every word that matches it is a reference, and a
 * word surely meant as one in the template's form that does not is reported
 * against the pattern (the digit, hyphen and name messages are the default
 * form's).
 */
function customClassifier(regex, pattern) {
    return function (word) {
        if (word === story.placeholder)
            return { reason: `story reference is the template placeholder \`${story.placeholder}\`` };
        if (regex.test(word))
            return reference;
        if (sureAttemptForm(word))
            return { reason: `\`${word}\` does not match the story reference pattern \`${pattern}\`` };
        return undefined;
    };
}
const formDescription = `the form \`${story.placeholder}\` (6 digits, a hyphen, a PascalCase name)`;
/**
 * What is wrong with an attempt in the default form, every problem at once,
 * and the corrected reference when exactly one is right; `undefined` when the
 * attempt is a valid reference.
 */
function diagnose(form, named) {
    const problems = [];
    let distance = 0;
    let fromFileName = false;
    let id = form.id;
    if (form.id.startsWith('N')) {
        problems.push(`the id is the template placeholder \`${form.id}\``);
        distance += 6;
        id = undefined;
    }
    else if (form.id.length !== 6) {
        problems.push(`the id has ${form.id.length} ${form.id.length === 1 ? 'digit' : 'digits'} instead of 6`);
        distance += Math.abs(form.id.length - 6);
        // `7` is `000007`; `0004217` is `004217`; `1234567` has no one correction.
        id = form.id.length < 6 ? form.id.padStart(6, '0') : /^0+$/.test(form.id.slice(0, -6)) ? form.id.slice(-6) : undefined;
    }
    const separator = separatorProblem(form.separator);
    if (separator) {
        problems.push(separator);
        distance += 1;
    }
    let name;
    if (form.name === undefined) {
        problems.push('the name is missing');
        distance += 6;
    }
    else if (form.name === story.placeholderName) {
        problems.push(`the name is the template placeholder \`${story.placeholderName}\``);
        distance += 6;
    }
    else {
        const lowercase = !/^[A-Z]/.test(form.name);
        const others = [...new Set(form.name.match(/[^A-Za-z0-9]/gu) ?? [])].map(showChar);
        const otherChars = `characters other than letters and digits (${others.join(' ')})`;
        if (lowercase && others.length > 0)
            problems.push(`the name starts with a lowercase letter and has ${otherChars}`);
        else if (lowercase)
            problems.push('the name starts with a lowercase letter');
        else if (others.length > 0)
            problems.push(`the name has ${otherChars}`);
        distance += (lowercase ? 1 : 0) + others.length;
        name = pascalCase(form.name);
    }
    if (problems.length === 0)
        return undefined;
    // What the template's placeholders or a missing name leave open, a file
    // named like a reference may say: when its other part agrees.
    if (named?.reference) {
        const idAgrees = id === undefined || id === named.id;
        const nameAgrees = name === undefined || nameMatches(name, named.name);
        if ((id === undefined || name === undefined) && idAgrees && nameAgrees) {
            id = named.id;
            name = named.name;
            fromFileName = true;
        }
    }
    const expected = id !== undefined && name !== undefined ? `${id}-${name}` : undefined;
    let right;
    if (expected)
        right = `\`${expected}\`` + (fromFileName ? ", the file name's reference" : '');
    else if (id !== undefined)
        right = `the story's PascalCase name after \`${id}-\``;
    else if (name !== undefined)
        right = `the story's 6-digit id before \`-${name}\``;
    else
        right = formDescription;
    return { reason: `malformed story reference \`${form.text}\`: ${problems.join(', ')}; expected ${right}`, expected, distance };
}
/** A character for a message: as itself when visible, else its code point (`U+200B`). */
function showChar(char) {
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? '`' + char + '`' : 'U+' + char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
}
const separatorNames = {
    _: '`_`',
    '\u2013': 'an en dash (`\u2013`)',
    '\u2014': 'an em dash (`\u2014`)'
};
/** What is wrong between id and name, if anything: `-` is right, written tight. */
function separatorProblem(separator) {
    if (separator === '-')
        return undefined;
    if (separator === '')
        return 'no hyphen between id and name';
    const mark = separator.trim();
    if (mark === '-')
        return 'spaces around the hyphen between id and name';
    if (mark === '')
        return 'a space instead of a hyphen between id and name';
    const spaced = mark !== separator ? ' with spaces' : '';
    return `${separatorNames[mark] ?? '`' + mark + '`'}${spaced} instead of a hyphen between id and name`;
}
/**
 * `exportInvoices` → `ExportInvoices`, `Team_Invitations` → `TeamInvitations`,
 * `export-invoices` → `ExportInvoices`; `undefined` when other characters
 * leave more than one right answer.
 */
function pascalCase(name) {
    const parts = name.split(/[-_]/);
    if (parts.some((part) => !/^[A-Za-z0-9]+$/.test(part)))
        return undefined;
    const joined = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return /^[A-Z]/.test(joined) ? joined : undefined;
}
/** `PROJ-7`: an issue-tracker key. */
const trackerKey = /^[A-Z][A-Z0-9]+-\d+$/;
/** After a 6-digit id: the spaces (and maybe a dash) before a name written as a second word. */
const spacedSeparator = /[ \t]+(?:[-_\u2013\u2014][ \t]*)?|[-_\u2013\u2014][ \t]+/y;
const nameWord = /^[A-Z][A-Za-z0-9]*$/;
/**
 * The candidate closest to a valid reference among the forms that may also
 * be prose: a short id (`7-ExportInvoices`), an id and name as two words
 * (`000007 ExportInvoices`), an id alone (`000007`), a tracker key
 * (`PROJ-7`). The first wins a tie.
 */
function closestCandidate(words, text, named) {
    const candidates = [];
    for (let index = 0; index < words.length; index++) {
        const word = words[index];
        const shape = attemptShape.exec(word.text)?.groups;
        if (shape && shape.separator !== '' && !shape.id.startsWith('N')) {
            candidates.push(formCandidate(word, { text: word.text, id: shape.id, separator: shape.separator, name: shape.name }, named));
        }
        else if (/^\d{6}$/.test(word.text)) {
            spacedSeparator.lastIndex = word.end;
            const gap = spacedSeparator.exec(text);
            // The name is the next word, or the one after a lone dash (`000007 - Export`).
            const nameIndex = [index + 1, index + 2].find((at) => gap && words[at]?.start === word.end + gap[0].length) ?? -1;
            const name = words[nameIndex];
            if (name && nameWord.test(name.text)) {
                const span = { text: text.slice(word.start, name.end), start: word.start, end: name.end };
                candidates.push(formCandidate(span, { text: span.text, id: word.text, separator: gap[0], name: name.text }, named));
                index = nameIndex;
            }
            else {
                candidates.push(formCandidate(word, { text: word.text, id: word.text, separator: '-', name: undefined }, named));
            }
        }
        else if (trackerKey.test(word.text)) {
            candidates.push({
                span: word,
                finding: { reason: `\`${word.text}\` looks like a tracker key, not a story reference: expected ${formDescription}` },
                // Nothing of a reference but the hyphen: farther than any form with an id.
                distance: 100,
                words: 0
            });
        }
    }
    // On a tie, the longer PascalCase name (`7-ExportInvoices` rather than
    // `1-Click`: story names are rarely one word), then the first.
    let closest;
    for (const candidate of candidates) {
        if (!closest || candidate.distance < closest.distance || (candidate.distance === closest.distance && candidate.words > closest.words)) {
            closest = candidate;
        }
    }
    return closest;
}
function formCandidate(span, form, named) {
    // Every candidate's form has a problem (a valid one is a reference).
    const { distance, ...finding } = diagnose(form, named);
    return { span, finding, distance, words: form.name?.match(/[A-Z]/g)?.length ?? 0 };
}
/** The file's name when it starts like a reference; files without a path (stdin) have none. */
function namedFile(file) {
    if (!file.path)
        return undefined;
    const stem = file.stem ?? '';
    const match = /^(\d{6})-([A-Za-z][\s\S]*)$/.exec(stem);
    if (!match)
        return undefined;
    const [, id, rest] = match;
    const exact = /^[A-Z][A-Za-z0-9]*$/.test(rest);
    return { basename: file.basename ?? stem, id, rest, reference: exact ? stem : undefined, name: exact ? rest : undefined };
}
/** Separators a file name may use between words where a reference has none. */
const nameSeparators = new Set(['-', '_', '.', ' ']);
/**
 * Whether a file name's part after the id names the reference's name,
 * ignoring case and separators, followed by nothing or a separator:
 * `export-invoices` and `ExportInvoices-design` name `ExportInvoices`;
 * `ExportInvoicesV2` does not.
 */
function nameMatches(name, rest) {
    let at = 0;
    for (const char of name) {
        if (nameSeparators.has(char))
            continue;
        while (at < rest.length && nameSeparators.has(rest[at]))
            at++;
        if (at >= rest.length || rest[at].toLowerCase() !== char.toLowerCase())
            return false;
        at++;
    }
    return at === rest.length || nameSeparators.has(rest[at]);
}
/** How a reference in the default form disagrees with a file named like one, if it does. */
function fileNameDisagreement(named, text) {
    const parts = /^(\d{6})-(.+)$/s.exec(text);
    // A custom pattern's reference without a 6-digit id has nothing to agree on.
    if (!parts)
        return undefined;
    const [, id, name] = parts;
    const idDiffers = id !== named.id;
    const nameDiffers = !nameMatches(name, named.rest);
    if (idDiffers && nameDiffers)
        return `the ids and names differ (\`${id}\` and \`${named.id}\`, \`${name}\` and \`${named.rest}\`)`;
    if (idDiffers)
        return `the ids differ (\`${id}\` and \`${named.id}\`)`;
    if (nameDiffers)
        return `the names differ (\`${name}\` and \`${named.rest}\`)`;
    return undefined;
}
/** `004217-TeamInvitations-design` starts with `004217-TeamInvitations`; `004217-TeamInvitationsV2` does not. */
function startsWithReference(stem, reference) {
    if (!stem.startsWith(reference))
        return false;
    const next = stem.charAt(reference.length);
    return next === '' || !/[A-Za-z0-9]/.test(next);
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
