/** Command-line arguments, parsed with Node's own `util.parseArgs`. */
import {parseArgs} from 'node:util'

export const formats = ['stylish', 'json'] as const
export type Format = (typeof formats)[number]

export interface CliOptions {
  paths: string[]
  format: Format
  frail: boolean
  quiet: boolean
  silent: boolean
  config: boolean
  color: boolean
  help: boolean
  version: boolean
}

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'stylish'},
        frail: {type: 'boolean', default: false},
        quiet: {type: 'boolean', short: 'q', default: false},
        silent: {type: 'boolean', short: 's', default: false},
        config: {type: 'boolean', default: true},
        'no-config': {type: 'boolean', default: false},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    // parseArgs's messages are already one line, e.g. "Unknown option '--fral'".
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
  const values = parsed.values
  const format = values.format as string
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`, expected one of: ${formats.join(', ')}`)
  }
  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    format: format as Format,
    frail: values.frail as boolean,
    quiet: values.quiet as boolean,
    silent: values.silent as boolean,
    config: (values.config as boolean) && !(values['no-config'] as boolean),
    color: values['no-color'] ? false : ((values.color as boolean | undefined) ?? defaultColor()),
    help: values.help as boolean,
    version: values.version as boolean
  }
}

function defaultColor(): boolean {
  if (process.env.NO_COLOR) return false
  if (process.env.FORCE_COLOR) return process.env.FORCE_COLOR !== '0'
  return Boolean(process.stderr.isTTY)
}

export const helpText = `Usage: archdoc-lint [options] [paths or globs ...]

Lint architecture design docs (Markdown). Paths default to \`.\`; folders are
searched for .md files; .remarkignore is honoured; .remarkrc* and
package.json#remarkConfig are used when found, else the built-in preset.

Options:
  -f, --format <name>  stylish (default, to stderr) or json (to stdout)
      --frail          exit 1 on warnings too
  -q, --quiet          do not list files without messages
  -s, --silent         report errors only
      --no-config      ignore config files, run the built-in preset
      --color, --no-color  force or disable colour
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 clean (warnings allowed), 1 lint errors (or warnings with
--frail), 2 usage, config or I/O errors.`
