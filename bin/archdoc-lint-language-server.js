#!/usr/bin/env node
// archdoc-lint's language server (LSP over stdio by default; `--node-ipc`
// and `--socket=<port>` work too). See README: Integrations > Editors.
import {startLanguageServer} from '../dist/src/server/index.js'

startLanguageServer()
