/**
 * fast-check arbitraries for fuzzing archdoc-lint: design docs made by
 * mutating real ones (the valid fixtures and the template, read at test time).
 *
 * A document is a base (a whole source, or a window of its lines, often
 * starting at a section heading) and a list of mutations, applied in order
 * to its lines; then line endings (LF, CRLF, lone CR or mixed), maybe a BOM,
 * maybe no final newline. Every mutation is plain data (line indices are
 * taken modulo the current line count), so fast-check shrinks a failing
 * document towards fewer, smaller mutations and a smaller window.
 */
import fc from 'fast-check'

/** What the fuzzer built: the text, and how (shown with a counterexample). */
export interface FuzzDoc {
  text: string
  recipe: string
}

export type Mutation =
  | {kind: 'delete'; at: number; count: number}
  | {kind: 'duplicate'; at: number; count: number; to: number}
  | {kind: 'swap'; a: number; b: number}
  | {kind: 'truncate'; at: number; keep: number}
  | {kind: 'fence'; pick: number; how: 'delete' | 'shorten' | 'lengthen' | 'tilde' | 'indent' | 'info'}
  | {kind: 'heading'; pick: number; how: 'delete' | 'unhash' | 'level' | 'text' | 'setext'}
  | {kind: 'insert'; at: number; column: number; text: string}
  | {kind: 'code'; pick: number; line: number; column: number; token: string; remove: boolean}
  | {kind: 'wrap'; at: number; count: number; prefix: string; style: 'every' | 'continued' | 'lazy'}

export interface Recipe {
  source: number
  /** A window anywhere, or a window from a heading (a long window from line 1 is the whole source). */
  base: 'window' | 'section'
  start: number
  length: number
  mutations: Mutation[]
  ending: 'lf' | 'crlf' | 'cr' | 'mixed'
  bom: boolean
  finalNewline: boolean
}

/** Odd characters: combining marks, emoji, RTL, controls, lone surrogates, separators. */
export const oddCharacters = [
  '\u0301',
  'e\u0301\u0302\u0303',
  '\u20DD',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  '👍🏽',
  '\u202E',
  '\u200F',
  '\u200B',
  'שלום',
  'مرحبا',
  '\u0000',
  '\u0007',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDC00',
  '\u00A0',
  '\uFFFD',
  '\uFFFF'
]

/** Markdown syntax out of place. */
export const markdownPieces = [
  '\\',
  '`',
  '``',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<!-- lint disable -->',
  '<!-- lint enable -->',
  '<!-- lint disable elixir-syntax sql-syntax -->',
  '<!-- lint ignore -->',
  '|',
  '| a | b |\n|---|---|',
  '[',
  ']',
  '[x]: <>',
  '[^1]',
  '*',
  '_',
  '**',
  '# ',
  '## ',
  '### ',
  '## Ash Resources',
  '## Database Schema',
  '### MyApp.Accounts.User',
  '> ',
  '- ',
  '1. ',
  '    ',
  '===',
  '---',
  '<div>',
  '&amp;',
  '&#0;',
  'https://',
  '[NNNNNN-StoryName]'
]

/** Tokens that unbalance Elixir, SQL and GraphQL. */
export const codeTokens = [
  'do',
  ' do',
  'end',
  '\nend',
  'fn ->',
  '->',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '%{',
  '<<',
  '>>',
  '"',
  "'",
  '"""',
  "'''",
  '$$',
  '$tag$',
  '#{',
  '~r/',
  '~H"""',
  '--',
  '/*',
  '*/',
  '#',
  ';',
  ',',
  ':',
  '::',
  '@',
  '|>',
  '\\',
  "E'",
  'CREATE TABLE',
  'type',
  'attributes do',
  'defmodule X do',
  'use Ash.Resource',
  'extend type Query',
  '!',
  '=',
  '...'
]

/** Container prefixes, combined for nesting. */
export const prefixPieces = ['> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '   ', '\t', '> - ', '- > ', '1. > ']

const randomBytes = fc.uint8Array({maxLength: 12}).chain((bytes) =>
  fc.constantFrom(
    // As a reader would decode them: invalid UTF-8 becomes U+FFFD.
    new TextDecoder('utf-8').decode(bytes),
    new TextDecoder('latin1').decode(bytes)
  )
)

export const insertText: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: fc.constantFrom(...oddCharacters), weight: 4},
  {arbitrary: fc.constantFrom(...markdownPieces), weight: 4},
  {arbitrary: fc.string({unit: 'binary', maxLength: 6}), weight: 2},
  {arbitrary: randomBytes, weight: 2},
  {arbitrary: fc.array(fc.constantFrom(...oddCharacters, ...markdownPieces, ...codeTokens), {minLength: 2, maxLength: 6}).map((parts) => parts.join('')), weight: 2}
)

