#!/usr/bin/env node
/**
 * `npm run bench`: archdoc-lint side by side with the Markdown linters people
 * use today (remark-cli + remark-preset-lint-recommended, markdownlint-cli2),
 * on the same generated corpus, in the same run.
 *
 * Each command runs several times after a warm-up, interleaved with the
 * anchors; the table shows medians and the median of per-pair ratios, so a
 * noisy machine does not decide the result. Nothing here is a test.
 *
 * Options: --runs N (default 5), --quick (fewer runs, smaller cases),
 *          --only <case,...> (1-file, 500-files, 5mb-doc, 500-cached, growth, startup, editor, node-versions, long-lines)
 *
 * `node-versions` runs the 1-file and 500-file cases on every Node it finds:
 * this one, the ones `scripts/node-versions.sh` installed under
 * `.node-versions/`, and the executables listed in ARCHDOC_BENCH_NODES
 * (separated like PATH), with remark-cli and markdownlint-cli2 run by the
 * same Node, and prints each one's time, peak RSS and ratios to both, the
 * one-file time without the compile cache too.
 *
 * Every case lints with `--no-config` (the anchors with their usual
 * config), as the speed targets are stated.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.join(root, '.bench-corpus')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    quick: {type: 'boolean', default: false},
    only: {type: 'string'}
  }
})
const runs = values.quick ? 3 : Number(values.runs)
const only = values.only ? new Set(values.only.split(',')) : undefined
const wanted = (name) => !only || only.has(name)

// ---------------------------------------------------------------------------
// Corpus: realistic docs made from fixtures/valid with renamed stories,
// resources and tables, 2 KB to 50 KB, some with defects.

function seeded(seed) {
  let state = seed >>> 0
  return function () {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const words = ['Team', 'Project', 'Invoice', 'Ticket', 'Order', 'Budget', 'Review', 'Asset', 'Shift', 'Course']

function renameDoc(text, index, random) {
  const word = words[index % words.length] + String(index)
  let out = text
    // A new story reference (6 digits) for every doc.
    .replace(/\b\d{6}-([A-Z][A-Za-z0-9]*)/g, (_, name) => String(100000 + index).padStart(6, '0') + '-' + name + index)
  // Rename one resource family per doc so docs are not identical.
  out = out.replace(/\bInvitation/g, 'Invite' + word).replace(/\binvitations\b/g, 'invite_' + word.toLowerCase() + 's')
  if (random() < 0.1) out = out.replace('CREATE TABLE', 'CREATE TABEL') // a SQL defect
  if (random() < 0.1) out = out.replace(/\n  end\nend\n/, '\nend\n') // an Elixir defect
  if (random() < 0.05) out = out.replace('## Security Considerations', '## Security') // a structure defect
  return out
}

/** Grow a doc towards `bytes` by repeating its overview prose and its resources. */
function growDoc(text, bytes) {
  if (text.length >= bytes) return text
  const overview = /## Architecture Overview\n([\s\S]*?)\n## /.exec(text)?.[1] ?? 'More context.\n'
  const extra = []
  let size = text.length
  let copy = 0
  while (size < bytes) {
    const chunk = `\n${overview.trim()}\n\nNote ${copy++}: the above applies to shard ${copy}.\n`
    extra.push(chunk)
    size += chunk.length
  }
  return text.replace('## Ash Resources', extra.join('') + '\n## Ash Resources')
}

function makeCorpus() {
  const validDir = path.join(root, 'fixtures', 'valid')
  const sources = readdirSync(validDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(path.join(validDir, name), 'utf8'))
  if (sources.length === 0) throw new Error('no fixtures/valid/*.md to build the corpus from')
  rmSync(corpus, {recursive: true, force: true})
  mkdirSync(path.join(corpus, 'many'), {recursive: true})
  mkdirSync(path.join(corpus, 'one'), {recursive: true})
  mkdirSync(path.join(corpus, 'big'), {recursive: true})
  const random = seeded(42)
  const count = values.quick ? 100 : 500
  for (let index = 0; index < count; index++) {
    const size = 2048 + Math.floor(random() * random() * 48 * 1024)
    const doc = growDoc(renameDoc(sources[index % sources.length], index, random), size)
    // Named after its story reference, as `archdoc-lint new` names docs (story-reference compares the two).
    const reference = /\b\d{6}-[A-Z][A-Za-z0-9]*/.exec(doc)?.[0] ?? `${100000 + index}-Doc${index}`
    writeFileSync(path.join(corpus, 'many', `${reference}.md`), doc)
  }
  const one = renameDoc(sources[0], 1, seeded(1)).replace(/\b\d{6}-[A-Z][A-Za-z0-9]*/g, '004217-TeamInvitations')
  writeFileSync(path.join(corpus, 'one', '004217-TeamInvitations.md'), one)
  writeFileSync(path.join(corpus, 'big', 'big-5mb.md'), bigDoc(sources, 5 * 1024 * 1024))
  // Growth is measured below the input guard's size limit (4 MiB): 250 KB and 2.5 MB (the line limit is 100,000).
  writeFileSync(path.join(corpus, 'big', 'big-250kb.md'), bigDoc(sources, 250 * 1024))
  writeFileSync(path.join(corpus, 'big', 'big-2.5mb.md'), bigDoc(sources, 2560 * 1024))
  // The anchors lint with their usual config; archdoc-lint uses its preset.
  writeFileSync(path.join(corpus, '.remarkrc.anchor.json'), JSON.stringify({plugins: ['remark-gfm', 'remark-preset-lint-recommended']}))
  return count
}

