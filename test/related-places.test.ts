/**
 * Messages about two places: the other place is data, never a line in the
 * reason. Over every invalid fixture, no reason names a line; for every rule
 * that reports two places, the related place (line, column, label) is
 * asserted in the JSON and SARIF outputs; the SARIF log keeps its
 * fingerprints when lines are inserted above the findings, and validates.
 */
import {cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {describeMessages, lint, root, runCli, sarifValidator, workspaces} from './helpers.js'
import {twoPlaces} from './related-cases.js'
import {rules} from '../src/rules.js'

const {workspace} = workspaces('related-places')

/** Every invalid fixture: Markdown as it is, Elixir and SQL files wrapped in a fenced block. */
function invalidFixtures(): Array<{name: string; value: string}> {
  const folders = ['fixtures/invalid', ...['elixir', 'sql', 'graphql', 'ash', 'consistency'].map((language) => `fixtures/${language}/invalid`), 'fixtures/consistency']
  const found: Array<{name: string; value: string}> = []
  const walk = (folder: string) => {
    for (const name of readdirSync(path.join(root, folder)).sort()) {
      const relative = `${folder}/${name}`
      if (statSync(path.join(root, relative)).isDirectory()) {
        if (relative !== 'fixtures/consistency/invalid') walk(relative)
        continue
      }
      const text = readFileSync(path.join(root, relative), 'utf8')
      if (name.endsWith('.md')) found.push({name: relative, value: text})
      else if (name.endsWith('.ex')) found.push({name: relative, value: '# Architecture Design Changes\n\n```elixir\n' + text + '\n```\n'})
      else if (name.endsWith('.sql')) found.push({name: relative, value: '# Architecture Design Changes\n\n```sql\n' + text + '\n```\n'})
    }
  }
  for (const folder of folders) if (existsSync(path.join(root, folder))) walk(folder)
  return found
}

/** A line named in prose: `line 42`, `lines 3-5`, `L42`, `12:3`. */
const namesALine = /\blines? \d|\bL\d+\b|\b\d+:\d+\b/

describe('no reason names a line of another place', () => {
  const fixtures = invalidFixtures()

  it('finds the fixtures of every folder', () => {
    expect(fixtures.length).toBeGreaterThan(80)
    for (const prefix of ['fixtures/invalid/', 'fixtures/elixir/invalid/', 'fixtures/sql/invalid/', 'fixtures/graphql/invalid/', 'fixtures/consistency/']) {
      expect(fixtures.some((fixture) => fixture.name.startsWith(prefix)), prefix).toBe(true)
    }
  })

  it('over every invalid fixture, with the whole preset', async () => {
    const offending: string[] = []
    let messages = 0
    let related = 0
    for (const fixture of fixtures) {
      const file = await lint(fixture.value, {path: fixture.name})
      messages += file.messages.length
      for (const message of file.messages) {
        if (namesALine.test(message.reason)) offending.push(`${fixture.name}: ${describeMessages({messages: [message]} as never)[0]}`)
        for (const entry of message.related ?? []) {
          related++
          // A related place is a real place with a label, in the file.
          expect(entry.message).toMatch(/\S/)
          expect(namesALine.test(entry.message), entry.message).toBe(false)
          expect(entry.place.start.line).toBeGreaterThan(0)
          expect(entry.place.start.column).toBeGreaterThan(0)
          expect(entry.place.end.line).toBeGreaterThanOrEqual(entry.place.start.line)
          expect(entry.place.start.line).toBeLessThanOrEqual(fixture.value.split('\n').length)
        }
      }
    }
    expect(offending).toEqual([])
    expect(messages).toBeGreaterThan(400)
    expect(related).toBeGreaterThan(90)
  })

  it('the check itself catches each form', () => {
    for (const reason of ['x (line 42)', 'x at lines 3-5', 'see L42', 'also at 12:3']) expect(namesALine.test(reason), reason).toBe(true)
    for (const reason of ['Duplicate section `## Security Considerations`: already above', 'VARCHAR(40)[]', 'one_of: [:a, :b]']) {
      expect(namesALine.test(reason), reason).toBe(false)
    }
  })
})


describe('related places in the outputs', () => {
  const files = [...new Set(twoPlaces.map((entry) => entry.file))]

  it('the table covers every rule that reports two places over the invalid fixtures', async () => {
    const reporting = new Set<string>()
    for (const fixture of invalidFixtures()) {
      const file = await lint(fixture.value, {path: fixture.name})
      for (const message of file.messages) if (message.related?.length) reporting.add(message.ruleId!)
    }
    expect([...reporting].sort()).toEqual(twoPlaces.map((entry) => entry.ruleId).sort())
  })

  it('JSON: `related: [{line, column, endLine, endColumn, message}]` on the message', () => {
    const result = runCli([...files, '-f', 'json'])
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<Record<string, any>>}>
    for (const expected of twoPlaces) {
      const file = report.find((entry) => entry.path === expected.file)
      const message = file?.messages.find((entry) => entry.ruleId === expected.ruleId && entry.line === expected.line && entry.column === expected.column)
      expect(message, `${expected.ruleId} at ${expected.file}:${expected.line}:${expected.column}`).toBeDefined()
      expect(message!.reason).toBe(expected.reason)
      expect(message!.related).toEqual(expected.related)
    }
    // A message about one place has no `related`.
    const single = report.flatMap((file) => file.messages).find((message) => message.ruleId === 'required-sections')
    if (single) expect(single).not.toHaveProperty('related')
  })

  it('SARIF: relatedLocations with ids and regions, linked from the message text', () => {
    const result = runCli([...files, '-f', 'sarif'])
    expect(result.stderr).toBe('')
    const log = JSON.parse(result.stdout)
    const results = log.runs[0].results as Array<Record<string, any>>
    for (const expected of twoPlaces) {
      const found = results.find((entry) => {
        const location = entry.locations[0].physicalLocation
        return (
          entry.ruleId === expected.ruleId &&
          location.artifactLocation.uri === expected.file &&
          location.region.startLine === expected.line &&
          location.region.startColumn === expected.column
        )
      })
      expect(found, `${expected.ruleId} at ${expected.file}:${expected.line}:${expected.column}`).toBeDefined()
      expect(found!.relatedLocations).toEqual(
        expected.related.map((entry, index) => ({
          id: index + 1,
          physicalLocation: {
            artifactLocation: {uri: expected.file, uriBaseId: '%SRCROOT%'},
            region: {startLine: entry.line, startColumn: entry.column, endLine: entry.endLine, endColumn: entry.endColumn}
          },
          message: {text: entry.message}
        }))
      )
      const escape = (text: string) => text.replace(/[[\]]/g, (bracket) => '\\' + bracket)
      const links = expected.related.map((entry, index) => `[${escape(entry.message)}](${index + 1})`).join('; ')
      expect(found!.message.text).toBe(`${escape(expected.reason)} (${links})`)
    }
  })
})

