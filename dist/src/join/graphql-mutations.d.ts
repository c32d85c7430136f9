import type { AshResource } from '../ash/model.js';
import type { DocumentModel } from '../document/model.js';
import type { GraphqlField } from '../graphql/types.js';
import type { Join } from './join.js';
import type { Definition, SymbolTable } from './symbols.js';
/** A name that becomes a field of `Mutation`: an entry of a `mutations` block, a group, or a conventional name. */
export interface MutationName {
    /** The GraphQL field name (`createInvoice`). */
    field: string;
    /** What defines it: the entry's name atom, the group's name, the action or the code interface `define`. */
    definition: Definition;
    /** `mutation \`void_invoice\``, `action \`void\``: what the definition is, for messages. */
    label: string;
    /** The resource it belongs to, when known. */
    resource?: string;
    /** True when it comes from a block the doc shows whole: only those are offered as "did you mean". */
    whole: boolean;
}
export interface GraphqlMutations {
    /** True when the doc has a `mutations` block (in a resource's or a domain's `graphql` block). */
    declared: boolean;
    /** The names the `mutations` blocks (and `as_mutation?` queries) give. */
    declaredNames: MutationName[];
    /** The names the convention gives (actions and code interfaces of the AshGraphql resources). */
    conventionalNames: MutationName[];
    /** The resources of the doc with the `AshGraphql.Resource` extension, by module. */
    resources: Map<string, AshResource>;
    /**
     * The resources whose mutations the doc shows every place of: the resource
     * whole with its `graphql` block, its domain whole, and every resource the
     * domain registers shown (whole, if it uses AshGraphql); by module, with
     * the block to point at.
     */
    wholeResources: Map<string, {
        place: Definition['place'];
        label: string;
    }>;
    /**
     * True when the doc shows an Absinthe schema module whose `mutation do`
     * block imports fields (`import_fields`): mutations may come from there.
     */
    schemaImports: boolean;
}
/** Absinthe's default adapter: `create_invoice` → `createInvoice`. */
export declare function mutationFieldName(name: string): string;
/** Read the doc's AshGraphql mutations. */
export declare function graphqlMutations(model: DocumentModel, symbols: SymbolTable, join?: Join | undefined): GraphqlMutations;
/** A `Mutation` field that matches nothing the doc's resources and domains make. */
export interface UnresolvedMutation {
    field: GraphqlField;
    /** `declared`: the doc has `mutations` blocks; `convention`: it has none, and the field is a slip of a conventional name. */
    mode: 'declared' | 'convention';
    /** The name it is a slip of. */
    nearest?: MutationName;
    /** For a field of a resource whose every mutation the doc shows (`annulInvoice` → `MyApp.Billing.Invoice`): that resource. */
    owner?: {
        module: string;
        block: {
            place: Definition['place'];
            label: string;
        };
        names: string[];
    };
}
/**
 * The fields of the doc's `Mutation` type (in blocks that are not excerpts)
 * that resolve to no mutation of the doc. Silent without AshGraphql
 * resources. With `mutations` blocks, a field is reported when it is a slip
 * of a declared name, or when its name ends in the type name of a resource
 * whose every mutation the doc shows; without them, only when it is a close
 * slip of a conventional name.
 */
export declare function unresolvedMutations(model: DocumentModel, join?: Join | undefined): UnresolvedMutation[];
/**
 * True when `field` is a slip of the mutation name `known`. Mutation names
 * share their verbs and differ by a resource name, and short words are one
 * edit from other words (`createTag`, `createTab`), so a slip is strict: the
 * same name in another case (`voidinvoice`), or the same words but one, of
 * five letters or more, that is one edit away (two from seven letters:
 * `voidInvoce`, `finaliseInvoice`); never a plural (`createInvoices`).
 */
export declare function isSlip(field: string, known: string): boolean;
