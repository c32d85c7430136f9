#!/usr/bin/env node
/**
 * Bundle the CLI (and its worker) with esbuild after `tsc`: one start-up
 * reads a few files instead of resolving hundreds of small ESM modules.
 * Parsers that find their WASM next to their own module stay external, and
 * so does piscina (it starts workers from its own files).
 */
import {build} from 'esbuild'
import {rmSync} from 'node:fs'

rmSync('dist/bundle', {recursive: true, force: true})
await build({
  entryPoints: ['dist/src/cli/main.js', 'dist/src/cli/worker.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['web-tree-sitter', 'libpg-query', '@cursorless/tree-sitter-wasms', 'graphql', 'piscina', 'ajv'],
  // Some bundled CommonJS code calls `require`; ESM has none.
  banner: {js: "import {createRequire as __archdocRequire} from 'node:module'; const require = __archdocRequire(import.meta.url);"},
  logLevel: 'warning'
})
