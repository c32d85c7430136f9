/**
 * The layers of the code, declared in this one place, and the check that
 * keeps them: a folder (or a file at the top of src/) imports only what sits
 * in its own layer or a lower one, and no two of them import each other,
 * directly or through others. Type imports, re-exports and dynamic imports
 * count. `node scripts/layers.js` prints what breaks the rule;
 * test/architecture.test.ts runs the same check.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** Lowest first. A unit is a folder or a single file; paths from the repository root. */
export const layers = [
  {name: 'words and names', units: ['src/text', 'src/package.ts', 'src/fix']},
  {name: 'the Markdown document', units: ['src/document']},
  {name: 'language readers', units: ['src/code', 'src/elixir', 'src/sql', 'src/graphql']},
  {name: 'domain models', units: ['src/ash', 'src/phoenix', 'src/rest', 'src/join']},
  {name: 'the pipeline', units: ['src/guard', 'src/pipeline']},
  {name: 'rules', units: ['src/rule.ts', 'rules']},
  {name: 'entry points', units: ['src/rules.ts', 'src/index.ts', 'src/startup.ts', 'src/cli', 'src/server']}
]

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The unit a file belongs to, or undefined outside src/ and rules/. */
function unitOf(root, file) {
  const relative = path.relative(root, file).split(path.sep).join('/')
  for (const layer of layers) {
    for (const unit of layer.units) {
      if (relative === unit || relative.startsWith(unit + '/')) return unit
    }
  }
  return undefined
}

function layerOf(unit) {
  return layers.findIndex((layer) => layer.units.includes(unit))
}

function sourceFiles(folder) {
  const found = []
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name)
    if (statSync(full).isDirectory()) found.push(...sourceFiles(full))
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(full)
  }
  return found
}

/** Every relative import of a file (static, type-only, re-export, dynamic), resolved to a file path. */
function importsOf(file) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return info.importedFiles
    .map((entry) => entry.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'))
}

/** What breaks the layering: imports that go up a layer, and cycles between units (of this repository, or of another tree laid out the same way). */
export function checkLayers(root = repositoryRoot) {
  const problems = []
  const edges = new Map()
  const files = ['src', 'rules'].flatMap((folder) => (existsSync(path.join(root, folder)) ? sourceFiles(path.join(root, folder)) : []))
  for (const file of files) {
    const from = unitOf(root, file)
    const where = path.relative(root, file)
    if (!from) {
      problems.push(`${where}: in no layer (declare its folder in scripts/layers.js)`)
      continue
    }
    for (const target of importsOf(file)) {
      const to = unitOf(root, target)
      if (!to || to === from) continue
      if (layerOf(to) > layerOf(from)) {
        problems.push(`${where} imports ${path.relative(root, target)}: ${from} (${layers[layerOf(from)].name}) must not import ${to} (${layers[layerOf(to)].name}, a higher layer)`)
      }
      if (!edges.has(from)) edges.set(from, new Map())
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${where} → ${path.relative(root, target)}`)
    }
  }
  for (const cycle of cycles(edges)) problems.push(`import cycle: ${cycle.join(', ')}`)
  return problems
}

/** The cycles of the unit graph, one per strongly connected component, each with the imports that close it. */
function cycles(edges) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  let counter = 0
  function connect(unit) {
    index.set(unit, counter)
    low.set(unit, counter)
    counter++
    stack.push(unit)
    onStack.add(unit)
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next)
        low.set(unit, Math.min(low.get(unit), low.get(next)))
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit), index.get(next)))
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== unit)
      if (component.length > 1) {
        const members = new Set(component)
        found.push(component.flatMap((from) => [...(edges.get(from) ?? [])].filter(([to]) => members.has(to)).map(([, via]) => via)).sort())
      }
    }
  }
  for (const unit of edges.keys()) if (!index.has(unit)) connect(unit)
  return found
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkLayers()
  for (const problem of problems) console.log(problem)
  console.log(problems.length === 0 ? 'layers: no problem' : `layers: ${problems.length} problems`)
  process.exitCode = problems.length === 0 ? 0 : 1
}
