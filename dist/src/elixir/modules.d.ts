/**
 * Elixir modules and functions of a subsection's code blocks, for the
 * Phoenix models (`contexts.ts`, `liveviews.ts`).
 *
 * DSL calls and values are read with the generic reader of `dsl.ts`;
 * this file adds what a DSL reader does not need: `defmodule`s as modules,
 * their `use`s and `alias`es, and the function definitions (`def`, `defp`,
 * `defdelegate`) with their arity, clauses and `@impl`.
 */
import type { Node } from 'web-tree-sitter';
import { type DslCall, type ElixirValue, type KeywordPair } from './dsl.js';
import { type ModuleRef } from './aliases.js';
import type { CodeBlock, Subsection } from '../document/model.js';
import type { Place } from '../document/positions.js';
import type { RelatedPlace } from '../document/related.js';
export type FunctionKind = 'def' | 'defp' | 'defmacro' | 'defmacrop' | 'defdelegate';
/** One clause (or body-less head) of a function. */
export interface FunctionClause {
    kind: FunctionKind;
    name: string;
    /** The function name's place. */
    place: Place;
    /** The whole `def ... end`. */
    declarationPlace: Place;
    /** The parameters as written (patterns, `\\` defaults included). */
    params: Node[];
    /** How many parameters have a default (`b \\ 1`). */
    defaults: number;
    /** True when the head has a `when` guard. */
    guard: boolean;
    /** True for a head without body (`def f(a, b \\ 1)`), which only declares defaults. */
    headOnly: boolean;
    /** The `@impl` written right before this clause, if any (`true`, `Phoenix.LiveView`). */
    impl?: {
        value: string;
        place: Place;
    };
    node: Node;
    /** The code block the clause is written in (a subsection's loose functions have their own). */
    block: CodeBlock;
}
/** A function: the clauses of one kind, name and arity, in order. */
export interface ElixirFunction {
    kind: FunctionKind;
    name: string;
    /** The number of parameters. */
    arity: number;
    /** The lowest arity it can be called with (parameters with defaults left out). */
    minArity: number;
    clauses: FunctionClause[];
    /** The first clause's name place. */
    place: Place;
    /** True when a clause of it has `@impl` (other than `@impl false`). */
    impl: boolean;
}
/** `use X, args...` of a module. */
export interface ModuleUse {
    module: ModuleRef;
    /** Arguments after the module (`:live_view` in `use MyAppWeb, :live_view`), keywords excluded. */
    args: ElixirValue[];
    options: KeywordPair[];
    call: DslCall;
}
/** Why the doc does not show the whole module. */
export type IncompleteReason = 'syntax' | 'placeholder' | 'elided' | 'dynamic';
export interface ElixirModule {
    /** The full module name (a nested module's name includes its parent's). */
    name: string;
    /** The name as written after `defmodule`. */
    written: string;
    /** The name's place. */
    place: Place;
    /** The whole `defmodule ... end`. */
    definitionPlace: Place;
    /** The enclosing module's name, for a nested module. */
    parent?: string;
    block: CodeBlock;
    call: DslCall;
    /** The body's calls (module attributes left out), from the DSL reader. */
    body: DslCall[];
    uses: ModuleUse[];
    /** `alias`es: short name → full name. */
    aliases: Map<string, string>;
    /** Functions defined in the module (nested modules' excluded), in order of first clause. */
    functions: ElixirFunction[];
    /** Comments of the module body (nested functions' included), as written. */
    comments: Array<{
        text: string;
        place: Place;
    }>;
    /**
     * Whether the doc shows the whole module: false when its block has a
     * syntax error, when it holds a template placeholder comment, an elision
     * in its body (`...`, `# ...`, `# rest of the module unchanged`: see
     * `src/code/excerpts.ts`; not one inside a function body), or a function
     * with a computed name. Checks that report
     * something missing stand down when false.
     */
    complete: boolean;
    incomplete?: IncompleteReason;
}
/** Every module (nested ones included) of the subsection's parsed Elixir blocks, in order. */
export declare function subsectionModules(subsection: Subsection): ElixirModule[];
/** The subsection's parsed Elixir blocks. */
export declare function elixirBlocks(subsection: Subsection): CodeBlock[];
/**
 * The functions defined by the statements of a module body (or of a block's
 * top level): their clauses with the `@impl` written before each, and
 * whether an elision (`...`, `# ...`: `isElision`) or a function with a computed name is there.
 */
export declare function readFunctions(block: CodeBlock, body: Node): {
    functions: ElixirFunction[];
    elided: boolean;
    dynamic: boolean;
};
/** The functions of a name (any arity, any kind). */
export declare function functionsNamed(functions: readonly ElixirFunction[], name: string): ElixirFunction[];
/** The public function `name/arity` (a function with defaults counts for each arity it accepts). */
export declare function publicFunction(functions: readonly ElixirFunction[], name: string, arity: number): ElixirFunction | undefined;
/** The value of a parameter node, read as a DSL value (`"save"`, `:save`, `%{...}`). */
export declare function paramValue(module: ElixirModule, node: Node): ElixirValue;
export interface ModuleSubsection {
    subsection: Subsection;
    /** The module the heading names (`MyApp.Teams`); undefined when the heading does not have the template's form. */
    name?: string;
    /** The heading's place. */
    headingPlace: Place;
    /** Every module of the subsection's parsed Elixir blocks, nested ones included. */
    modules: ElixirModule[];
    /**
     * The module the subsection documents: the one the heading names, else
     * (heading without a name, or naming a module no block defines) the first
     * top-level module.
     */
    module?: ElixirModule;
    /**
     * Whether a block defines the module the heading names: undefined when the
     * heading names none; false when it names one that no `defmodule` defines.
     */
    headingAgrees?: boolean;
    /** The subsection's parsed Elixir blocks. */
    blocks: CodeBlock[];
    /**
     * Functions defined at the top level of the subsection's blocks, outside
     * any module: snippets of the documented module (`def render(assigns)` in
     * a block of its own).
     */
    loose: ElixirFunction[];
    /** True when a block's top level holds an elision (`...`) or a function with a computed name. */
    looseIncomplete: boolean;
}
export declare function readModuleSubsection(subsection: Subsection): ModuleSubsection;
/** A problem found by `moduleHeadingIssues`. */
export interface HeadingIssue {
    reason: string;
    place: Place;
    /** The heading, when the message is in the code. */
    related: RelatedPlace[];
}
/**
 * The heading and the code disagree: the subsection's blocks define no
 * module, or none of the name the heading gives. Nothing is said when the
 * heading has no name (`subsection-heading` reports it) or when a block
 * could not be parsed whole (the syntax rules report it).
 */
export declare function moduleHeadingIssues(entry: ModuleSubsection): HeadingIssue[];