/** One large doc: many resources and tables (all sections, all parsers). */
function bigDoc(sources, bytes) {
  const base = sources[0]
  const resources = /## Ash Resources\n([\s\S]*?)\n## Phoenix Contexts/.exec(base)?.[1] ?? ''
  const tables = /## Database Schema\n([\s\S]*?)\n## API Design/.exec(base)?.[1] ?? ''
  const parts = []
  let size = base.length
  for (let index = 0; size < bytes; index++) {
    const chunkR = resources.replace(/MyApp\.(\w+)\.(\w+)/g, `MyApp.$1.$2X${index}`)
    const chunkT = tables.replace(/Table: (\w+)/g, `Table: $1_x${index}`).replace(/TABLE (\w+)/g, `TABLE $1_x${index}`)
    parts.push({r: chunkR, t: chunkT})
    size += chunkR.length + chunkT.length
  }
  return base
    .replace('## Phoenix Contexts', parts.map((part) => part.r).join('\n') + '\n## Phoenix Contexts')
    .replace('## API Design', parts.map((part) => part.t).join('\n') + '\n## API Design')
}

// ---------------------------------------------------------------------------
// Running and measuring.

function run(command, args, options = {}) {
  const full = timeBin ? [timeBin, ['-f', '__TIME__ %e %M', command, ...args]] : [command, args]
  const started = process.hrtime.bigint()
  const env = {...process.env, NO_COLOR: '1', ...options.env}
  const result = spawnSync(full[0], full[1], {cwd: options.cwd ?? corpus, encoding: 'utf8', maxBuffer: 1 << 30, env})
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const timing = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr ?? '')
  if (result.error) throw result.error
  return {wall, rssMiB: timing ? Number(timing[2]) / 1024 : NaN, code: result.status}
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Interleave the commands `runs` times after one warm-up of each. */
function measure(commands) {
  for (const command of commands) if (command.warm !== false) command.run()
  const samples = commands.map(() => [])
  for (let index = 0; index < runs; index++) {
    commands.forEach((command, position) => samples[position].push(command.run()))
  }
  return samples
}

const archdoc = (args, node = process.execPath, env = {}) => () => run(node, [path.join(root, 'bin', 'archdoc-lint.js'), '--no-color', ...args], {env})
const remarkAnchor = (args) => () =>
  run(bin('remark'), ['--rc-path', '.remarkrc.anchor.json', '--no-stdout', '--quiet', '--ignore-path', '/dev/null', ...args])
const markdownlintAnchor = (args) => () => run(bin('markdownlint-cli2'), args)

const rows = []
function addCase(name, ours, anchors) {
  const commands = [{run: ours}, ...anchors.map((anchor) => ({run: anchor.run}))]
  const samples = measure(commands)
  const wall = samples[0].map((sample) => sample.wall)
  const row = {
    case: name,
    wall: median(wall),
    rss: median(samples[0].map((sample) => sample.rssMiB)),
    ratios: anchors.map((anchor, index) => ({
      name: anchor.name,
      wall: median(samples[index + 1].map((sample) => sample.wall)),
      rss: median(samples[index + 1].map((sample) => sample.rssMiB)),
      ratio: median(wall.map((value, run) => value / samples[index + 1][run].wall))
    }))
  }
  rows.push(row)
  return row
}

function printTable() {
  const anchorNames = [...new Set(rows.flatMap((row) => row.ratios.map((ratio) => ratio.name)))]
  const header = ['case', 'archdoc-lint wall', 'peak RSS', ...anchorNames.flatMap((name) => [`${name} wall`, `ratio vs ${name}`])]
  const lines = [header, header.map(() => '---')]
  for (const row of rows) {
    const cells = [row.case, `${row.wall.toFixed(3)} s`, Number.isNaN(row.rss) ? 'n/a' : `${row.rss.toFixed(0)} MiB`]
    for (const name of anchorNames) {
      const ratio = row.ratios.find((item) => item.name === name)
      cells.push(ratio ? `${ratio.wall.toFixed(3)} s` : '', ratio ? `${ratio.ratio.toFixed(2)}×` : '')
    }
    lines.push(cells)
  }
  console.log(lines.map((cells) => '| ' + cells.join(' | ') + ' |').join('\n'))
}

