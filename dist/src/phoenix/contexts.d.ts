/**
 * The Phoenix contexts model: what the `Phoenix Contexts` section's
 * subsections (`Context Module: X`) define, built once per file by the
 * `understandContexts` stage and kept on `model.contexts`.
 *
 * A context is either an Ash domain (`use Ash.Domain`, its `resources` with
 * their code interfaces) or a plain module of functions; both keep their
 * functions (name/arity). Every element keeps its Markdown place.
 */
import { type DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import { type DslCall, type DslOption, type KeywordPair } from '../elixir/dsl.js';
import { type ModuleRef } from '../elixir/aliases.js';
import { type ElixirFunction, type ModuleSubsection, type ModuleUse } from '../elixir/modules.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The subsections of the contexts section, read (stage `understandContexts`). */
        contexts?: PhoenixContext[];
    }
}
/** The section whose subsections are contexts. */
export interface PhoenixContext extends ModuleSubsection {
    /** The context module's functions (`module.functions`), for convenience. */
    functions: ElixirFunction[];
    /** Set when the context module `use`s `Ash.Domain`. */
    domain?: AshDomain;
}
export interface AshDomain {
    /** The `use Ash.Domain` line. */
    use: ModuleUse;
    /** `use Ash.Domain`'s options (`extensions:`, `otp_app:`, …). */
    options: KeywordPair[];
    extensions: ModuleRef[];
    /** The `resources do ... end` sections (one, normally). */
    resourcesSections: DslCall[];
    /** Every `resource X` entry, in order. */
    resources: DomainResource[];
    /** `allow_unregistered? true` in `resources`: the domain accepts resources it does not list. */
    allowUnregistered: boolean;
    /**
     * Whether the doc shows the whole resource list: false when the module is
     * incomplete (syntax error, elision, placeholder), when the domain has
     * `fragments:`, or when `resources` holds entries that are not literal
     * modules or calls this model does not know.
     */
    complete: boolean;
}
export interface DomainResource {
    /** The resource module, resolved through the domain's aliases. */
    module: ModuleRef;
    /** The module name's place. */
    place: Place;
    /** The whole `resource ... end`. */
    declarationPlace: Place;
    /** `define` and `define_calculation` entries. */
    interfaces: CodeInterface[];
    call: DslCall;
}
/** `define :name, action: :a, args: [...]`: a code interface function. */
export interface CodeInterface {
    kind: 'define' | 'define_calculation';
    /** The function name (`invite`). */
    name: string;
    place: Place;
    /** The action (or, for `define_calculation`, the calculation); defaults to the function name. */
    action: {
        name: string;
        place: Place;
        defaulted: boolean;
    };
    /** `args:`: each argument's name; `{:optional, :name}` is optional. */
    args: Array<{
        name: string;
        optional: boolean;
        place: Place;
    }>;
    /** `get_by:` attributes, if any. */
    getBy: Array<{
        name: string;
        place: Place;
    }>;
    /** `get? true` or `get_by:`: the function returns one record. */
    get: boolean;
    options: DslOption[];
    call: DslCall;
}
/** The model stage. */
export declare function understandContexts(model: DocumentModel): void;
