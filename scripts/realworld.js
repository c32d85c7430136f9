#!/usr/bin/env node
// Dev script (not shipped): try the linter on a whole real Elixir project.
//
//   npm run realworld -- <path to an Elixir project> [--show N] [--json] [--per-domain]
//
// For every `.ex` and `.exs` file under the project (deps, _build and node_modules
// skipped) that holds a `use Ash.Resource` module or a LiveView, it builds one
// design doc from the template's shape, with the file's code in the right
// section (`Ash Resources` or `LiveView Components`) and plain prose in the
// others, lints it with every rule, and prints the messages grouped by rule.
// Short type names the project registers in its config (`custom_types:`) are
// given to `ash-attribute` as `customTypes`, as the project's own archdoc-lint
// configuration would. Nothing is written anywhere: the docs live in memory.
//
// With --per-domain, it builds one doc per Ash domain instead: the domain
// module under Phoenix Contexts, the resources that name it (`domain:`) under
// Ash Resources, and the LiveViews that name the domain module under LiveView
// Components, so the checks between blocks (code interfaces, destinations,
// events) meet real code.
// Needs `npm run build`.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const {default: preset} = await import('../dist/src/index.js')

const args = process.argv.slice(2)
const showIndex = args.indexOf('--show')
const show = showIndex >= 0 ? Number(args[showIndex + 1]) : 5
const projects = args.filter((arg, index) => !arg.startsWith('--') && (showIndex < 0 || index !== showIndex + 1))
const asJson = args.includes('--json')
const perDomain = args.includes('--per-domain')
if (projects.length === 0) {
  process.stderr.write('usage: npm run realworld -- <path to an Elixir project> [--show N] [--json]\n')
  process.exit(2)
}

const skipped = new Set(['deps', '_build', 'node_modules', '.git', '.elixir_ls', 'priv', 'assets'])

function* elixirFiles(folder) {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) yield* elixirFiles(path.join(folder, entry.name))
    } else if (entry.isFile() && (entry.name.endsWith('.ex') || entry.name.endsWith('.exs'))) yield path.join(folder, entry.name)
  }
}

/** The first `defmodule` name of the file. */
function moduleName(code) {
  return /^\s*defmodule\s+([A-Z][\w.]*)/m.exec(code)?.[1]
}

const isResource = (code) => /^\s*use\s+Ash\.Resource\b/m.test(code)

/**
 * The file's modules that `use Ash.Resource` in their own body, at any depth
 * (a test module may define its resources inside it), each dedented, with what
 * it nests: the doc shows the resources, not the file's other modules
 * (helpers, changes, the test module around them, a macro that only quotes one).
 */