const index = fc.nat({max: 100_000})

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('delete' as const), at: index, count: fc.integer({min: 1, max: 8})}),
  fc.record({kind: fc.constant('duplicate' as const), at: index, count: fc.integer({min: 1, max: 12}), to: index}),
  fc.record({kind: fc.constant('swap' as const), a: index, b: index}),
  fc.record({kind: fc.constant('truncate' as const), at: index, keep: fc.nat({max: 100})}),
  fc.record({
    kind: fc.constant('fence' as const),
    pick: index,
    how: fc.constantFrom('delete' as const, 'shorten' as const, 'lengthen' as const, 'tilde' as const, 'indent' as const, 'info' as const)
  }),
  fc.record({
    kind: fc.constant('heading' as const),
    pick: index,
    how: fc.constantFrom('delete' as const, 'unhash' as const, 'level' as const, 'text' as const, 'setext' as const)
  }),
  fc.record({kind: fc.constant('insert' as const), at: index, column: index, text: insertText}),
  fc.record({
    kind: fc.constant('code' as const),
    pick: index,
    line: index,
    column: index,
    token: fc.constantFrom(...codeTokens),
    remove: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('wrap' as const),
    at: index,
    count: fc.integer({min: 1, max: 30}),
    prefix: fc.array(fc.constantFrom(...prefixPieces), {minLength: 1, maxLength: 6}).map((parts) => parts.join('')),
    style: fc.constantFrom('every' as const, 'continued' as const, 'lazy' as const)
  })
)

export function recipe(sourceCount: number): fc.Arbitrary<Recipe> {
  return fc.record({
    source: fc.nat({max: sourceCount - 1}),
    base: fc.oneof({arbitrary: fc.constant('section' as const), weight: 2}, {arbitrary: fc.constant('window' as const), weight: 1}),
    start: index,
    // Mostly short windows (fast); one in ten up to a whole document (a window shrinks, a whole document would not).
    length: fc.oneof({arbitrary: fc.integer({min: 1, max: 90}), weight: 9}, {arbitrary: fc.integer({min: 90, max: 1500}), weight: 1}),
    mutations: fc.array(mutation, {maxLength: 8}),
    ending: fc.oneof(
      {arbitrary: fc.constant('lf' as const), weight: 6},
      {arbitrary: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const), weight: 3}
    ),
    bom: fc.oneof({arbitrary: fc.constant(false), weight: 4}, {arbitrary: fc.constant(true), weight: 1}),
    finalNewline: fc.boolean()
  })
}

/** Documents from the given sources (full texts). */
export function fuzzDocument(sources: string[]): fc.Arbitrary<FuzzDoc> {
  const split = sources.map((source) => source.split(/\r\n|\r|\n/))
  return recipe(sources.length).map((made) => ({text: build(split, made), recipe: describe(made)}))
}

