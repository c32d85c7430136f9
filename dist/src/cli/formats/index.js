const loaders = {
    stylish: async () => (await import('./stylish.js')).stylish,
    json: async () => (await import('./json.js')).json,
    sarif: async () => (await import('./sarif.js')).sarif,
    github: async () => (await import('./github.js')).github
};
export function loadFormatter(format) {
    return loaders[format]();
}
export { failureLine } from './types.js';
