/**
 * archdoc-lint-language-server, spawned over stdio and driven with
 * vscode-languageserver-protocol: initialize, didOpen, didChange, and the
 * diagnostics it publishes. Workspaces live under `test/.tmp-server-*`.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ShowMessageNotification,
  type CodeAction,
  type Diagnostic
} from 'vscode-languageserver-protocol/node'
import {afterEach, describe, expect, it} from 'vitest'
import {defaultSections} from '../src/document/template.js'
import {root, runCli, workspaces} from './helpers.js'
import {startServer, stopSessions, type Session} from './lsp-session.js'

const {workspace} = workspaces('server')

afterEach(stopSessions)

/** `settings`: the client answers `workspace/configuration` for the section `archdoc-lint` with them. */
async function start(folder: string, settings?: Record<string, unknown>): Promise<Session> {
  const session = await startServer(folder, {settings})
  expect(session.initialized.capabilities.textDocumentSync).toBe(1) // full
  return session
}

function open(session: Session, uri: string, text: string) {
  return session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'markdown', version: 1, text}
  })
}

function change(session: Session, uri: string, version: number, text: string) {
  return session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version},
    contentChanges: [{text}]
  })
}

const docs = 'https://github.com/archdoc-lint/archdoc-lint/blob/main/docs/rules/'
const valid = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8')

const top = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}

function titleDiagnostic(severity: 1 | 2, found: string, endCharacter: number): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: endCharacter}},
    message: `Unexpected document title \`${found}\`, expected \`Architecture Design Changes\``,
    severity,
    code: 'document-title',
    source: 'archdoc-lint',
    codeDescription: {href: docs + 'document-title.md'}
  }
}

