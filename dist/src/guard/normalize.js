/**
 * `---` on the first line and a YAML key (`title:`) on the second: a
 * document that merely starts with a thematic break is left alone.
 */
const opening = /^---[ \t]*(?:\r\n|\r|\n)[\w-]+[ \t]*:/;
/** The closing fence: a line `---` or `...` (only trailing whitespace). */
const closing = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/;
export function normalizeForParser(text) {
    let result = text;
    let frontMatter;
    // A BOM is dropped by micromark; the front matter comes after it.
    const bom = result.charCodeAt(0) === 0xfeff ? 1 : 0;
    const rest = result.slice(bom);
    if (opening.test(rest)) {
        const end = closing.exec(rest);
        if (end) {
            const length = end.index + end[0].length;
            const region = rest.slice(0, length);
            result = result.slice(0, bom) + region.replace(/[^\r\n]/g, ' ') + rest.slice(length);
            const lineStarts = [0];
            for (const match of region.matchAll(/\r\n|\r|\n/g))
                lineStarts.push(match.index + match[0].length);
            const firstLineEnd = /\r\n|\r|\n/.exec(region);
            frontMatter = {
                type: 'yaml',
                value: region.slice(firstLineEnd.index + firstLineEnd[0].length, end.index),
                position: {
                    start: { line: 1, column: 1, offset: 0 },
                    end: { line: lineStarts.length, column: length - lineStarts.at(-1) + 1, offset: length }
                }
            };
        }
    }
    if (result.includes('\r'))
        result = result.replace(/\r(?!\n)/g, '\n');
    return { text: result, frontMatter };
}
