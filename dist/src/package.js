/**
 * The package's own folder and version, found from this module's location
 * by walking up to archdoc-lint's package.json, so that the same code works
 * from the TypeScript output (dist/src/…) and from the CLI bundle
 * (dist/bundle/…).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
let cached;
function find() {
    if (cached)
        return cached;
    let folder = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = path.join(folder, 'package.json');
        if (existsSync(manifest)) {
            const data = JSON.parse(readFileSync(manifest, 'utf8'));
            if (data.name === 'archdoc-lint')
                return (cached = { root: folder, version: data.version ?? '0.0.0' });
        }
        const parent = path.dirname(folder);
        if (parent === folder)
            throw new Error('cannot find archdoc-lint’s package.json');
        folder = parent;
    }
}
export function packageRoot() {
    return find().root;
}
export function packageVersion() {
    return find().version;
}
