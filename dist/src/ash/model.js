/** The resources the Ash rules check: those without a syntax error. */
export function checkedResources(ash) {
    return (ash?.resources ?? []).filter((resource) => !resource.syntaxError);
}
