/**
 * The symbol table of a doc: every name a block defines that another block
 * (or another part of the same block) may point to, built once per file by
 * the `understandSymbols` stage into `model.symbols` from the models the
 * earlier stages built. Checks of cross-references resolve names here and
 * name the definition's place as a related location.
 *
 * Each kind says whether the doc shows all of it (`complete`): a reference to
 * a name the doc does not show is a defect only where the list is whole.
 */
import { type AshResource } from '../ash/model.js';
import type { DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { LiveViewComponent } from '../phoenix/liveviews.js';
import type { SqlTable } from '../sql/tables.js';
import type { RelatedPlace } from '../document/related.js';
import { type GraphqlMutations } from './graphql-mutations.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** What the doc defines, by kind and name (stage `understandSymbols`). */
        symbols?: SymbolTable;
    }
}
/** A name the doc defines, and where. */
export interface Definition {
    name: string;
    place: Place;
}
export interface SymbolTable {
    /** The Ash resources the doc defines, by module. */
    resources: Map<string, ResourceSymbols>;
    /** The Ash domains of the contexts section, by module. */
    domains: Map<string, DomainSymbols>;
    /** The SQL tables, by name. */
    tables: Map<string, SqlTable>;
    graphql: {
        types: Map<string, Definition>;
        queries: Map<string, Definition>;
        mutations: Map<string, Definition>;
    };
    /** The mutations AshGraphql makes from the doc's resources and domains (`graphql do mutations ... end`), and the conventional names where there are none. */
    graphqlMutations: GraphqlMutations;
    /** The LiveViews and LiveComponents, by module. */
    liveViews: Map<string, LiveViewSymbols>;
    /** Remote calls (`MyApp.Billing.list_invoices!(...)`) in the LiveView and context modules, resolved through their aliases. */
    calls: RemoteCall[];
}
export interface RemoteCall {
    /** The called module, resolved (`MyApp.Billing`). */
    module: string;
    /** As written (`Billing`). */
    written: string;
    function: string;
    /** The function name's place. */
    place: Place;
    /** The module the call is in. */
    from: string;
}
export interface ResourceSymbols {
    module: string;
    resource: AshResource;
    attributes: Map<string, Definition>;
    relationships: Map<string, Definition>;
    /** Actions, those `defaults` makes included. */
    actions: Map<string, Definition>;
    /** Each action's arguments, by action name. */
    arguments: Map<string, Map<string, Definition>>;
    calculations: Map<string, Definition>;
    aggregates: Map<string, Definition>;
    identities: Map<string, Definition>;
    /** The functions of the resource's own `code_interface`, by function name. */
    interface: Map<string, Definition>;
    /** The `define` entries of `code_interface` and of the domain, with the action each names. */
    defines: InterfaceDefine[];
    complete: AshResource['complete'];
}
/** `define :name, action: :x` (in a resource's `code_interface` or a domain's `resource` block). */
export interface InterfaceDefine {
    name: Definition;
    /** The action written with `action:`; undefined when the action is the function's name. */
    action?: Definition;
    /** Where it is: the resource's `code_interface`, or a domain (its module). */
    in: 'resource' | string;
}
export interface DomainSymbols {
    module: string;
    /** The resources registered in `resources do ... end`, by module. */
    resources: Map<string, Definition>;
    /** The functions the domain has: code interface functions, `def` and `defdelegate`. */
    functions: Map<string, Definition>;
    /** True when the doc shows the whole domain module and resource list. */
    complete: boolean;
    /** False for `use Ash.Domain, backwards_compatible_interface?: false`: the Ash 2 functions (`read!`, `get!`, …) do not exist. */
    backwardsCompatible: boolean;
    /** `extensions:` of `use Ash.Domain`. */
    extensions: string[];
}
export interface SentEvent {
    name: string;
    /** The event name's place inside the template. */
    place: Place;
    /** The attribute (`phx-click`). */
    binding: string;
}
export interface LiveViewSymbols {
    module: string;
    component: LiveViewComponent;
    /** The event names a `handle_event` clause matches literally. */
    handlers: Map<string, Definition>;
    /** The prefixes of `"row:" <> id` clauses. */
    prefixes: Definition[];
    /** True when a clause matches any event (`handle_event(event, …)`). */
    catchAll: boolean;
    /** True when the module attaches hooks (`attach_hook`): events may be handled there. */
    hooks: boolean;
    /** Events the module's `~H` templates send to the module itself (elements without `phx-target`). */
    sent: SentEvent[];
    /** True when a `~H` template is shown. */
    templateShown: boolean;
}
/** The model stage. */
export declare function understandSymbols(model: DocumentModel): void;
export declare function buildSymbols(model: DocumentModel): SymbolTable;
/**
 * The functions a code interface entry defines (ash v3.32.0,
 * lib/ash/code_interface.ex): `name` and `name!` (for `name?`: `name` and
 * `name?`), `can_name` and `can_name?`, and `query_to_name`,
 * `changeset_to_name` or `input_to_name` by the action's type (all three
 * here: the type may not be shown). `define_calculation` defines `name` only.
 */
export declare function interfaceFunctions(name: string, kind: 'define' | 'define_calculation'): string[];
/**
 * The events a HEEx template sends to its own LiveView: each event binding
 * with a literal name on an element that has no `phx-target` (which sends
 * it elsewhere) and no `JS.push` (which may).
 */
export declare function templateEvents(text: string): Array<{
    name: string;
    binding: string;
    start: number;
}>;
/** A definition as a related place (for `relate`, src/document/related.ts). */
export declare function definedHere(definition: Definition | undefined, message: string): RelatedPlace[];
