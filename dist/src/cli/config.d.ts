import { toRelative } from './paths.js';
export { toRelative };
export { ConfigError, configNames, findConfigFile, packageField, rcName } from './config-files.js';
/** The config warnings raised since the last call (a config file is loaded again by every engine run; each warning comes once). */
export declare function takeConfigWarnings(): string[];
/**
 * A config with `--rule` settings added after its own plugins, as the
 * running copy's rule functions: unified reconfigures a plugin it already
 * has, by identity, and `checkConfig` resolves a config's own names to these
 * same functions.
 */
export declare function withRuleSettings(config: unknown, settings: Array<[string, unknown]>): unknown;
/** Check one `--rule` setting as a config file's entry is checked; throws with the reason. */
export declare function checkRuleSetting(id: string, setting: unknown): void;
/**
 * unified-engine's `configTransform`: called with each config file's content
 * (after parsing, before its plugins are resolved). Throws a `ConfigError`
 * for an unknown archdoc-lint rule, a bad severity or bad options. Returns
 * the config with archdoc-lint's own names replaced by the running copy's
 * preset and plugins (see `ownPlugins`).
 */
export declare function checkConfig(config: unknown, filePath: string, cwd: string): unknown;
