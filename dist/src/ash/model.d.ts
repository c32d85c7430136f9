/**
 * The Ash resource model: what the Elixir blocks of the `Ash Resources`
 * section say, built once per file by the `understandAsh` stage and kept on
 * `model.ash`. Rules (and the joins with SQL tables and GraphQL types) read
 * it; none of them walks the tree again.
 *
 * Every element keeps its place in the Markdown file. Defaults Ash applies
 * are applied here (a `belongs_to` adds its `<name>_id` attribute,
 * `timestamps()` adds `inserted_at` and `updated_at`, `defaults` adds
 * actions), each marked with where it comes from.
 */
import type { CodeBlock } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { AliasValue, DslCall, DslOption, ElixirValue } from '../elixir/dsl.js';
import type { ActionType, RelationshipKind } from './knowledge.js';
import type { ModuleRef } from '../elixir/aliases.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The Ash resources of the resources section (stage `understandAsh`, src/ash/resources.ts). */
        ash?: AshModel;
    }
}
export interface AshModel {
    /**
     * Every `defmodule` of the resources section's Elixir blocks, in document
     * order: resources, and the type and helper modules beside them. The two
     * filters below say which of them a check reads.
     */
    resources: AshResource[];
}
/** True for a module of the doc that is an Ash resource (not a type, not a plain module). */
export declare function isResource(resource: AshResource): boolean;
/** The resources the Ash rules check: those without a syntax error. */
export declare function checkedResources(ash: AshModel | undefined): AshResource[];
/**
 * An Ash type: a built-in short name (`:string`), a module
 * (`MyApp.Types.Money`, `Ash.Type.String`), `{:array, type}`, or something
 * the model cannot read (a module attribute, a variable).
 */
export type AshType = {
    kind: 'atom';
    name: string;
    place: Place;
    text: string;
} | {
    kind: 'module';
    module: ModuleRef;
    place: Place;
    text: string;
} | {
    kind: 'array';
    of: AshType;
    place: Place;
    text: string;
} | {
    kind: 'unknown';
    value: ElixirValue;
    place: Place;
    text: string;
};
/** How the `use` line brings the DSL in. */
export interface ResourceUse {
    /** `Ash.Resource`, or a project module that wraps it (`MyApp.Resource`). */
    module: ModuleRef;
    /** True for `use Ash.Resource` itself. */
    ash: boolean;
    /** The `use` call's keyword options (`domain:`, `data_layer:`, …). */
    options: DslOption[];
    call: DslCall;
}
export interface AshResource {
    /** The module name, as written after `defmodule`. */
    module: string;
    /** The module name's place. */
    place: Place;
    /** The module this one is nested in (`defmodule` inside `defmodule`), if any. */
    parent?: string;
    /** The whole `defmodule ... end`. */
    definitionPlace: Place;
    block: CodeBlock;
    call: DslCall;
    /** The `use Ash.Resource` (or wrapper) line; undefined when the module uses neither. */
    use?: ResourceUse;
    /** Every module the module `use`s, in order. */
    uses: ModuleRef[];
    domain?: ModuleRef;
    /** `data_layer:` as written: a module, or `:embedded`. */
    dataLayer?: {
        value: ElixirValue;
        module?: ModuleRef;
        embedded: boolean;
        place: Place;
    };
    extensions: ModuleRef[];
    authorizers: ModuleRef[];
    /** `fragments:`, whose DSL the doc does not show. */
    fragments: ModuleRef[];
    /** `data_layer: :embedded`. */
    embedded: boolean;
    postgres?: AshPostgres;
    /** The `multitenancy` section, when there is one. */
    multitenancy?: AshMultitenancy;
    /** Attributes, in order, those Ash adds (`belongs_to` attributes, `timestamps()`) included. */
    attributes: AshAttribute[];
    /** The primary key's attributes (empty when the resource has none). */
    primaryKey: AshAttribute[];
    relationships: AshRelationship[];
    /** Actions, those `defaults` adds included. */
    actions: AshAction[];
    /** The `defaults` call of the `actions` section, if any. */
    defaults?: AshDefaults;
    /** `default_accept` of the `actions` section. */
    defaultAccept?: AshAccept;
    calculations: AshCalculation[];
    aggregates: AshAggregate[];
    identities: AshIdentity[];
    policies: AshPolicies;
    /** The top-level DSL sections (`attributes`, `graphql`, `json_api`, …) as calls, in order. */
    sections: DslCall[];
    /** The module's `alias`es: short name → full name. */
    aliases: Map<string, string>;
    /**
     * True when tree-sitter found a syntax error in the module's block. The model
     * holds what could be read, but the Ash rules skip the module: the syntax
     * error is the message, and what follows it is guesswork.
     */
    syntaxError: boolean;
    /**
     * Whether the doc shows everything of a kind: false when fragments, an
     * extension not known to add nothing, a `use` wrapper or a macro call in
     * the section may add more, or when the section (or the module) is an
     * excerpt. Checks that need the full list skip when false.
     */
    complete: {
        attributes: boolean;
        relationships: boolean;
        actions: boolean;
        policies: boolean;
    };
    /**
     * The first elision of the module (`...`, `# ...`, `# other attributes as
     * before`; `src/code/excerpts.ts`), in its body or in one of its DSL
     * sections: the doc shows an excerpt of the resource. Undefined when the
     * module is not marked as one.
     */
    excerpt?: Place;
}
export interface AshPostgres {
    call: DslCall;
    place: Place;
    /** `table "name"`. */
    table?: {
        name: string;
        place: Place;
    };
    repo?: ModuleRef;
    /** `polymorphic? true`: the table is given at run time. */
    polymorphic: boolean;
    options: DslOption[];
}
/**
 * `multitenancy do strategy :attribute; attribute :org_id end` (ash v3.32.0:
 * `strategy` is `:context` unless written).
 */
