#!/usr/bin/env node
import {main} from '../dist/src/cli/main.js'

main(process.argv.slice(2)).then(
  function (code) {
    process.exitCode = code
  },
  function (error) {
    // Last resort: never a stack trace for the user, but say what happened.
    process.stderr.write('archdoc-lint: internal error: ' + (error && error.message ? error.message : String(error)) + '\n')
    process.exitCode = 2
  }
)