// ---------------------------------------------------------------------------
// The same cases on every Node found.

/** This Node, then the others found, one per version, oldest first. */
function nodeVersions() {
  const candidates = [process.execPath]
  const installed = path.join(root, '.node-versions', 'node_modules')
  if (existsSync(installed)) {
    for (const name of readdirSync(installed)) if (name.startsWith('node-')) candidates.push(path.join(installed, name, 'bin', 'node'))
  }
  for (const item of (process.env.ARCHDOC_BENCH_NODES ?? '').split(path.delimiter)) if (item) candidates.push(path.resolve(item))
  const byVersion = new Map()
  for (const node of candidates) {
    const result = existsSync(node) ? spawnSync(node, ['--version'], {encoding: 'utf8'}) : undefined
    const version = result?.status === 0 ? result.stdout.trim() : undefined
    if (!version) console.error(`node-versions: ${node} does not run, left out`)
    else if (!byVersion.has(version)) byVersion.set(version, node)
  }
  const major = (version) => version.slice(1).split('.').map(Number)
  return [...byVersion].map(([version, node]) => ({version, node})).sort((a, b) => {
    const [x, y] = [major(a.version), major(b.version)]
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
  })
}

/** Node 22.1 and later have the module compile cache. */
function hasCompileCache(version) {
  const [major, minor] = version.slice(1).split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 1)
}

const remarkCli = path.join(root, 'node_modules', 'remark-cli', 'cli.js')
const markdownlintCli = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')

/**
 * The targets, per Node found: the 1-file and the many-file cases,
 * with both anchors run by the same Node (a version's speed is the
 * platform's as much as ours), the one-file time without the compile cache
 * too. Ratios are medians of per-pair ratios.
 */
