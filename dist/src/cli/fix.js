/**
 * `--fix` and `--fix-dry-run`: apply the fixes the rules put on their
 * messages (`message.fix`, src/fix/edits.ts), lint the result again and
 * apply what the new messages carry, until nothing changes; then write the
 * files that changed (or print their diff). The report that follows is of
 * the fixed text, so the exit status says what remains.
 *
 * Writes go through a temporary file in the file's own folder, renamed over
 * it, with the file's mode: a reader never sees half a file, and a failed
 * write leaves the original whole. A symbolic link is never written through
 * (its target may be shared or outside the project); a file without fixes
 * is never touched (its bytes and mtime stay).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { applyFixes, maxFixPasses } from '../fix/edits.js';
import { escapeControl } from './escape.js';
/** Whether a message carries a fix that the options allow. */
export function fixable(message, rules) {
    return message.fix !== undefined && (rules === undefined || (message.ruleId !== undefined && rules.includes(message.ruleId)));
}
export async function fixRun(run, options) {
    const files = [];
    const diffs = [];
    const notes = [];
    const failures = [];
    let applied = 0;
    for (const file of run.files) {
        if (!file.messages.some((message) => fixable(message, options.rules))) {
            files.push(file);
            continue;
        }
        const target = path.resolve(options.cwd, file.path);
        let original;
        try {
            if (options.mode === 'write' && lstatSync(target).isSymbolicLink()) {
                notes.push(`${escapeControl(file.path)}: fixes not written: the file is a symbolic link (fix its target instead)`);
                files.push(file);
                continue;
            }
            original = options.stdin && target === options.stdin.path ? options.stdin.text : readFileSync(target, 'utf8');
        }
        catch (error) {
            failures.push({ where: file.path, reason: `fixes not applied: cannot read the file${codeOf(error)}` });
            files.push(file);
            continue;
        }
        const fixed = await fixText(original, file, options);
        applied += fixed.applied;
        if (fixed.text === original) {
            files.push(file);
            continue;
        }
        if (options.mode === 'dry-run') {
            const { createTwoFilesPatch } = await import('diff');
            diffs.push(escapeLines(createTwoFilesPatch(file.path, file.path, original, fixed.text, undefined, undefined, { context: 3 })));
            fixed.file.data.archdocFixOutput = fixed.text;
            files.push(fixed.file);
            continue;
        }
        const failure = writeSafely(target, original, fixed.text);
        if (failure) {
            failures.push({ where: file.path, reason: `fixes not written: ${failure}` });
            files.push(file);
        }
        else {
            files.push(fixed.file);
        }
    }
    // A file that could not be read or written is an I/O failure (exit 2), like any other.
    return { run: { ...run, files, failures: [...run.failures, ...failures] }, diffs, notes, applied };
}
/** Fix, lint again, fix what the new messages carry, until nothing changes or the passes run out. */
async function fixText(original, file, options) {
    const { lintChunk } = await import('./engine.js');
    let text = original;
    let current = file;
    let applied = 0;
    for (let pass = 0; pass < maxFixPasses; pass++) {
        const fixes = current.messages.filter((message) => fixable(message, options.rules)).map((message) => message.fix);
        const result = applyFixes(text, fixes);
        if (result.applied === 0 || result.output === text)
            break;
        applied += result.applied;
        text = result.output;
        const linted = await lintChunk([new VFile({ path: file.path, cwd: file.cwd, value: text })], options.settings, options.cwd);
        const next = linted.files[0];
        // The engine could not lint the fixed text (a config that broke meanwhile): keep what was linted.
        if (!next)
            break;
        current = next;
    }
    return { text, file: current, applied };
}
/**
 * Replace the file's content through a temporary file renamed over it,
 * keeping its mode; undefined when written, else why not. The file is read
 * again first: if it changed since it was linted, it is left alone.
 */
function writeSafely(target, expected, text) {
    let temporary;
    try {
        const stats = lstatSync(target);
        if (stats.isSymbolicLink())
            return 'the file is a symbolic link (fix its target instead)';
        if (readFileSync(target, 'utf8') !== expected)
            return 'the file changed while it was being fixed';
        temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
        // `wx`: never follow or reuse a file someone put there.
        writeFileSync(temporary, text, { flag: 'wx', mode: stats.mode & 0o7777 });
        // The umask may have narrowed the mode given at creation.
        chmodSync(temporary, stats.mode & 0o7777);
        renameSync(temporary, target);
        temporary = undefined;
        return undefined;
    }
    catch (error) {
        return `cannot write the file${codeOf(error)}`;
    }
    finally {
        if (temporary !== undefined) {
            try {
                unlinkSync(temporary);
            }
            catch {
                // Never created, or already gone.
            }
        }
    }
}
function codeOf(error) {
    const code = error?.code;
    return code ? ` (${code})` : '';
}
/** A diff shown on a terminal: each line's control characters escaped, its line breaks and tabs kept (they are the diff's layout). */
function escapeLines(text) {
    return text
        .split('\n')
        .map((line) => line.split('\t').map(escapeControl).join('\t'))
        .join('\n');
}