export interface AshMultitenancy {
    /** `context` or `attribute`; undefined when not a literal atom. */
    strategy?: string;
    /** `attribute :org_id`: the tenant attribute; undefined when not written as an atom. */
    attribute?: {
        name: string;
        place: Place;
    };
    call: DslCall;
}
/** Where an attribute comes from. */
export type AttributeOrigin = 'attribute' | 'uuid_primary_key' | 'uuid_v7_primary_key' | 'integer_primary_key' | 'create_timestamp' | 'update_timestamp'
/** `timestamps()`: `inserted_at` and `updated_at`. */
 | 'timestamps'
/** The `<name>_id` attribute a `belongs_to` defines. */
 | 'belongs_to';
export interface AshAttribute {
    name: string;
    /** The name's place (for generated attributes: the call that generates them). */
    place: Place;
    /** The whole declaration. */
    declarationPlace: Place;
    origin: AttributeOrigin;
    /** Undefined only when the declaration has no type (an error `ash-attribute` reports). */
    type?: AshType;
    /** True when the type is Ash's default rather than written (`belongs_to` → `:uuid`). */
    typeDefaulted: boolean;
    primaryKey: boolean;
    allowNil: boolean;
    public: boolean;
    writable: boolean;
    generated: boolean;
    sensitive: boolean;
    default?: ElixirValue;
    /** `constraints` as written (keyword pairs), if any. */
    constraints?: DslOption;
    /** `source:`: the data layer's column name when it differs. */
    source?: string;
    /** Options as written (both the keyword and the do-block forms). */
    options: DslOption[];
    /** For `belongs_to` attributes: the relationship's name. */
    relationship?: string;
    call: DslCall;
}
export interface AshRelationship {
    kind: RelationshipKind;
    name: string;
    place: Place;
    declarationPlace: Place;
    /** The destination resource, when written as a module (or `__MODULE__`). */
    destination?: ModuleRef;
    /** The destination argument as written (absent when missing). */
    destinationValue?: ElixirValue;
    options: DslOption[];
    /** This resource's attribute the relationship joins on (Ash's default applied). */
    sourceAttribute: string;
    /** The destination's attribute the relationship joins on (Ash's default applied). */
    destinationAttribute: string;
    /** many_to_many: the join resource. */
    through?: ModuleRef;
    /** many_to_many: the join resource's attributes (Ash's defaults applied). */
    sourceAttributeOnJoinResource?: string;
    destinationAttributeOnJoinResource?: string;
    allowNil: boolean;
    primaryKey: boolean;
    public: boolean;
    /** belongs_to: whether it defines its source attribute (`define_attribute?`). */
    defineAttribute: boolean;
    /** belongs_to: `attribute_type`, else undefined (`:uuid` by default). */
    attributeType?: AshType;
    call: DslCall;
}
export interface AshAccept {
    /** `:*`: every public attribute. */
    all: boolean;
    names: Array<{
        name: string;
        place: Place;
    }>;
    place: Place;
}
export interface AshArgument {
    name: string;
    place: Place;
    type?: AshType;
    allowNil: boolean;
    options: DslOption[];
    call: DslCall;
}
export interface AshAction {
    type: ActionType;
    name: string;
    /** The name's place (for a default action: the entry of `defaults`). */
    place: Place;
    declarationPlace: Place;
    /** True when `defaults` defines it. */
    fromDefaults: boolean;
    /** `primary?` as written, or Ash's default for a default action. */
    primary: boolean;
    primaryPlace?: Place;
    /** `accept`, or what it defaults to (`default_accept`); undefined for read actions and generic actions. */
    accept?: AshAccept;
    arguments: AshArgument[];
    /** Generic actions: the return type. */
    returns?: AshType;
    options: DslOption[];
    call: DslCall;
}
export interface AshDefaults {
    call: DslCall;
    place: Place;
    /** Each entry of the list, read: `:create`, or `create: :*` / `create: [...]`. */
    entries: Array<{
        type: string;
        place: Place;
        accept?: ElixirValue;
        value: ElixirValue;
    }>;
    /** False when the argument is not a literal list (`defaults @defaults`). */
    literal: boolean;
}
export interface AshCalculation {
    name: string;
    place: Place;
    declarationPlace: Place;
    type?: AshType;
    /** The implementation: `expr(...)`, `{Module, opts}`, a module. */
    calculation?: ElixirValue;
    arguments: AshArgument[];
    options: DslOption[];
    call: DslCall;
}
export interface AshAggregate {
    /** `count`, `sum`, `first`, `list`, `max`, `min`, `avg`, `exists`, `custom`. */
    kind: string;
    name: string;
    place: Place;
    declarationPlace: Place;
    /** The relationship path (`:items` → `['items']`). */
    path: string[];
    /** The aggregated field (`sum :total, :items, :amount` → `amount`). */
    field?: string;
    /** `custom` aggregates: the type. */
    type?: AshType;
    options: DslOption[];
    call: DslCall;
}
export interface AshIdentity {
    name: string;
    place: Place;
    declarationPlace: Place;
    keys: Array<{
        name: string;
        place: Place;
    }>;
    options: DslOption[];
    call: DslCall;
}
export type PolicyKind = 'policy' | 'bypass' | 'field_policy' | 'field_policy_bypass';
export interface AshCheck {
    /** `authorize_if`, `forbid_if`, `authorize_unless`, `forbid_unless`. */
    kind: string;
    check?: ElixirValue;
    place: Place;
    call: DslCall;
}
export interface AshPolicy {
    kind: PolicyKind;
    /** The condition(s): `action_type(:read)`, `[cond1, cond2]`, `always()`. */
    condition?: ElixirValue;
    /** `policy_group` conditions this policy is nested in, outermost first. */
    groups: ElixirValue[];
    /** `field_policy :fields`: the fields. */
    fields?: ElixirValue;
    checks: AshCheck[];
    place: Place;
    call: DslCall;
}
export interface AshPolicies {
    /** The `policies` and `field_policies` sections, if any. */
    sections: DslCall[];
    policies: AshPolicy[];
    /** Checks written where no policy holds them (directly in `policies`, in `policy_group`). */
    strayChecks: AshCheck[];
}
export type { AliasValue, ModuleRef };
