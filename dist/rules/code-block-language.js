import { defineRule } from '../src/rule.js';
import { joinWords } from '../src/text/words.js';
export default defineRule({
    id: 'code-block-language',
    description: 'Code blocks name their language; subsections hold a block of their language',
    severity: 'error',
    fixable: true
}, {}, function (model, file) {
    for (const block of model.blocks) {
        // Indented blocks cannot take a language; only fences are checked.
        if (block.language !== undefined || !isFenced(block, model.source.lineText(block.position.start.line)))
            continue;
        // Suggest the language the block's subsection expects, when it has one.
        const suggestion = block.subsection?.form?.form.language ?? 'elixir';
        const fenceLine = block.position.start.line;
        const message = file.message(`Code block has no language: add one, e.g. \`\`\`${suggestion}`, {
            place: {
                start: block.position.start,
                end: { line: fenceLine, column: model.source.lineText(fenceLine).length + 1 }
            }
        });
        // The subsection's language, when the block parses in it: the one right label.
        const start = block.position.start.offset;
        if (block.parsesAs !== undefined && start !== undefined) {
            const fence = /^(?:`{3,}|~{3,})/.exec(model.source.text.slice(start, start + 64));
            if (fence) {
                const at = start + fence[0].length;
                message.fix = { range: [at, at], text: block.parsesAs };
                message.expected = [fence[0] + block.parsesAs];
            }
        }
    }
    for (const section of model.sections) {
        for (const subsection of section.subsections) {
            const expected = subsection.form?.form.language;
            if (!expected || subsection.blocks.some((block) => block.language === expected))
                continue;
            file.message(`Subsection \`### ${subsection.heading.text}\` needs ${/^[aeiou]/.test(expected) ? 'an' : 'a'} \`${expected}\` code block, found ${describeFound(subsection.blocks)}`, { place: subsection.heading.position });
        }
    }
});
function isFenced(block, fenceLine) {
    const marker = fenceLine.charAt(block.position.start.column - 1);
    return marker === '`' || marker === '~';
}
/** `none`, `` `elixir` ``, `` `elixir` and `text` ``, or a block without a language. */
function describeFound(blocks) {
    const languages = [...new Set(blocks.flatMap((block) => (block.language === undefined ? [] : [block.language])))];
    if (languages.length > 0) {
        const names = languages.map((language) => '`' + language + '`');
        return joinWords(names, 'and');
    }
    return blocks.length > 0 ? 'only a code block without a language' : 'none';
}
