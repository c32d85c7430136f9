/** The default template's titles, forms and distinctive words, by role (kept in step with `defaultSections`). */
const defaultTitles = {
    'Story Reference': 'story',
    'Architecture Overview': 'overview',
    'Ash Resources': 'resources',
    'Phoenix Contexts': 'contexts',
    'LiveView Components': 'components',
    'Database Schema': 'tables',
    'API Design': 'api',
    'Security Considerations': 'security',
    'Performance Considerations': 'performance'
};
const defaultForms = {
    'Resource: {module}': 'resources',
    'Context Module: {module}': 'contexts',
    'Component: {module}': 'components',
    'Table: {snake}': 'tables'
};
const distinctiveWords = {
    security: 'security',
    performance: 'performance',
    overview: 'overview'
};
const defaultSubsectionHeadings = {
    'REST Endpoints': 'rest',
    'GraphQL Schema': 'graphql'
};
/** The role of a subsection form: given; else the default heading; else a word of it (`REST`, `GraphQL`) or its GraphQL language. */
export function subsectionRole(form) {
    if (form.role)
        return form.role;
    const byHeading = defaultSubsectionHeadings[form.heading];
    if (byHeading)
        return byHeading;
    const words = new Set(form.heading.toLowerCase().split(/[^a-z]+/));
    if (words.has('rest'))
        return 'rest';
    if (words.has('graphql') || form.language === 'graphql')
        return 'graphql';
    return undefined;
}
/** Copies of the sections with every role settled (sections and their subsection forms). */
export function withRoles(sections) {
    const settled = sections.map((section) => ({
        ...section,
        subsections: section.subsections?.map((form) => {
            const role = subsectionRole(form);
            return role ? { ...form, role } : form;
        })
    }));
    const taken = new Set(settled.flatMap((section) => (section.role ? [section.role] : [])));
    const inferences = [
        (section) => defaultTitles[section.title],
        roleFromForms,
        (section) => section.title.toLowerCase().split(/[^a-z]+/).map((word) => distinctiveWords[word]).find(Boolean)
    ];
    for (const infer of inferences) {
        for (const section of settled) {
            if (section.role)
                continue;
            const role = infer(section);
            if (role && !taken.has(role)) {
                section.role = role;
                taken.add(role);
            }
        }
    }
    return settled;
}
function roleFromForms(section) {
    for (const form of section.subsections ?? []) {
        const role = defaultForms[form.heading];
        if (role)
            return role;
        if (form.role)
            return 'api';
    }
    return undefined;
}
/** The titles of the sections that have no role (they get only the structural rules). */
export function rolelessSections(sections) {
    return sections.filter((section) => !section.role).map((section) => section.title);
}
