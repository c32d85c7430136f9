/**
 * The README's editor snippets, run as written in the real editor where this
 * machine has it: Neovim, headless, with the snippet for its version as
 * `init.lua` and `archdoc-lint-language-server` on the PATH. It opens a doc
 * with a wrong title, waits for the diagnostic, fixes the title in the
 * buffer, and waits for the diagnostics to clear (`didChange` through the
 * editor's own client).
 *
 * Neovim comes from Debian's package (`.ci/editors.sh` installs it in CI);
 * where it is missing, the test is skipped and says why.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, workspaces} from './helpers.js'

const {workspace} = workspaces('editors')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const valid = readFileSync(path.join(root, 'fixtures', 'valid', '004217-TeamInvitations.md'), 'utf8')

/** The README's code block that starts with `-- archdoc-lint: <marker>`. */
function snippet(marker: string): string {
  const start = readme.indexOf('```lua\n-- archdoc-lint: ' + marker + '\n')
  if (start === -1) throw new Error(`README has no Lua snippet for ${marker}`)
  const body = readme.slice(start + '```lua\n'.length)
  return body.slice(0, body.indexOf('```\n'))
}

function neovimVersion(): [number, number] | undefined {
  const result = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
  const match = /^NVIM v(\d+)\.(\d+)/.exec(result.stdout ?? '')
  return match ? [Number(match[1]), Number(match[2])] : undefined
}

const version = neovimVersion()
const marker = version && (version[0] > 0 || version[1] >= 11 ? 'nvim 0.11' : version[1] === 10 ? 'nvim 0.10' : version[1] >= 7 ? 'nvim 0.7-0.9' : undefined)
const skipReason = !version ? 'nvim is not installed (.ci/editors.sh installs it)' : !marker ? `Neovim ${version.join('.')} is older than any snippet (0.7+)` : ''

// Runs after init.lua and after the doc is loaded; writes what it saw to result.txt and quits.
const check = `
local function wait_for(predicate) return vim.wait(60000, predicate, 50) end
local function describe()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(lines, string.format('%d:%d-%d:%d %s %s %s', d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.code or '', d.message))
  end
  table.sort(lines)
  return lines
end
local result = {}
table.insert(result, 'opened ' .. tostring(wait_for(function() return #vim.diagnostic.get(0) > 0 end)))
vim.list_extend(result, describe())
vim.api.nvim_buf_set_lines(0, 0, 1, false, {'# Architecture Design Changes'})
table.insert(result, 'fixed ' .. tostring(wait_for(function() return #vim.diagnostic.get(0) == 0 end)))
vim.list_extend(result, describe())
vim.fn.writefile(result, 'result.txt')
vim.cmd('qall!')
`

describe('editor snippets', () => {
  it.skipIf(Boolean(skipReason))(`Neovim runs the README's snippet for its version${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    const folder = workspace({
      '004217-TeamInvitations.md': valid.replace('# Architecture Design Changes', '# Design'),
      'init.lua': snippet(marker!),
      'check.lua': check
    })
    const bin = path.join(folder, 'bin')
    mkdirSync(bin)
    symlinkSync(path.join(root, 'bin', 'archdoc-lint-language-server.js'), path.join(bin, 'archdoc-lint-language-server'))
    for (const name of ['config', 'data', 'state', 'cache']) mkdirSync(path.join(folder, 'xdg', name), {recursive: true})
    writeFileSync(path.join(folder, 'result.txt'), '')

    const run = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', 'init.lua', '-c', 'luafile check.lua', '004217-TeamInvitations.md'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // A guard against a hung editor, not a measurement.
      timeout: 150_000,
      env: {
        ...process.env,
        PATH: bin + path.delimiter + process.env.PATH,
        HOME: folder,
        XDG_CONFIG_HOME: path.join(folder, 'xdg', 'config'),
        XDG_DATA_HOME: path.join(folder, 'xdg', 'data'),
        XDG_STATE_HOME: path.join(folder, 'xdg', 'state'),
        XDG_CACHE_HOME: path.join(folder, 'xdg', 'cache')
      }
    })
    expect(run.error, run.stderr).toBeUndefined()
    expect(readFileSync(path.join(folder, 'result.txt'), 'utf8').split('\n')).toEqual([
      'opened true',
      '0:0-0:8 1 document-title Unexpected document title `Design`, expected `Architecture Design Changes`',
      'fixed true',
      ''
    ])
  }, 180_000)
})
