/** Paths as reports show them. */
import path from 'node:path';
/** `filePath` relative to `cwd`, with forward slashes. */
export function toRelative(cwd, filePath) {
    const relative = path.relative(cwd, path.resolve(cwd, filePath));
    return (relative === '' ? '.' : relative).split(path.sep).join('/');
}