describe('archdoc-lint-language-server', () => {
  it('without a config: the preset, on open and on change, with 0-based ranges, rule ids and rule URLs', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href

    const broken = valid.replace('# Architecture Design Changes', '# Design')
    await open(session, uri, broken)
    const opened = await session.next(uri)
    expect(opened.version).toBe(1)
    expect(opened.diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])

    // Another rule of the preset, elsewhere in the doc.
    const noOverview = valid.replace(/## Architecture Overview\n[\s\S]*?(?=\n## )/, '')
    await change(session, uri, 2, noOverview)
    const changed = await session.next(uri)
    expect(changed.version).toBe(2)
    expect(changed.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.codeDescription?.href])).toContainEqual([
      'required-sections',
      1,
      docs + 'required-sections.md'
    ])
    expect(changed.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([])

    await change(session, uri, 3, valid)
    expect(await session.next(uri)).toEqual({uri, version: 3, diagnostics: []})
  })

  it('with a config: the config decides which rules run and their severities', async () => {
    const folder = workspace({
      '.remarkrc.json': JSON.stringify({
        plugins: ['archdoc-lint', ['archdoc-lint/rules/document-title', 'warn'], ['archdoc-lint/rules/required-sections', false]]
      })
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'docs', 'doc.md')).href
    const noSections = '# Wrong title\n\n## Story Reference\n\n004217-TeamInvitations\n'
    await open(session, uri, noSections)
    const opened = await session.next(uri)
    expect(opened.diagnostics.filter((diagnostic) => diagnostic.code === 'required-sections')).toEqual([])
    expect(opened.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([
      titleDiagnostic(2, 'Wrong title', 13)
    ])

    await change(session, uri, 2, noSections.replace('Wrong title', 'Architecture Design Changes'))
    const fixed = await session.next(uri)
    expect(fixed.diagnostics.filter((diagnostic) => diagnostic.code === 'document-title')).toEqual([])
  })

  it('a config that turns only one rule on reports only that rule; fixing clears the diagnostics', async () => {
    const folder = workspace({
      '.remarkrc': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']})
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'doc.md')).href
    await open(session, uri, '# Design\n\nNo sections at all.\n')
    expect((await session.next(uri)).diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])
    await change(session, uri, 2, '# Architecture Design Changes\n\nNo sections at all.\n')
    expect((await session.next(uri)).diagnostics).toEqual([])
  })

  it("the client's settings: requireConfig lints only documents a config covers, ignorePath names an ignore file", async () => {
    const folder = workspace({
      'configured/.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']}),
      'archdoc.ignore': 'configured/skipped.md\n'
    })
    const session = await start(folder, {requireConfig: true, ignorePath: 'archdoc.ignore'})
    const documents = {
      loose: pathToFileURL(path.join(folder, 'loose.md')).href,
      configured: pathToFileURL(path.join(folder, 'configured', 'doc.md')).href,
      skipped: pathToFileURL(path.join(folder, 'configured', 'skipped.md')).href
    }
    for (const uri of Object.values(documents)) await open(session, uri, '# Design\n')
    expect((await session.next(documents.loose)).diagnostics).toEqual([])
    expect((await session.next(documents.configured)).diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])
    expect((await session.next(documents.skipped)).diagnostics).toEqual([])
  })

  it('honours <!-- lint disable --> comments', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href
    await open(session, uri, '<!-- lint disable document-title -->\n\n' + valid.replace('# Architecture Design Changes', '# Design'))
    expect((await session.next(uri)).diagnostics).toEqual([])
  })

  it('keeps serving after a document that makes a plugin throw, which is one line without a stack', async () => {
    const folder = workspace({
      'boom.mjs': "export default function boom() { return (tree, file) => { if (String(file.value).includes('BOOM')) throw new Error('boom') } }\n",
      '.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title', './boom.mjs']})
    })
    const session = await start(folder)
    const broken = pathToFileURL(path.join(folder, 'broken.md')).href
    await open(session, broken, '# Architecture Design Changes\n\nBOOM\n')
    expect((await session.next(broken)).diagnostics).toEqual([{range: top, message: 'boom', severity: 1, source: 'archdoc-lint'}])

    const other = pathToFileURL(path.join(folder, 'other.md')).href
    await open(session, other, '# Design\n')
    expect((await session.next(other)).diagnostics).toEqual([titleDiagnostic(1, 'Design', 8)])
  })

  it('a broken config is the one line the CLI prints (naming the config file), at the top of the doc; fixing it lints again', async () => {
    const folder = workspace({
      'docs/.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-titel']}),
      'docs/doc.md': '# Design\n'
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'docs', 'doc.md')).href
    await open(session, uri, '# Design\n')
    expect((await session.next(uri)).diagnostics).toEqual([
      {range: top, message: 'docs/.remarkrc.json: unknown rule `document-titel`, did you mean `document-title`?', severity: 1, source: 'archdoc-lint'}
    ])
    expect(runCli(['docs/doc.md'], {cwd: folder}).stderr).toContain(
      'archdoc-lint: docs/.remarkrc.json: unknown rule `document-titel`, did you mean `document-title`?\n'
    )

    writeFileSync(path.join(folder, 'docs', '.remarkrc.json'), '{"plugins": [')
    await change(session, uri, 2, '# Design\n\n')
    expect((await session.next(uri)).diagnostics).toEqual([
      {range: top, message: 'docs/.remarkrc.json: unexpected end of JSON input', severity: 1, source: 'archdoc-lint'}
    ])

    writeFileSync(path.join(folder, 'docs', '.remarkrc.json'), JSON.stringify({plugins: ['archdoc-lint/document', 'archdoc-lint/rules/document-title']}))
    await change(session, uri, 3, '# Design\n')
    expect(await session.next(uri)).toEqual({uri, version: 3, diagnostics: [titleDiagnostic(1, 'Design', 8)]})
  })

  it('a doc with 320 messages gets all of them; an edit that removes one defect gets the new set', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href
    // Placeholder bullets right after the overview heading and a blank line.
    const firstLine = valid.split('\n').indexOf('## Architecture Overview') + 2
    const withPlaceholders = (numbers: number[]) =>
      valid.replace('## Architecture Overview\n', '## Architecture Overview\n\n' + numbers.map((number) => `- [Placeholder ${number}]\n`).join(''))
    const expected = (numbers: number[]): Diagnostic[] =>
      numbers.map((number, index) => ({
        range: {start: {line: firstLine + index, character: 2}, end: {line: firstLine + index, character: 2 + `[Placeholder ${number}]`.length}},
        message: `Bracketed text \`[Placeholder ${number}]\` looks like a template placeholder: replace it, make it a link, or escape the brackets`,
        severity: 1,
        code: 'no-template-placeholders',
        source: 'archdoc-lint',
        codeDescription: {href: docs + 'no-template-placeholders.md'}
      }))

    const all = Array.from({length: 320}, (_, index) => index)
    await open(session, uri, withPlaceholders(all))
    expect(await session.next(uri)).toEqual({uri, version: 1, diagnostics: expected(all)})

    const oneFixed = all.filter((number) => number !== 150)
    await change(session, uri, 2, withPlaceholders(oneFixed))
    expect(await session.next(uri)).toEqual({uri, version: 2, diagnostics: expected(oneFixed)})
  })

  it('a burst of 500 edits at 100 per second: versions never go backwards, each publication matches its text, the last is the final text', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href
    // Each version names itself in the title, so a publication shows which text it was computed from.
    const titled = (version: number) => valid.replace('# Architecture Design Changes', `# Design ${version}`)
    const final = 501
    await open(session, uri, titled(1))
    for (let version = 2; version <= final; version++) {
      await change(session, uri, version, titled(version))
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    let last = await session.next(uri)
    while (last.version !== final) last = await session.next(uri)

    // Anything still in flight for the burst arrives before the answer about a later document.
    const other = pathToFileURL(path.join(folder, 'other.md')).href
    await open(session, other, '# Design\n')
    await session.next(other)

    const publications = session.published.get(uri)!
    expect(publications.at(-1)).toEqual({uri, version: final, diagnostics: [titleDiagnostic(1, `Design ${final}`, `# Design ${final}`.length)]})
    for (const [index, publication] of publications.entries()) {
      expect(publication.version).toBeGreaterThan(index === 0 ? 0 : publications[index - 1]!.version!)
      expect(publication.diagnostics).toEqual([titleDiagnostic(1, `Design ${publication.version}`, `# Design ${publication.version}`.length)])
    }
  })

  it('says once which template sections have no role, as a warning message, as the CLI does on stderr', async () => {
    // A retitled section that no role can be inferred for.
    const sections = defaultSections.map(({role, ...section}) => (section.title === 'Performance Considerations' ? {...section, title: 'Part 9'} : {...section, role}))
    const folder = workspace({'.remarkrc.json': JSON.stringify({plugins: ['archdoc-lint', ['archdoc-lint/document', {sections}]]})})
    const session = await start(folder)
    const shown: string[] = []
    session.connection.onNotification(ShowMessageNotification.type, (params) => shown.push(`${params.type} ${params.message}`))
    const uri = pathToFileURL(path.join(folder, 'a.md')).href
    await open(session, uri, valid)
    await session.next(uri)
    await change(session, uri, 2, valid + '\n')
    await session.next(uri)
    expect(shown).toEqual([
      '2 archdoc-lint: .remarkrc.json: sections with no role get only the structural checks: `Part 9` (give each a `role`, see the README)'
    ])
  })

  it("a message's related places become relatedInformation in the same document", async () => {
    const folder = workspace({
      // A plugin that reports one message about two places, in the agreed shape.
      'twice.mjs': [
        'export default function twice() {',
        '  return (tree, file) => {',
        "    const message = file.message('`Team` is defined twice', {place: {start: {line: 3, column: 1}, end: {line: 3, column: 5}}, ruleId: 'twice', source: 'test'})",
        '    message.fatal = false',
        "    message.related = [{place: {start: {line: 1, column: 3}, end: {line: 1, column: 7}}, message: 'first defined here'}]",
        '  }',
        '}',
        ''
      ].join('\n'),
      '.remarkrc.json': JSON.stringify({plugins: ['./twice.mjs']})
    })
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'doc.md')).href
    await open(session, uri, '# Team\n\nTeam\n')
    expect((await session.next(uri)).diagnostics).toEqual([
      {
        range: {start: {line: 2, character: 0}, end: {line: 2, character: 4}},
        message: '`Team` is defined twice',
        severity: 2,
        code: 'twice',
        source: 'test',
        relatedInformation: [{location: {uri, range: {start: {line: 0, character: 2}, end: {line: 0, character: 6}}}, message: 'first defined here'}]
      }
    ])
  })

  it('a fixable diagnostic carries a quick fix that, applied, clears it; fix-all fixes the rest; a stale one offers none', async () => {
    const folder = workspace({})
    const session = await start(folder)
    const uri = pathToFileURL(path.join(folder, '004217-TeamInvitations.md')).href
    const broken = valid
      .replace('## Phoenix Contexts\n', '## Phoenix Context\n')
      .replace('### Resource: MyApp.Teams.Team\n', '### Resource MyApp.Teams.Team\n')
    await open(session, uri, broken)
    const diagnostics = (await session.next(uri)).diagnostics
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.message])).toEqual([
      ['section-heading', 371, 'Heading `## Phoenix Context` should read `## Phoenix Contexts`'],
      ['subsection-heading', 41, 'Subsection heading `### Resource MyApp.Teams.Team` should read `### Resource: MyApp.Teams.Team`']
    ])
    const heading = diagnostics.find((diagnostic) => diagnostic.code === 'section-heading')!
    const range = {start: {line: 371, character: 0}, end: {line: 371, character: 18}}
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: heading.range,
      context: {diagnostics: [heading], only: [CodeActionKind.QuickFix]}
    })) as CodeAction[]
    expect(actions).toEqual([
      {
        title: 'Fix this section-heading problem',
        kind: 'quickfix',
        diagnostics: [heading],
        isPreferred: true,
        edit: {changes: {[uri]: [{range, newText: '## Phoenix Contexts'}]}}
      }
    ])
    const quickFixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, broken), actions[0]!.edit!.changes![uri]!)
    await change(session, uri, 2, quickFixed)
    expect((await session.next(uri)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['subsection-heading'])

    // The diagnostic of version 1 no longer fits the text: no quick fix from it.
    const stale = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: heading.range,
      context: {diagnostics: [heading], only: [CodeActionKind.QuickFix]}
    })) as CodeAction[]
    expect(stale).toEqual([])

    const fixAll = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: top,
      context: {diagnostics: [], only: ['source.fixAll.archdoc-lint']}
    })) as CodeAction[]
    expect(fixAll.map((action) => [action.title, action.kind])).toEqual([['Fix all archdoc-lint problems', 'source.fixAll.archdoc-lint']])
    const allFixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 2, quickFixed), fixAll[0]!.edit!.changes![uri]!)
    expect(allFixed).toBe(valid)
    await change(session, uri, 3, allFixed)
    expect(await session.next(uri)).toEqual({uri, version: 3, diagnostics: []})
  })
})
