/** Every archdoc-lint rule, in the order they run and are documented. */
import documentTitle from '../rules/document-title.js';
import requiredSections from '../rules/required-sections.js';
import sectionHeading from '../rules/section-heading.js';
import sectionOrder from '../rules/section-order.js';
import noDuplicateSections from '../rules/no-duplicate-sections.js';
import noEmptySections from '../rules/no-empty-sections.js';
import subsectionHeading from '../rules/subsection-heading.js';
import codeBlockLanguage from '../rules/code-block-language.js';
import storyReference from '../rules/story-reference.js';
import noTemplatePlaceholders from '../rules/no-template-placeholders.js';
import graphqlSyntax from '../rules/graphql-syntax.js';
import graphqlSchema from '../rules/graphql-schema.js';
import ashResource from '../rules/ash-resource.js';
import ashAttribute from '../rules/ash-attribute.js';
import ashPrimaryKey from '../rules/ash-primary-key.js';
import ashRelationship from '../rules/ash-relationship.js';
import ashActions from '../rules/ash-actions.js';
import ashPolicies from '../rules/ash-policies.js';
import ashAtomicActions from '../rules/ash-atomic-actions.js';
import sqlSyntax from '../rules/sql-syntax.js';
import phoenixContext from '../rules/phoenix-context.js';
import liveviewComponent from '../rules/liveview-component.js';
import restEndpoints from '../rules/rest-endpoints.js';
import consistencyAshSql from '../rules/consistency-ash-sql.js';
import consistencyAshGraphql from '../rules/consistency-ash-graphql.js';
import consistencyUnmappedColumn from '../rules/consistency-unmapped-column.js';
import consistencyUnmappedField from '../rules/consistency-unmapped-field.js';
import consistencyRestResources from '../rules/consistency-rest-resources.js';
import elixirSyntax from '../rules/elixir-syntax.js';
export const rules = [
    // The template: structure, story reference, placeholders.
    documentTitle,
    requiredSections,
    sectionHeading,
    sectionOrder,
    noDuplicateSections,
    noEmptySections,
    subsectionHeading,
    codeBlockLanguage,
    storyReference,
    noTemplatePlaceholders,
    // The embedded code parses.
    elixirSyntax,
    sqlSyntax,
    graphqlSyntax,
    graphqlSchema,
    // What the Elixir says: Ash resources, contexts, LiveViews; the REST list.
    ashResource,
    ashAttribute,
    ashPrimaryKey,
    ashRelationship,
    ashActions,
    ashPolicies,
    ashAtomicActions,
    phoenixContext,
    liveviewComponent,
    restEndpoints,
    // The blocks agree with each other.
    consistencyAshSql,
    consistencyAshGraphql,
    consistencyUnmappedColumn,
    consistencyUnmappedField,
    consistencyRestResources
];
