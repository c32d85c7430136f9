/**
 * A small, generic reader of Elixir DSL calls (Spark DSLs: Ash, AshPostgres,
 * …) from the tree-sitter-elixir tree, with every value's place mapped to the
 * Markdown file.
 *
 * In the tree, a call's name is its `target` field; its `arguments` child
 * holds the positional values and, last, a `keywords` node (`key: value`
 * pairs); a `do_block` child holds the body's statements. The reader turns
 * that into `DslCall`s and `ElixirValue`s and never interprets what the DSL
 * means: that is the job of the Ash model (`resources.ts`).
 */
import type { Node } from 'web-tree-sitter';
import type { CodeBlock } from '../document/model.js';
import type { Place } from '../document/positions.js';
/** `key: value` in a keyword list (`allow_nil?: false`). */
export interface KeywordPair {
    /** The key without its `:` (`allow_nil?`). */
    key: string;
    /** The key as written, without the `: ` that follows it. */
    keyPlace: Place;
    value: ElixirValue;
    /** The whole pair. */
    place: Place;
}
interface ValueBase {
    /** Where the value is, in the Markdown file. */
    place: Place;
    /** The value's source text, as written. */
    text: string;
}
/** `:name`, `:"quoted name"`: `value` is the name without the colon. */
export interface AtomValue extends ValueBase {
    kind: 'atom';
    value: string;
}
/** `"text"`: `value` is the content between the quotes (escapes left as written). */
export interface StringValue extends ValueBase {
    kind: 'string';
    value: string;
    /** True when the string has `#{...}`: `value` is then only indicative. */
    interpolated: boolean;
}
export interface NumberValue extends ValueBase {
    kind: 'number';
    value: number;
}
export interface BooleanValue extends ValueBase {
    kind: 'boolean';
    value: boolean;
}
export interface NilValue extends ValueBase {
    kind: 'nil';
}
/** A module name as written (`MyApp.Teams.Team`, `Team`). */
export interface AliasValue extends ValueBase {
    kind: 'alias';
    name: string;
}
/**
 * `[...]`. Elixir allows `key: value` pairs only at the end of a list
 * (`[:read, create: :*]`), so they are kept apart: `items` are the plain
 * elements, `pairs` the trailing keyword elements.
 */
export interface ListValue extends ValueBase {
    kind: 'list';
    items: ElixirValue[];
    pairs: KeywordPair[];
}
/** `{...}`. */
export interface TupleValue extends ValueBase {
    kind: 'tuple';
    items: ElixirValue[];
}
/** Bare trailing keywords, as in `f(:a, key: 1)` or `[key: 1]`'s content. */
export interface KeywordValue extends ValueBase {
    kind: 'keyword';
    pairs: KeywordPair[];
}
/** A call used as a value: `expr(...)`, `always()`, `Ash.Policy.Check.Builtins.actor_present()`. */
export interface CallValue extends ValueBase {
    kind: 'call';
    call: DslCall;
}
/** Anything else (maps, sigils, captures, module attributes, variables, …), kept as text. */
export interface UnknownValue extends ValueBase {
    kind: 'unknown';
    /** The tree-sitter node type (`map`, `sigil`, `unary_operator`, `identifier`, …). */
    nodeType: string;
}
export type ElixirValue = AtomValue | StringValue | NumberValue | BooleanValue | NilValue | AliasValue | ListValue | TupleValue | KeywordValue | CallValue | UnknownValue;
/** One call of a DSL: `attribute :email, :string, allow_nil?: false do ... end`. */
export interface DslCall {
    /** `attribute`; for a remote call, the dotted name (`Ash.Resource.Builder.add`). */
    name: string;
    namePlace: Place;
    /** The whole call, its do block included. */
    place: Place;
    /** Positional arguments, the trailing keywords excluded. */
    args: ElixirValue[];
    /** The trailing keyword arguments (`allow_nil?: false`), in order. */
    options: KeywordPair[];
    /** The statements of the `do ... end` block that are calls; undefined without a block. */
    body?: DslCall[];
    /** True when the do block also holds statements that are not calls (`x = 1`, `@attr`). */
    bodyHasOther?: boolean;
    /**
     * The first elision of the do block's own statements (a bare `...` or a
     * comment that says code is left out, `src/code/excerpts.ts`): the block is
     * an excerpt. Elisions in nested blocks (a function body) are theirs.
     */
    elision?: Place;
    /** The source text of the call's first line (for messages that quote it). */
    head: string;
    node: Node;
    block: CodeBlock;
}
/**
 * The Markdown place of a tree-sitter node, from its offsets: tree-sitter's
 * rows do not count a lone CR as a line break, the block map does.
 */
export declare function placeOfNode(block: CodeBlock, node: Node): Place;
/** Convert one expression node to the value model. */
export declare function readValue(block: CodeBlock, node: Node): ElixirValue;
/** Read a `call` node (or a bare identifier statement, a call without arguments). */
export declare function readCall(block: CodeBlock, node: Node): DslCall;
/**
 * The calls of a `do_block` (or of the source root), in order, and the first
 * elision among its own statements (bare `...` statements are also calls, named `...`).
 */
export declare function readBody(block: CodeBlock, node: Node): {
    calls: DslCall[];
    other: boolean;
    elision?: Place;
};
/** A statement of a body that is an elision: a bare `...`, or a comment on its own line that says code is left out. */
export declare function isElision(block: CodeBlock, node: Node): boolean;
/** The pairs of a keyword list: a bare `keywords`, or a list made only of pairs (`[]` included). */
export declare function keywordPairs(value: ElixirValue | undefined): KeywordPair[] | undefined;
/** The atoms of `:a` or `[:a, :b]`; undefined when the value holds anything else. */
export declare function atomList(value: ElixirValue | undefined): AtomValue[] | undefined;
/** The modules of `Mod` or `[ModA, ModB]`; undefined when the value holds anything else. */
export declare function aliasList(value: ElixirValue | undefined): AliasValue[] | undefined;
/**
 * One option of a DSL entity, whichever way it is written: a trailing
 * keyword (`allow_nil?: false`) or a call in the entity's do block
 * (`allow_nil? false`).
 */
export interface DslOption {
    key: string;
    keyPlace: Place;
    value: ElixirValue;
    /** The pair, or the whole call of the block form. */
    place: Place;
    form: 'keyword' | 'block';
    /** The block call, for the block form. */
    call?: DslCall;
}
/**
 * The options of an entity call: its keyword arguments, then the calls of
 * its do block that have the shape of an option (one argument, or keywords
 * only: `constraints one_of: [...]`). `nested` names block calls that are
 * nested entities (`argument`, `filter`, …), not options.
 */
export declare function entityOptions(call: DslCall, nested?: ReadonlySet<string>): DslOption[];
/** The last option of that key (Spark keeps the last one). */
export declare function findOption(options: readonly DslOption[], key: string): DslOption | undefined;
/** The boolean value of an option, when it is a literal. */
export declare function booleanOption(options: readonly DslOption[], key: string): boolean | undefined;
/** The source text of a value, on one line, shortened for messages. */
export declare function shortText(text: string, max?: number): string;
export {};
