/**
 * Runs every example of every rule's doc (docs/rules/<id>.md) through the
 * rule and compares the messages with the doc's expected output, so docs and
 * behaviour cannot drift.
 */
import {readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyFixes, maxFixPasses} from '../src/fix/edits.js'
import {rules} from '../src/rules.js'
import {describeMessages, lint, root} from './helpers.js'

interface Example {
  name: string
  input: string
  options?: unknown
  template?: object
  expected: string[]
  /** `Fixed:` and a ````markdown block after the output: the text once every fix is applied. */
  fixed?: string
}

/** Examples: `##### \`name.md\``, optional `Options: \`{json}\``, a ````markdown block, an optional ```text block, an optional `Fixed:` ````markdown block. */
function readExamples(doc: string): Example[] {
  const examples: Example[] = []
  const parts = doc.split(/^##### `([^`]+)`\s*$/m)
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!
    const body = parts[index + 1]!
    const input = /^````markdown\n([\s\S]*?)^````\s*$/m.exec(body)
    if (!input) throw new Error(`example ${name} has no \`\`\`\`markdown block`)
    const options = /^Options: `(.+)`\s*$/m.exec(body)
    const template = /^Template: `(.+)`\s*$/m.exec(body)
    const afterInput = body.slice(input.index + input[0].length)
    const output = /^```text\n([\s\S]*?)^```\s*$/m.exec(afterInput)
    const fixed = /^Fixed:\s*\n+````markdown\n([\s\S]*?)^````\s*$/m.exec(afterInput)
    examples.push({
      name,
      input: input[1]!,
      options: options ? JSON.parse(options[1]!) : undefined,
      template: template ? JSON.parse(template[1]!) : undefined,
      expected: output ? output[1]!.split('\n').filter((line) => line.trim() !== '') : [],
      fixed: fixed?.[1]
    })
  }
  return examples
}

describe('rule docs', function () {
  for (const rule of rules) {
    const id = rule.meta.id
    const docPath = path.join(root, 'docs', 'rules', id + '.md')

    it(`${id} has a doc with ok and not-ok examples`, function () {
      expect(existsSync(docPath), docPath).toBe(true)
      const examples = readExamples(readFileSync(docPath, 'utf8'))
      expect(examples.some((example) => example.expected.length === 0)).toBe(true)
      expect(examples.some((example) => example.expected.length > 0)).toBe(true)
    })

    if (!existsSync(docPath)) continue
    for (const example of readExamples(readFileSync(docPath, 'utf8'))) {
      it(`${id}: ${example.name}`, async function () {
        const file = await lint(example.input, {
          path: example.name,
          plugins: [[rule, example.options]],
          template: example.template
        })
        expect(describeMessages(file, false)).toEqual(example.expected)
        for (const message of file.messages) {
          expect(message.ruleId).toBe(id)
          expect(message.source).toBe('archdoc-lint')
          expect(message.url).toBe(rule.meta.url)
          if (message.fix) expect(rule.meta.fixable, `${id} has a fix but is not marked fixable`).toBe(true)
        }
        if (example.fixed === undefined) return
        // As --fix does: apply, lint again, until nothing changes; then the rule is satisfied.
        let text = example.input
        let messages = file.messages
        for (let pass = 0; pass < maxFixPasses; pass++) {
          const result = applyFixes(text, messages.flatMap((message) => (message.fix ? [message.fix] : [])))
          if (result.applied === 0) break
          text = result.output
          messages = (await lint(text, {path: example.name, plugins: [[rule, example.options]], template: example.template})).messages
        }
        expect(text).toBe(example.fixed)
        expect(describeMessages(await lint(text, {path: example.name, plugins: [[rule, example.options]], template: example.template}), false)).toEqual([])
      })
    }
  }
})

describe('README rule table', function () {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  for (const rule of rules) {
    it(`lists ${rule.meta.id} with its severity`, function () {
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.meta.id}\`]`))
      expect(row, `README row for ${rule.meta.id}`).toBeDefined()
      expect(row).toContain(`| ${rule.meta.severity} | ${rule.meta.fixable ? 'yes' : '—'} |`)
    })
  }
})

describe('README rule table order', function () {
  it('lists the rules in the preset order', function () {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const ids = [...readme.matchAll(/^\| \[`([^`]+)`\]/gm)].map((match) => match[1])
    expect(ids).toEqual(rules.map((rule) => rule.meta.id))
  })
})
