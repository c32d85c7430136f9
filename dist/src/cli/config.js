/**
 * Config files: checking what a `.remarkrc` says about archdoc-lint before
 * unified-engine loads it (so a bad rule id or option is one line naming the
 * config file, the rule and the option), and finding which config file
 * applies to a document (the same search unified-engine does).
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import preset from '../index.js';
import archdocDocument from '../pipeline/plugin.js';
import { validateDocumentOptions } from '../document/options.js';
import { rolelessSections } from '../document/roles.js';
import { resolveTemplate } from '../document/template.js';
import { listCode } from '../text/words.js';
import { normalizeConfig, validateOptions } from '../rule.js';
import { rules } from '../rules.js';
import { closest } from '../text/suggest.js';
import { toRelative } from './paths.js';
import { ConfigError } from './config-files.js';
export { toRelative };
export { ConfigError, configNames, findConfigFile, packageField, rcName } from './config-files.js';
const rulePrefix = 'archdoc-lint/rules/';
/** Warnings about configs (not lint messages), each once per process, until taken. */
const warned = new Set();
let pendingWarnings = [];
function warn(text) {
    if (warned.has(text))
        return;
    warned.add(text);
    pendingWarnings.push(text);
}
/** The config warnings raised since the last call (a config file is loaded again by every engine run; each warning comes once). */
export function takeConfigWarnings() {
    const taken = pendingWarnings;
    pendingWarnings = [];
    return taken;
}
/**
 * A config with `--rule` settings added after its own plugins, as the
 * running copy's rule functions: unified reconfigures a plugin it already
 * has, by identity, and `checkConfig` resolves a config's own names to these
 * same functions.
 */
export function withRuleSettings(config, settings) {
    if (settings.length === 0 || config === null || typeof config !== 'object')
        return config;
    const plugins = config.plugins;
    // The running copy's own rule, as `checkConfig` makes every name of a
    // config: unified then reconfigures the rule the config already uses
    // instead of running a second copy of it.
    const added = settings.map(([id, setting]) => [rules.find((rule) => rule.meta.id === id), setting]);
    if (Array.isArray(plugins))
        return { ...config, plugins: [...plugins, ...added] };
    if (plugins && typeof plugins === 'object')
        return { ...config, plugins: [...Object.entries(plugins), ...added] };
    return { ...config, plugins: added };
}
/** Check one `--rule` setting as a config file's entry is checked; throws with the reason. */
export function checkRuleSetting(id, setting) {
    checkEntry(rulePrefix + id, setting, '--rule');
}
/**
 * unified-engine's `configTransform`: called with each config file's content
 * (after parsing, before its plugins are resolved). Throws a `ConfigError`
 * for an unknown archdoc-lint rule, a bad severity or bad options. Returns
 * the config with archdoc-lint's own names replaced by the running copy's
 * preset and plugins (see `ownPlugins`).
 */
export function checkConfig(config, filePath, cwd) {
    const where = toRelative(cwd, filePath);
    if (config === null || typeof config !== 'object')
        return config;
    const plugins = config.plugins;
    const entries = [];
    if (Array.isArray(plugins)) {
        for (const entry of plugins) {
            entries.push(Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined]);
        }
    }
    else if (plugins && typeof plugins === 'object') {
        entries.push(...Object.entries(plugins));
    }
    for (const [name, value] of entries) {
        if (typeof name !== 'string')
            continue;
        try {
            checkEntry(name, value, where);
        }
        catch (error) {
            throw new ConfigError(where, error instanceof Error ? error.message : String(error));
        }
    }
    const cycle = findPresetCycle(config, filePath);
    if (cycle) {
        throw new ConfigError(where, `presets list each other in a loop: ${cycle.map((file) => toRelative(cwd, file)).join(' → ')}`);
    }
    return ownPlugins(config, entries);
}
/**
 * The config with `archdoc-lint`, `archdoc-lint/document` and
 * `archdoc-lint/rules/<id>` replaced by this copy's own preset and plugins.
 * unified-engine would otherwise look the names up from the config file's
 * folder, where the package is often not installed: in pre-commit's
 * environment, after `npm install -g`, with `npx` in a repo without
 * node_modules. Resolving to the running copy also means the preset and the
 * rule a config reconfigures are the same functions (and the bundle is not
 * joined by a second copy of the rules from dist/). Other names are left to
 * unified-engine. The object form (`{name: value}`) becomes the list form,
 * in the same order.
 */
