/**
 * `archdoc-lint new <NNNNNN-StoryName> [--dir <folder>]`: write a new design
 * doc from the template, with the story reference filled in, as
 * `<folder>/<NNNNNN-StoryName>.md`. Never overwrites a file.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {packageRoot} from '../package.js'
import {templatePlaceholders} from '../document/placeholders.js'
import type {NewOptions} from './args.js'
import {escapeControl} from './escape.js'
import {toRelative} from './paths.js'
import type {Streams} from './report.js'

const story = templatePlaceholders.storyReference
/** The default form of a story reference (as `story-reference` checks it). */
export const referencePattern = new RegExp(story.pattern)
/** The template's placeholder for it. */
export const referencePlaceholder = `[${story.placeholder}]`

export const templatePath = () => path.join(packageRoot(), 'template', 'design-doc-template.md')

export async function createDoc(options: NewOptions, streams: Streams, cwd: string): Promise<number> {
  const fail = (message: string) => {
    streams.stderr.write(`archdoc-lint: ${escapeControl(message)}\n`)
    return 2
  }
  if (!referencePattern.test(options.reference)) {
    return fail(`invalid story reference \`${options.reference}\`: expected six digits, a hyphen and a PascalCase name, like \`004217-TeamInvitations\``)
  }

  const folder = path.resolve(cwd, options.dir)
  const target = path.join(folder, options.reference + '.md')
  const shown = toRelative(cwd, target)

  let template: string
  try {
    template = await readFile(templatePath(), 'utf8')
  } catch {
    return fail(`cannot read the template \`${templatePath()}\``)
  }

  try {
    await mkdir(folder, {recursive: true})
    // `wx`: fail if the file exists, atomically.
    await writeFile(target, template.replace(referencePlaceholder, options.reference), {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return fail(`${shown}: already exists, not overwritten`)
    return fail(`${shown}: cannot write${code ? ` (${code})` : ''}`)
  }

  streams.stdout.write(escapeControl(shown) + '\n')
  return 0
}
