/**
 * `archdocGuard`: the first plugin of the preset. It wraps the parser that
 * remark-parse set (`this.parser`, unified 11), so the input checks of
 * `input.ts` run before micromark sees the text, and micromark gets the text
 * normalized where that keeps every position (`normalize.ts`: lone CRs,
 * front matter). A file that fails a check is not
 * parsed: the parser returns an empty tree, the file gets one message (fatal,
 * source `archdoc-lint`, no rule id: the file could not be linted, the CLI's
 * exit 2) and every archdoc-lint rule skips it (`defineRule`).
 *
 * It must come after remark-parse (`unified().use(remarkParse).use(preset)`,
 * as unified-engine, the CLI and the language server do); without a parser
 * to wrap it does nothing.
 */
import type {Root} from 'mdast'
import type {Parser, Processor} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {checkInput} from './input.js'
import {normalizeForParser} from './normalize.js'

declare module 'vfile' {
  interface DataMap {
    /** Set when the input guard refused the file: why, in one line. Rules skip such a file. */
    archdocNotLinted: string
  }
}

const guarded = Symbol.for('archdoc-lint.guard')

export default function archdocGuard(this: Processor) {
  const parse = this.parser as (Parser & {[guarded]?: true}) | undefined
  if (!parse || parse[guarded]) return
  const wrapped: Parser & {[guarded]?: true} = function (document: string, file: VFile): Node {
    const problem = checkInput(document, file)
    if (!problem) {
      const normalized = normalizeForParser(document)
      const tree = parse(normalized.text, file) as Root
      if (normalized.frontMatter) tree.children.unshift(normalized.frontMatter)
      return tree
    }
    const message = file.message(problem.reason, {place: problem.point, source: 'archdoc-lint'})
    message.fatal = true
    file.data.archdocNotLinted = problem.reason
    const empty: Root = {type: 'root', children: []}
    return empty
  }
  wrapped[guarded] = true
  this.parser = wrapped
}
