#!/usr/bin/env node
// archdoc-lint's language server (LSP over stdio by default; `--node-ipc`
// and `--socket=<port>` work too). See README: Integrations > Editors.
import {prepareProcess} from '../dist/src/startup.js'

// The compile cache and V8's WASM tiering, before the server is loaded.
prepareProcess()
const {startLanguageServer} = await import('../dist/src/server/index.js')
startLanguageServer()
