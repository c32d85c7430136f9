/**
 * Config files, without loading any rule: their names, the error that names
 * one, and which one applies to a document (the search unified-engine does).
 * Kept apart from config.ts so that `--cache` hits do not load the rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
/** A config file that says something wrong about archdoc-lint. */
export class ConfigError extends Error {
    configPath;
    detail;
    constructor(configPath, detail) {
        super(`${configPath}: ${detail}`);
        this.configPath = configPath;
        this.detail = detail;
        this.name = 'ConfigError';
    }
}
export const rcName = '.remarkrc';
export const packageField = 'remarkConfig';
/** The names unified-engine looks for, in its order (`rcName` + its loaders' extensions). */
export const configNames = ['', '.json', '.cjs', '.mjs', '.js', '.yaml', '.yml'].map((extension) => rcName + extension);
/**
 * The config file unified-engine uses for `filePath`: the nearest folder
 * upwards holding a `.remarkrc*` or a `package.json` with `remarkConfig`.
 */
export function findConfigFile(filePath) {
    let folder = path.dirname(path.resolve(filePath));
    for (;;) {
        for (const name of configNames) {
            const candidate = path.join(folder, name);
            if (existsSync(candidate))
                return candidate;
        }
        const manifest = path.join(folder, 'package.json');
        if (existsSync(manifest) && hasPackageField(manifest))
            return manifest;
        const parent = path.dirname(folder);
        if (parent === folder)
            return undefined;
        folder = parent;
    }
}
function hasPackageField(manifest) {
    try {
        const data = JSON.parse(readFileSync(manifest, 'utf8'));
        return data[packageField] !== undefined && data[packageField] !== null;
    }
    catch {
        // A broken package.json is unified-engine's to report.
        return true;
    }
}