export function build(sources: string[][], made: Recipe): string {
  const all = sources[made.source % sources.length]!
  let lines: string[]
  if (made.base === 'section') {
    const headings = all.flatMap((line, at) => (/^#{1,3} /.test(line) ? [at] : []))
    const from = headings.length > 0 ? headings[made.start % headings.length]! : made.start % all.length
    lines = all.slice(from, from + made.length)
  } else {
    const from = made.start % all.length
    lines = all.slice(from, from + made.length)
  }
  for (const change of made.mutations) lines = apply(lines, change)

  let text = ''
  lines.forEach(function (line, at) {
    if (at > 0) text += ending(made.ending, at)
    text += line
  })
  if (made.finalNewline) text += ending(made.ending, lines.length)
  return (made.bom ? '\uFEFF' : '') + text
}

function ending(kind: Recipe['ending'], at: number): string {
  if (kind === 'lf') return '\n'
  if (kind === 'crlf') return '\r\n'
  if (kind === 'cr') return '\r'
  return ['\n', '\r\n', '\r'][(at * 7) % 3]!
}

const fenceLine = /^(\s*(?:>\s?)*\s*(?:[-*+]\s+|\d+[.)]\s+)?)(`{3,}|~{3,})(.*)$/
const headingLine = /^(#{1,6})(\s+)(.*)$/

/** Lines inside fenced code blocks (a rough toggle on fence lines, enough to aim at code). */
function codeLines(lines: string[]): number[] {
  const inside: number[] = []
  let open: string | undefined
  lines.forEach(function (line, at) {
    const fence = fenceLine.exec(line)
    if (fence) {
      const marker = fence[2]!
      if (open === undefined) open = marker[0]
      else if (marker[0] === open) open = undefined
      return
    }
    if (open !== undefined) inside.push(at)
  })
  return inside
}

function apply(lines: string[], change: Mutation): string[] {
  const count = lines.length
  const out = [...lines]
  if (count === 0) {
    if (change.kind === 'insert') return [change.text]
    return out
  }
  switch (change.kind) {
    case 'delete':
      out.splice(change.at % count, change.count)
      return out
    case 'duplicate': {
      const from = change.at % count
      const copied = out.slice(from, from + change.count)
      out.splice(change.to % (count + 1), 0, ...copied)
      return out
    }
    case 'swap': {
      const a = change.a % count
      const b = change.b % count
      ;[out[a], out[b]] = [out[b]!, out[a]!]
      return out
    }
    case 'truncate': {
      const at = change.at % count
      const line = out[at]!
      out[at] = line.slice(0, Math.floor((line.length * change.keep) / 100))
      return out
    }
    case 'fence': {
      const fences = out.flatMap((line, at) => (fenceLine.test(line) ? [at] : []))
      if (fences.length === 0) return out
      const at = fences[change.pick % fences.length]!
      const [, prefix, marker, info] = fenceLine.exec(out[at]!)!
      if (change.how === 'delete') out.splice(at, 1)
      else if (change.how === 'shorten') out[at] = prefix! + marker!.slice(0, 2) + info!
      else if (change.how === 'lengthen') out[at] = prefix! + marker! + marker![0]! + info!
      else if (change.how === 'tilde') out[at] = prefix! + (marker![0] === '`' ? '~' : '`').repeat(marker!.length) + info!
      else if (change.how === 'indent') out[at] = '    ' + out[at]!
      else out[at] = prefix! + marker! + (info ? '' : 'elixir')
      return out
    }
    case 'heading': {
      const headings = out.flatMap((line, at) => (headingLine.test(line) ? [at] : []))
      if (headings.length === 0) return out
      const at = headings[change.pick % headings.length]!
      const [, hashes, space, text] = headingLine.exec(out[at]!)!
      if (change.how === 'delete') out.splice(at, 1)
      else if (change.how === 'unhash') out[at] = text!
      else if (change.how === 'level') out[at] = (hashes!.length >= 6 ? '#' : hashes + '#') + space + text
      else if (change.how === 'text') out[at] = hashes! + space
      else out.splice(at, 1, text!, hashes!.length === 1 ? '===' : '---')
      return out
    }
    case 'insert': {
      const at = change.at % count
      const line = out[at]!
      const column = change.column % (line.length + 1)
      out[at] = line.slice(0, column) + change.text + line.slice(column)
      return out
    }
    case 'code': {
      const inside = codeLines(out)
      const at = inside.length > 0 ? inside[change.pick % inside.length]! : change.line % count
      const line = out[at]!
      if (change.remove) {
        const word = /\b(?:do|end|fn)\b|[()[\]{}"']|\$\$/.exec(line)
        if (word) out[at] = line.slice(0, word.index) + line.slice(word.index + word[0].length)
        return out
      }
      const column = change.column % (line.length + 1)
      out[at] = line.slice(0, column) + change.token + line.slice(column)
      return out
    }
    case 'wrap': {
      const from = change.at % count
      const to = Math.min(count, from + change.count)
      // What lines after the first need to stay in the same containers.
      const continuation = change.prefix.replace(/[-*+]\s|\d[.)]\s/g, (marker) => ' '.repeat(marker.length))
      for (let at = from; at < to; at++) {
        const prefix = at === from || change.style === 'every' ? change.prefix : change.style === 'continued' ? continuation : ''
        out[at] = prefix + out[at]!
      }
      return out
    }
  }
}

function describe(made: Recipe): string {
  const base = `source ${made.source} ${made.base} ${made.start}+${made.length}`
  return [base, ...made.mutations.map((change) => JSON.stringify(change)), `${made.ending}${made.bom ? ' bom' : ''}${made.finalNewline ? '' : ' no-final-newline'}`].join('; ')
}