function ownPlugins(config, entries) {
    if (!entries.some(([name]) => typeof name === 'string' && ownPlugin(name) !== undefined))
        return config;
    const plugins = entries.map(function ([name, value]) {
        const own = typeof name === 'string' ? ownPlugin(name) : undefined;
        return [own ?? name, value];
    });
    return { ...config, plugins };
}
function ownPlugin(name) {
    if (name === 'archdoc-lint')
        return preset;
    if (name === 'archdoc-lint/document')
        return archdocDocument;
    if (!name.startsWith(rulePrefix))
        return undefined;
    const id = name.slice(rulePrefix.length);
    return rules.find((candidate) => candidate.meta.id === id);
}
/**
 * A loop of presets named by path (`a.js` lists `./b.js`, which lists
 * `./a.js`), as the files in it, the first one last again. unified-engine
 * merges a preset's plugins each time it is named, so it would load such a
 * loop forever (and its memory with it). Presets named by path are loaded
 * here (synchronously: the engine calls this hook without waiting; they are
 * the modules the engine imports next, config being code) and walked, each
 * once; presets named by package are left to the engine.
 */
function findPresetCycle(config, configPath) {
    const stack = [path.resolve(configPath)];
    const visiting = new Set([stack[0]]);
    const finished = new Set();
    const visit = (preset, root) => {
        for (const entry of pluginEntries(preset)) {
            if (entry !== null && typeof entry === 'object') {
                // A preset written inline: its own plugins are walked from the same folder.
                if (visiting.has(entry) || finished.has(entry))
                    continue;
                visiting.add(entry);
                const found = visit(entry, root);
                if (found)
                    return found;
                finished.add(entry);
                continue;
            }
            if (typeof entry !== 'string' || !(entry.startsWith('.') || path.isAbsolute(entry)))
                continue;
            const file = path.resolve(root, entry);
            if (visiting.has(file))
                return [...stack.slice(stack.indexOf(file)), file];
            if (finished.has(file))
                continue;
            finished.add(file);
            const loaded = loadPreset(file);
            if (!loaded)
                continue;
            stack.push(file);
            visiting.add(file);
            const found = visit(loaded, path.dirname(file));
            if (found)
                return found;
            stack.pop();
            visiting.delete(file);
        }
        return undefined;
    };
    return visit(config, path.dirname(stack[0]));
}
/** The plugin entries of a preset: the names or values in its list (or the keys of its map). */
function pluginEntries(preset) {
    const plugins = preset.plugins;
    if (Array.isArray(plugins))
        return plugins.map((entry) => (Array.isArray(entry) ? entry[0] : entry));
    if (plugins && typeof plugins === 'object')
        return Object.keys(plugins);
    return [];
}
/** The preset object a file exports, if it is one and loads synchronously; the engine reports every other case. */
function loadPreset(file) {
    try {
        if (!statSync(file).isFile())
            return undefined;
        const loaded = createRequire(file)(file);
        const value = loaded && typeof loaded === 'object' && 'default' in loaded ? loaded.default : loaded;
        return value !== null && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function checkEntry(name, value, where) {
    if (name === 'archdoc-lint') {
        if (value !== undefined && value !== null && value !== true) {
            throw new Error('`archdoc-lint` is a preset and takes no options: give the template to `archdoc-lint/document` and rule options to `archdoc-lint/rules/<id>`');
        }
        return;
    }
    if (name === 'archdoc-lint/document') {
        if (value === false)
            return;
        const options = (value ?? undefined);
        validateDocumentOptions(options);
        // A section that no role fits is checked for its structure only: say so,
        // or a retitled section silently loses its checks.
        const roleless = rolelessSections(resolveTemplate(options).sections);
        if (roleless.length > 0) {
            warn(`${where}: sections with no role get only the structural checks: ${listCode(roleless, 'and')} (give each a \`role\`, see the README)`);
        }
        return;
    }
    if (!name.startsWith(rulePrefix))
        return;
    const id = name.slice(rulePrefix.length);
    const rule = rules.find((candidate) => candidate.meta.id === id);
    if (!rule) {
        // A rule id is long and hyphenated: allow two slips even in a short one.
        const near = closest(id, rules.map((candidate) => candidate.meta.id), Math.max(2, Math.floor(id.length / 3)));
        throw new Error(`unknown rule \`${id}\`` + (near ? `, did you mean \`${near}\`?` : ''));
    }
    try {
        const [severity, options] = normalizeConfig(rule.meta, value);
        if (severity !== 0)
            validateOptions(rule.meta, options);
    }
    catch (error) {
        // The rule says `<id>: <what>`; say `rule \`<id>\`: <what>`.
        const text = error instanceof Error ? error.message : String(error);
        throw new Error(`rule \`${id}\`: ${text.startsWith(id + ': ') ? text.slice(id.length + 2) : text}`);
    }
}
