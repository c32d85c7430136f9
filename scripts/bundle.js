#!/usr/bin/env node
/**
 * Bundle the CLI (and its worker) with esbuild after `tsc`: one start-up
 * reads a few files instead of resolving hundreds of small ESM modules.
 * Parsers that find their WASM next to their own module stay external, and
 * so does piscina (it starts workers from its own files).
 */
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

rmSync('dist/bundle', {recursive: true, force: true})
await build({
  entryPoints: ['dist/src/cli/main.js', 'dist/src/cli/worker.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['web-tree-sitter', 'libpg-query', '@cursorless/tree-sitter-wasms', 'piscina', 'ajv'],
  // Some bundled CommonJS code calls `require`; ESM has none.
  banner: {js: "import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);"},
  plugins: [engineInternals(), lazyDependencies(), graphqlModules()],
  logLevel: 'warning'
})

/**
 * graphql 16 has no exports map: Node and esbuild would both take its
 * CommonJS build (~100 files, nothing left out). Its ES modules (`.mjs`
 * beside each `.js`) let the bundle keep only what src/code/graphql-js.ts
 * and the rules import.
 */
function graphqlModules() {
  const folder = path.dirname(createRequire(import.meta.url).resolve('graphql/package.json'))
  return {
    name: 'graphql-modules',
    setup(builder) {
      builder.onResolve({filter: /^graphql(?:\/|$)/}, function (args) {
        const inside = args.path.slice('graphql'.length).replace(/^\//, '')
        return {path: path.join(folder, inside === '' ? 'index.mjs' : inside.replace(/\.js$/, '.mjs'))}
      })
    }
  }
}

/**
 * src/cli/engine-internals.js reaches two files of unified-engine by path at
 * run time; in the bundle they are imported statically instead (see there).
 */
function engineInternals() {
  const folder = path.dirname(createRequire(import.meta.url).resolve('unified-engine'))
  return {
    name: 'engine-internals',
    setup(builder) {
      builder.onResolve({filter: /\/engine-internals\.js$/}, (args) => ({path: args.path, namespace: 'engine-internals'}))
      builder.onLoad({filter: /.*/, namespace: 'engine-internals'}, () => ({
        contents: [
          `import {finder} from ${JSON.stringify(path.join(folder, 'lib', 'finder.js'))}`,
          `import {Ignore} from ${JSON.stringify(path.join(folder, 'lib', 'ignore.js'))}`,
          'export async function loadEngineInternals() {',
          '  return {finder, Ignore}',
          '}'
        ].join('\n'),
        resolveDir: folder,
        loader: 'js'
      }))
    }
  }
}

/**
 * Dependencies of unified-engine that a run rarely needs, loaded when first
 * used instead of at start-up: `yaml` (a YAML config file) and npm's config
 * reader (load-plugin asks it for npm's global folder only when a plugin is
 * not found locally). Evaluating them took about 50 and 30 ms of every run,
 * measured by importing the engine bundle with and without them. They are
 * CommonJS packages, required from the package that depends on them, so a
 * nested install still finds its own version.
 */
function lazyDependencies() {
  const shims = {
    yaml: `const engine = __lazyRequire(__lazyRequire(import.meta.url).resolve('unified-engine'))
export default {parse: (...values) => engine('yaml').parse(...values)}`,
    '@npmcli/config': `const engine = __lazyRequire(__lazyRequire(import.meta.url).resolve('unified-engine'))
const loadPlugin = __lazyRequire(engine.resolve('load-plugin'))
export default class NpmConfig {
  constructor(options) {
    const Config = loadPlugin('@npmcli/config')
    return new Config({...options, definitions: loadPlugin('@npmcli/config/lib/definitions/definitions.js')})
  }
}`,
    // Passed to NpmConfig above, which reads the real ones itself.
    '@npmcli/config/lib/definitions/definitions.js': 'export default undefined'
  }
  return {
    name: 'lazy-dependencies',
    setup(builder) {
      builder.onResolve({filter: /^(?:yaml|@npmcli\/config(?:\/lib\/definitions\/definitions\.js)?)$/}, function (args) {
        const from = args.importer.replaceAll('\\', '/')
        const owner = args.path === 'yaml' ? '/unified-engine/' : '/load-plugin/'
        return from.includes('/node_modules' + owner) ? {path: args.path, namespace: 'lazy'} : undefined
      })
      builder.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({
        contents: "import {createRequire as __lazyRequire} from 'node:module'\n" + shims[args.path],
        loader: 'js'
      }))
    }
  }
}
