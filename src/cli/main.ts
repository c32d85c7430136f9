/**
 * The archdoc-lint command: unified-engine with our own argument parser,
 * reporters and exit codes (unified-args has a fixed flag set, writes
 * Markdown back with --output and maps every failure to exit 1).
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {packageVersion} from '../package.js'
import {helpText, parseCliArgs, UsageError, type CliOptions, type LintOptions} from './args.js'
import {escapeControl} from './escape.js'
import {createDoc} from './new.js'
import type {Streams} from './report.js'
import {readStdin} from './stdin.js'

export type {Streams}
/** For bin/archdoc-lint.js: its last-resort error line is escaped like every other. */
export {escapeControl}

export async function main(
  argv: string[],
  streams: Streams = process,
  cwd = process.cwd(),
  stdin: NodeJS.ReadableStream = process.stdin
): Promise<number> {
  let options: CliOptions
  try {
    options = parseCliArgs(argv)
    if (options.command === 'lint' && options.rules && options.rules.length > 0) await checkRules(options.rules)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    streams.stderr.write(`archdoc-lint: ${escapeControl(error.message)} (see \`archdoc-lint --help\`)\n`)
    return 2
  }

  switch (options.command) {
    case 'help':
      streams.stdout.write(helpText + '\n')
      return 0
    case 'version':
      streams.stdout.write(packageVersion() + '\n')
      return 0
    case 'new':
      return createDoc(options, streams, cwd)
    case 'lint':
      return lintCommand(options, streams, cwd, stdin)
  }
}

async function lintCommand(options: LintOptions, streams: Streams, cwd: string, stdin: NodeJS.ReadableStream): Promise<number> {
  // A config or ignore file named on the command line that cannot be read
  // stops the run before anything is linted: every file would fail on it.
  for (const [flag, given] of [['--config', options.configFile], ['--ignore-path', options.ignorePath]] as const) {
    const problem = given === undefined ? undefined : unreadable(path.resolve(cwd, given))
    if (problem) {
      streams.stderr.write(`archdoc-lint: ${given}: ${problem} (given with \`${flag}\`)\n`)
      return 2
    }
  }

  // Loaded only to lint: --help, --version and `new` start fast.
  const [{lint}, {writeReports}, {watch}, {showProgress}, {VFile}] = await Promise.all([
    import('./lint.js'),
    import('./report.js'),
    import('./watch.js'),
    import('./progress.js'),
    import('vfile')
  ])
  const input = options.stdin ? await readStdin(stdin) : undefined
  const stdinFile = () => (input === undefined ? undefined : new VFile({path: path.resolve(cwd, options.stdinFilename ?? '<stdin>'), value: input}))
  if (options.fix) return lintAndFix(options, streams, cwd, stdinFile())
  const once = async () => {
    const progress = options.format === 'stylish' ? showProgress(streams.stderr) : undefined
    try {
      const run = await lint({
        ...options,
        stdin: stdinFile(),
        cwd,
        cacheLocation: options.cacheLocation && path.resolve(cwd, options.cacheLocation),
        version: packageVersion(),
        onProgress: progress?.update
      })
      progress?.clear()
      return await writeReports(run, options, streams, cwd, packageVersion())
    } finally {
      progress?.clear()
    }
  }
  if (options.watch) return watch(options, once, streams, cwd)
  return once()
}

/** Why `file` cannot serve as a config or ignore file, if it cannot. */
function unreadable(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? undefined : 'not a regular file'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`
  }
}

/** `--rule` settings get the checks a config file's get, as usage errors. */
async function checkRules(rules: Array<[string, unknown]>): Promise<void> {
  const {checkRuleSetting} = await import('./config.js')
  for (const [id, setting] of rules) {
    try {
      checkRuleSetting(id, setting)
    } catch (error) {
      throw new UsageError(`Option \`--rule\`: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/** `--fix` / `--fix-dry-run`: lint, fix (src/cli/fix.ts), then report what remains. */
async function lintAndFix(options: LintOptions, streams: Streams, cwd: string, stdin: VFile | undefined): Promise<number> {
  const [{lint, engineSettings}, {writeReports}, {fixRun}, {rules}] = await Promise.all([import('./lint.js'), import('./report.js'), import('./fix.js'), import('../rules.js')])
  const known = rules.map((rule) => rule.meta.id)
  const unknown = options.fixRules?.find((id) => !known.includes(id))
  if (unknown !== undefined) {
    streams.stderr.write(`archdoc-lint: Unknown rule \`${escapeControl(unknown)}\` in \`--fix-rule\` (see \`archdoc-lint --help\`)\n`)
    return 2
  }
  // Standard input's text and absolute path, taken before the engine makes the path relative.
  const input = stdin && {path: path.resolve(cwd, stdin.path), text: String(stdin.value)}
  const settings = {...options, stdin, cwd, cacheLocation: options.cacheLocation && path.resolve(cwd, options.cacheLocation), version: packageVersion()}
  const run = await lint(settings)
  const fixed = await fixRun(run, {mode: options.fix!, rules: options.fixRules, settings: engineSettings(settings), cwd, stdin: input})
  // The diff takes stdout only where the report does not.
  if (options.format === 'stylish' || options.outputFile) for (const diff of fixed.diffs) streams.stdout.write(diff)
  for (const note of fixed.notes) streams.stderr.write(`archdoc-lint: ${note}\n`)
  return writeReports(fixed.run, options, streams, cwd, packageVersion())
}
