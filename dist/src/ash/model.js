/** True for a module of the doc that is an Ash resource (not a type, not a plain module). */
export function isResource(resource) {
    return resource.use !== undefined;
}
/** The resources the Ash rules check: those without a syntax error. */
export function checkedResources(ash) {
    return (ash?.resources ?? []).filter((resource) => !resource.syntaxError);
}