function printNodeVersions(nodes) {
  const uncached = {NODE_DISABLE_COMPILE_CACHE: '1'}
  const remarkOn = (node, args) => () =>
    run(node, [remarkCli, '--rc-path', '.remarkrc.anchor.json', '--no-stdout', '--quiet', '--ignore-path', '/dev/null', ...args])
  const markdownlintOn = (node, args) => () => run(node, [markdownlintCli, ...args])
  const results = nodes.map(function ({version, node}) {
    // One process per sample; each command's first run is its warm-up (and fills the compile cache).
    const commands = [
      {run: archdoc(['--no-config', 'one'], node)},
      {run: remarkOn(node, ['one'])},
      {run: markdownlintOn(node, ['one/*.md'])},
      {run: archdoc(['--no-config', 'many'], node)},
      {run: remarkOn(node, ['many'])},
      {run: markdownlintOn(node, ['many/*.md'])}
    ]
    if (hasCompileCache(version)) commands.push({run: archdoc(['--no-config', 'one'], node, uncached)})
    const [one, oneRemark, oneMarkdownlint, many, manyRemark, manyMarkdownlint, oneUncached] = measure(commands)
    const stats = (samples) => samples && {wall: median(samples.map((s) => s.wall)), rss: median(samples.map((s) => s.rssMiB))}
    const ratio = (ours, anchor) => median(ours.map((sample, index) => sample.wall / anchor[index].wall))
    return {
      version,
      one: stats(one),
      oneUncached: stats(oneUncached),
      many: stats(many),
      oneVsRemark: ratio(one, oneRemark),
      oneVsMarkdownlint: ratio(one, oneMarkdownlint),
      manyVsRemark: ratio(many, manyRemark),
      manyVsMarkdownlint: ratio(many, manyMarkdownlint),
      anchors: {oneRemark: stats(oneRemark), oneMarkdownlint: stats(oneMarkdownlint), manyRemark: stats(manyRemark), manyMarkdownlint: stats(manyMarkdownlint)}
    }
  })
  const times = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`)
  const mib = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`)
  const lines = [
    `per Node version, anchors run by the same Node (medians of ${runs} runs after a warm-up; ratios: median of per-pair wall-time ratios):`,
    `| Node | 1 file | peak RSS | vs remark-cli | vs markdownlint-cli2 | 1 file, no compile cache | ${count} files | peak RSS | vs remark-cli | vs markdownlint-cli2 |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const result of results) {
    lines.push(
      '| ' +
        [
          result.version,
          `${result.one.wall.toFixed(3)} s`,
          mib(result.one.rss),
          times(result.oneVsRemark),
          times(result.oneVsMarkdownlint),
          result.oneUncached ? `${result.oneUncached.wall.toFixed(3)} s` : '(no compile cache)',
          `${result.many.wall.toFixed(2)} s`,
          mib(result.many.rss),
          times(result.manyVsRemark),
          times(result.manyVsMarkdownlint)
        ].join(' | ') +
        ' |'
    )
  }
  lines.push('', 'the anchors on each Node (wall, peak RSS):', '| Node | remark-cli 1 file | markdownlint-cli2 1 file | remark-cli ' + count + ' files | markdownlint-cli2 ' + count + ' files |', '| --- | --- | --- | --- | --- |')
  for (const {version, anchors} of results) {
    const cell = (stats, digits) => `${stats.wall.toFixed(digits)} s, ${mib(stats.rss)}`
    lines.push(`| ${version} | ${cell(anchors.oneRemark, 3)} | ${cell(anchors.oneMarkdownlint, 3)} | ${cell(anchors.manyRemark, 2)} | ${cell(anchors.manyMarkdownlint, 2)} |`)
  }
  console.log('\n' + lines.join('\n'))
  if (nodes.length === 1) console.log('(only this Node found: `scripts/node-versions.sh` installs 22, 24 and 26 under .node-versions/)')
}

// ---------------------------------------------------------------------------

const count = makeCorpus()
console.log(`corpus: ${count} docs in ${path.relative(root, corpus)}/, runs per case: ${runs} (+1 warm-up)\n`)

if (wanted('1-file')) {
  addCase('1 file (pre-commit)', archdoc(['--no-config', 'one']), [
    {name: 'remark-cli', run: remarkAnchor(['one'])},
    {name: 'markdownlint-cli2', run: markdownlintAnchor(['one/*.md'])}
  ])
}
if (wanted('500-files')) {
  addCase(`${count} files (CI)`, archdoc(['--no-config', 'many']), [
    {name: 'remark-cli', run: remarkAnchor(['many'])},
    {name: 'markdownlint-cli2', run: markdownlintAnchor(['many/*.md'])}
  ])
}
if (wanted('5mb-doc')) {
  // Over the input guard's 4 MiB limit: archdoc-lint answers with one "not linted" message.
  addCase('one 5 MB doc (over the 4 MiB guard)', archdoc(['big/big-5mb.md']), [
    {name: 'remark-cli', run: remarkAnchor(['big/big-5mb.md'])},
    {name: 'markdownlint-cli2', run: markdownlintAnchor(['big/big-5mb.md'])}
  ])
}
const help = spawnSync(process.execPath, [path.join(root, 'bin', 'archdoc-lint.js'), '--help'], {encoding: 'utf8'}).stdout
if (wanted('500-cached') && help.includes('--cache')) {
  const cacheDir = path.join(corpus, '.cache')
  const cold = median(measure([{run: () => (rmSync(cacheDir, {recursive: true, force: true}), archdoc(['--cache', '--cache-location', cacheDir, 'many'])())}])[0].map((s) => s.wall))
  archdoc(['--cache', '--cache-location', cacheDir, 'many'])()
  const row = addCase(`${count} files re-run (--cache)`, archdoc(['--cache', '--cache-location', cacheDir, 'many']), [])
  row.note = `cold ${cold.toFixed(3)} s → warm ${row.wall.toFixed(3)} s = ${(row.wall / cold).toFixed(3)}× the cold run`
}

printTable()
for (const row of rows) if (row.note) console.log(`\n${row.case}: ${row.note}`)

if (wanted('node-versions')) printNodeVersions(nodeVersions())

if (wanted('growth') || wanted('editor')) {
  // In one process (bench/inprocess.js): a process start would drown both.
  const result = spawnSync(process.execPath, [path.join(root, 'bench', 'inprocess.js'), corpus, String(runs)], {encoding: 'utf8'})
  const lines = (result.stdout || result.stderr).trim().split('\n')
  process.stdout.write('\n' + lines.filter((line) => (line.startsWith('growth') ? wanted('growth') : line.startsWith('editor') ? wanted('editor') : true)).join('\n') + '\n')
}

if (wanted('long-lines')) {
  const result = spawnSync(process.execPath, [path.join(root, 'bench', 'long-lines.js'), String(runs)], {encoding: 'utf8'})
  process.stdout.write('\n' + (result.stdout || result.stderr))
}

if (wanted('startup')) {
  const result = spawnSync(process.execPath, [path.join(root, 'bench', 'startup.js'), path.join(corpus, 'one', '004217-TeamInvitations.md')], {encoding: 'utf8'})
  process.stdout.write('\n' + (result.stdout || result.stderr))
}