describe('SARIF over fixtures/invalid', () => {
  const original = workspace()
  cpSync(path.join(root, 'fixtures', 'invalid'), path.join(original, 'docs'), {recursive: true})
  const moved = workspace()
  cpSync(path.join(root, 'fixtures', 'invalid'), path.join(moved, 'docs'), {recursive: true})
  // Blank lines at the top of every doc, and a paragraph under its title where it starts with one.
  const inserted = new Map<string, number>()
  for (const folder of readdirSync(path.join(moved, 'docs'))) {
    for (const name of readdirSync(path.join(moved, 'docs', folder))) {
      const file = path.join(moved, 'docs', folder, name)
      const text = readFileSync(file, 'utf8')
      const [first, ...rest] = text.split('\n')
      const changed = first!.startsWith('# ')
        ? ['', '', '', first, '', 'A paragraph added above the findings.', '', ...rest].join('\n')
        : '\n\n\n' + text
      writeFileSync(file, changed)
      // Lines move by 3 down to the title, by 6 under it.
      inserted.set(`docs/${folder}/${name}`, first!.startsWith('# ') ? 6 : 3)
    }
  }
  const sarifOf = (cwd: string) => JSON.parse(runCli(['docs', '-f', 'sarif'], {cwd}).stdout)
  const before = sarifOf(original)
  const after = sarifOf(moved)
  const results = (log: any) => log.runs[0].results as Array<Record<string, any>>

  it('validates against the SARIF 2.1.0 schema, related locations and rule metadata included', () => {
    const validate = sarifValidator()
    const valid = validate(before)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(results(before).some((result) => result.relatedLocations)).toBe(true)
  })

  it('every finding keeps its fingerprint when lines are inserted above it', () => {
    const key = (result: Record<string, any>) => `${result.ruleId} ${result.locations[0].physicalLocation.artifactLocation.uri} ${result.message.text}`
    expect(results(after).length).toBe(results(before).length)
    expect(results(before).length).toBeGreaterThan(400)
    let moves = 0
    results(before).forEach((result, index) => {
      const other = results(after)[index]!
      expect(key(other)).toBe(key(result))
      const uri = result.locations[0].physicalLocation.artifactLocation.uri as string
      const shift = (line: number) => (line === 1 ? 3 : inserted.get(uri)!)
      // The finding moved, its fingerprint did not.
      expect(other.locations[0].physicalLocation.region.startLine).toBe(result.locations[0].physicalLocation.region.startLine + shift(result.locations[0].physicalLocation.region.startLine))
      for (const [at, related] of (result.relatedLocations ?? []).entries()) {
        expect(other.relatedLocations[at].physicalLocation.region.startLine).toBe(related.physicalLocation.region.startLine + shift(related.physicalLocation.region.startLine))
      }
      if (other.partialFingerprints['archdocLint/v1'] !== result.partialFingerprints['archdocLint/v1']) moves++
    })
    expect(moves).toBe(0)
  })

  it('no two findings of a file share a fingerprint, identical ones included', () => {
    const seen = new Set<string>()
    for (const result of results(before)) {
      const print = `${result.locations[0].physicalLocation.artifactLocation.uri} ${result.partialFingerprints['archdocLint/v1']}`
      expect(seen.has(print), print).toBe(false)
      seen.add(print)
    }
  })

  it('two identical findings in one file get different fingerprints', () => {
    const cwd = workspace({
      'doc.md': readFileSync(path.join(root, 'fixtures', 'invalid', 'rest-endpoints', 'duplicates.md'), 'utf8').replace(
        /^(- `GET \/api\/invitations` - .*)$/m,
        '$1\n$1\n$1'
      )
    })
    const found = results(JSON.parse(runCli(['doc.md', '-f', 'sarif'], {cwd}).stdout)).filter(
      (result) => result.message.text.startsWith('Duplicate endpoint `GET /api/invitations` (first listed above)')
    )
    expect(found.length).toBeGreaterThanOrEqual(2)
    const prints = found.map((result) => result.partialFingerprints['archdocLint/v1'])
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('every rule has fullDescription, help (text and markdown) and helpUri from its doc', () => {
    const driver = before.runs[0].tool.driver
    for (const rule of driver.rules as Array<Record<string, any>>) {
      if (!rule.helpUri?.startsWith('https://github.com/archdoc-lint/')) continue
      expect(rule.fullDescription.text, rule.id).toMatch(/\S/)
      expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text)
      expect(rule.help.text, rule.id).toContain('What it checks')
      expect(rule.help.markdown, rule.id).toContain('## What it checks')
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`)
      // Relative links of the doc are made absolute.
      expect(rule.help.markdown).not.toMatch(/\]\(\.\.?\//)
    }
    const title = (driver.rules as Array<Record<string, any>>).find((rule) => rule.id === 'document-title')!
    expect(title.fullDescription).toEqual({
      text: "The document has exactly one H1, it comes first, and its text is the\ntemplate's title (`Architecture Design Changes` by default).",
      markdown: "The document has exactly one H1, it comes first, and its text is the\ntemplate's title (`Architecture Design Changes` by default)."
    })
    expect(driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
  })
})
