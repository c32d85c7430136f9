import { type DocumentModel } from '../document/model.js';
import type { Place } from '../document/positions.js';
import { type ElixirFunction, type FunctionClause, type ModuleSubsection, type ModuleUse } from '../elixir/modules.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The subsections of the components section, read (stage `understandLiveViews`). */
        liveViews?: LiveViewComponent[];
    }
}
/** The section whose subsections are LiveViews and components. */
export type LiveViewKind = 'live_view' | 'live_component';
/** The callbacks of each kind, with their arity and parameters (for messages). */
export declare const liveViewCallbacks: Record<LiveViewKind, ReadonlyArray<{
    name: string;
    arity: number;
    params: string;
}>>;
/**
 * What the callbacks of each kind return, from the callback specs of
 * Phoenix.LiveView v1.2.10 (`lib/phoenix_live_view.ex`,
 * `lib/phoenix_live_component.ex`): `mount` and `update` answer `{:ok, …}`,
 * the handlers `{:noreply, …}` (`handle_event` and `handle_call` may also
 * `{:reply, …}`); LiveView raises on any other value. `tag` is the first
 * element of the 2-tuple the callback returns, `forms` what it may return.
 */
export declare const liveViewReturns: Record<LiveViewKind, Record<string, {
    tag: 'ok' | 'noreply';
    forms: string;
}>>;
/** The event pattern of a `handle_event` clause (its first parameter). */
export interface EventPattern {
    /**
     * `string`: a literal (`"save"`); `prefix`: `"row:" <> id`; `atom`: `:save`;
     * `literal`: another literal that is never a string (`1`, `%{}`, `[...]`,
     * `{...}`, `true`, `nil`); `variable`: `event`, `_`; `other`: any other
     * pattern (`^name`, an interpolated string).
     */
    kind: 'string' | 'prefix' | 'atom' | 'literal' | 'variable' | 'other';
    /** The event name (`save`) of a string or atom, the prefix of a prefix pattern. */
    name?: string;
    /** The parameter as written. */
    text: string;
    place: Place;
}
export interface EventClause {
    clause: FunctionClause;
    /** Undefined for a clause without parameters (`def handle_event, do: ...`). */
    event?: EventPattern;
}
/** How a LiveView or component says it uses a template instead of `render/1`. */
export interface TemplateReference {
    kind: 'embed_templates' | 'comment' | 'prose' | 'block';
    /** The call, comment or prose as written. */
    text: string;
    place: Place;
}
export interface LiveViewComponent extends ModuleSubsection {
    /** The module's kind; undefined when it is neither a LiveView nor a LiveComponent. */
    kind?: LiveViewKind;
    /** The `use` that makes it one. */
    use?: ModuleUse;
    /** The module's functions, then the subsection's loose ones (`loose`: snippets outside the module). */
    functions: ElixirFunction[];
    /** The public functions named like a callback of its kind (any arity). */
    callbacks: ElixirFunction[];
    /** Every `handle_event` clause, in order (any arity, `defp` included). */
    events: EventClause[];
    /** The public `render/1`, if defined. */
    render?: ElixirFunction;
    /** What says it renders a template, if anything does. */
    template?: TemplateReference;
}
/** The model stage. */
export declare function understandLiveViews(model: DocumentModel): void;