function resourceModules(code) {
  const lines = code.split('\n')
  const modules = []
  for (let start = 0; start < lines.length; start++) {
    const head = /^( *)defmodule [A-Z][\w.]* do\s*$/.exec(lines[start])
    if (!head) continue
    const indent = head[1]
    const end = lines.findIndex((line, index) => index > start && line === indent + 'end')
    if (end < 0) continue
    // A module inside a heredoc (a `@moduledoc` example, a generator's expected output) is text, not code.
    const quotes = lines.slice(0, start).join('\n').match(/"""|'''/g)?.length ?? 0
    if (quotes % 2 === 1) continue
    const body = lines.slice(start, end + 1)
    if (!body.some((line) => line.startsWith(indent + '  use Ash.Resource'))) continue
    modules.push(body.map((line) => line.slice(Math.min(indent.length, line.length - line.trimStart().length))).join('\n'))
    start = end
  }
  return modules
}
const isLiveView = (code) => /^\s*use\s+[\w.]+,\s*:live_(view|component)\b/m.test(code) || /^\s*use\s+Phoenix\.Live(View|Component)\b/m.test(code)

function fence(code) {
  // A fence longer than any backtick run of the code.
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length))
  return '`'.repeat(longest + 1)
}

function doc(relative, kind, name, code) {
  const marks = fence(code)
  const block = `${marks}elixir\n${code.replace(/\s+$/, '')}\n${marks}`
  const resources = kind === 'resource' ? `### Resource: ${name}\n${block}` : 'This change touches no resource.'
  const liveViews = kind === 'liveview' ? `### Component: ${name}\n${block}` : 'This change touches no LiveView.'
  return `# Architecture Design Changes

## Story Reference
\`000001-RealWorldTrial\`

## Architecture Overview
The module of \`${relative.replace(/`/g, '')}\`, as the project has it, to try the linter on real code.

## Ash Resources
${resources}

## Phoenix Contexts
This change touches no context.

## LiveView Components
${liveViews}

## Database Schema
The migrations of the project are not part of this doc.

## API Design
No API changes.

## Security Considerations
- Authorization as the module says.

## Performance Considerations
- Nothing new.
`
}

const {default: ashAttribute} = await import('../dist/rules/ash-attribute.js')

/**
 * The short type names the project registers (`config :ash, custom_types:
 * [money: AshMoney.Types.Money]`), given to `ash-attribute` as its
 * `customTypes` option, as the project's own configuration would.
 */
function customTypes(root) {
  const names = []
  let folder
  try {
    folder = readdirSync(path.join(root, 'config')).filter((name) => name.endsWith('.exs'))
  } catch {
    return names
  }
  for (const name of folder) {
    const text = readFileSync(path.join(root, 'config', name), 'utf8')
    for (const match of text.matchAll(/custom_types:\s*\[([^\]]*)\]/g)) {
      for (const key of match[1].matchAll(/(\w+):\s/g)) names.push(key[1])
    }
  }
  return names
}

let processor

async function lint(value, name) {
  const file = new VFile({path: name, value})
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}

/** Lints one module's doc and adds its messages to the project's counts. */
async function lintModule(counts, examples, kind, relative, code) {
  counts.docs++
  if (kind === 'resource') counts.resources++
  else counts.liveViews++
  const value = doc(relative, kind, moduleName(code) ?? relative, code)
  // Messages inside the code block are shown at the module's line (the file's, for a top-level module).
  const codeLine = value.slice(0, value.indexOf(code.replace(/\s+$/, ''))).split('\n').length
  const where = (line) => (line >= codeLine ? `${relative}:${line - codeLine + 1}` : `${relative} (doc line ${line})`)
  const file = await lint(value, relative + '.md')
  if (file.messages.length > 0) counts.docsWithMessages++
  for (const message of file.messages) {
    const rule = message.ruleId ?? message.source ?? 'unknown'
    counts.byRule[rule] = (counts.byRule[rule] ?? 0) + 1
    ;(examples[rule] ??= []).push(`${where(message.line ?? 0)}:${message.column}: ${message.reason}`)
  }
}

/** `domain: MyApp.Billing` of a resource's `use Ash.Resource` (the first lines after it). */
function resourceDomain(code) {
  const use = code.indexOf('use Ash.Resource')
  if (use < 0) return undefined
  return /domain:\s*([A-Z][\w.]*)/.exec(code.slice(use, use + 600))?.[1]
}

const isDomain = (code) => /^  use\s+Ash\.Domain\b/m.test(code)

function domainDoc(domain, resources, liveViews) {
  const parts = []
  const blocks = []
  const section = (title, entries, heading, empty) => {
    parts.push(`## ${title}`)
    if (entries.length === 0) parts.push(empty)
    for (const entry of entries) {
      const marks = fence(entry.code)
      parts.push(`### ${heading}: ${moduleName(entry.code) ?? entry.relative}`)
      blocks.push({relative: entry.relative, line: parts.join('\n').split('\n').length + 1})
      parts.push(`${marks}elixir\n${entry.code.replace(/\s+$/, '')}\n${marks}`)
    }
  }
  parts.push('# Architecture Design Changes', '## Story Reference\n`000001-RealWorldTrial`', `## Architecture Overview\nThe domain \`${domain.name}\` with its resources and LiveViews, as the project has them.`)
  section('Ash Resources', resources, 'Resource', 'This change touches no resource.')
  section('Phoenix Contexts', [domain], 'Context Module', 'This change touches no context.')
  section('LiveView Components', liveViews, 'Component', 'This change touches no LiveView.')
  parts.push('## Database Schema\nThe migrations of the project are not part of this doc.', '## API Design\nNo API changes.')
  parts.push('## Security Considerations\n- Authorization as the modules say.', '## Performance Considerations\n- Nothing new.\n')
  return {value: parts.join('\n'), blocks}
}

/** One doc per Ash domain of the project. */
async function lintDomains(root, counts, examples) {
  const domains = []
  const resources = []
  const liveViews = []
  for (const full of elixirFiles(root)) {
    const source = readFileSync(full, 'utf8')
    const relative = path.relative(root, full)
    if (isDomain(source) && moduleName(source)) domains.push({name: moduleName(source), relative, code: source})
    else if (isResource(source)) for (const code of resourceModules(source)) resources.push({relative, code, domain: resourceDomain(code)})
    else if (isLiveView(source)) liveViews.push({relative, code: source})
  }
  for (const domain of domains) {
    const own = resources.filter((resource) => resource.domain === domain.name)
    const mention = new RegExp(`\\b${domain.name.replaceAll('.', '\\.')}\\b`)
    const views = liveViews.filter((view) => mention.test(view.code))
    counts.docs++
    counts.resources += own.length
    counts.liveViews += views.length
    const {value, blocks} = domainDoc(domain, own, views)
    const file = await lint(value, domain.relative + '.md')
    if (file.messages.length > 0) counts.docsWithMessages++
    for (const message of file.messages) {
      const rule = message.ruleId ?? message.source ?? 'unknown'
      counts.byRule[rule] = (counts.byRule[rule] ?? 0) + 1
      const line = message.line ?? 0
      const block = blocks.filter((entry) => entry.line <= line).at(-1)
      const where = block ? `${block.relative}:${line - block.line + 1}` : `${domain.relative} (doc line ${line})`
      ;(examples[rule] ??= []).push(`${where}:${message.column}: ${message.reason}`)
    }
  }
}

const report = {}
for (const project of projects) {
  const root = path.resolve(project)
  if (!statSync(root).isDirectory()) throw new Error(`not a folder: ${project}`)
  processor = unified().use(remarkParse).use(preset).use(ashAttribute, {customTypes: customTypes(root)})
  const counts = {docs: 0, resources: 0, liveViews: 0, docsWithMessages: 0, byRule: {}}
  const examples = {}
  if (perDomain) {
    await lintDomains(root, counts, examples)
    report[project] = {counts, examples}
    continue
  }
  for (const full of elixirFiles(root)) {
    const source = readFileSync(full, 'utf8')
    const kind = isResource(source) ? 'resource' : isLiveView(source) ? 'liveview' : undefined
    if (!kind) continue
    const codes = kind === 'resource' ? resourceModules(source) : [source]
    // `file.ex#2`: the file's second resource module.
    for (const [index, code] of codes.entries()) {
      await lintModule(counts, examples, kind, path.relative(root, full) + (index > 0 ? `#${index + 1}` : ''), code)
    }
  }
  report[project] = {counts, examples}
}

if (asJson) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n')
} else {
  for (const [project, {counts, examples}] of Object.entries(report)) {
    const total = Object.values(counts.byRule).reduce((sum, count) => sum + count, 0)
    process.stdout.write(
      `${project}: ${counts.docs} docs (${counts.resources} resources, ${counts.liveViews} LiveViews), ` +
        `${counts.docsWithMessages} with messages, ${total} messages\n`
    )
    for (const [rule, count] of Object.entries(counts.byRule).sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`  ${rule}: ${count}\n`)
      for (const example of examples[rule].slice(0, show)) process.stdout.write(`    ${example}\n`)
    }
  }
}
