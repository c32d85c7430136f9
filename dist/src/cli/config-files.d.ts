/** A config file that says something wrong about archdoc-lint. */
export declare class ConfigError extends Error {
    readonly configPath: string;
    readonly detail: string;
    constructor(configPath: string, detail: string);
}
export declare const rcName = ".remarkrc";
export declare const packageField = "remarkConfig";
/** The names unified-engine looks for, in its order (`rcName` + its loaders' extensions). */
export declare const configNames: string[];
/**
 * The config file unified-engine uses for `filePath`: the nearest folder
 * upwards holding a `.remarkrc*` or a `package.json` with `remarkConfig`.
 */
export declare function findConfigFile(filePath: string): string | undefined;
