/**
 * The REST endpoints model: each item of the lists in `API Design` →
 * `REST Endpoints`, read as `` `METHOD /path` - description ``, built once
 * per file by the `understandEndpoints` stage and kept on `model.endpoints`.
 *
 * Every part keeps its place in the Markdown file (from the list item and
 * inline-code node positions and the file's source), and the path is split
 * into segments and parameters, so that endpoints can be joined to
 * resources and actions without parsing them again.
 *
 * The separator between the code span and the description is a hyphen
 * (`-` or `--`), an en dash (`–`) or an em dash (`—`), with spaces around.
 */
import type { InlineCode, ListItem } from 'mdast';
import { type DocumentModel, type Subsection } from '../document/model.js';
import type { Place } from '../document/positions.js';
declare module '../document/model.js' {
    interface DocumentModel {
        /** The list items of the API section's REST subsection, read (stage `understandEndpoints`). */
        endpoints?: RestEndpoint[];
    }
}
/** The HTTP methods an endpoint may use, in the order messages list them. */
export declare const httpMethods: readonly string[];
export interface RestEndpoint {
    subsection: Subsection;
    item: ListItem;
    /** The list item's place. */
    place: Place;
    /** The item's first paragraph as text, on one line (for messages). */
    text: string;
    /** The code span the item starts with (possibly inside a link or emphasis); undefined when it starts with anything else. */
    code?: {
        node: InlineCode;
        text: string;
        place: Place;
    };
    /** The method, as written (`get`), upper-cased (`GET`), and whether it is a known HTTP method. */
    method?: {
        text: string;
        name: string;
        known: boolean;
        place: Place;
    };
    path?: EndpointPath;
    /** Text in the code span after the path (`HTTP/1.1`), if any. */
    extra?: {
        text: string;
        place: Place;
    };
    /** The separator between the code span and the description (`-`, `–`, `—`). */
    separator?: {
        text: string;
        place: Place;
    };
    /** The description after the separator; undefined when empty or absent. */
    description?: {
        text: string;
        place: Place;
    };
    /** What follows the code span when it does not start with a separator. */
    trailing?: {
        text: string;
        place: Place;
    };
    /**
     * The route, to compare endpoints: the method upper-cased, the path with
     * each parameter written `:` and each glob `*`, without a trailing `/`
     * (`GET /api/teams/:/invitations`). Undefined without a method and a path.
     */
    routeKey?: string;
}
export interface EndpointPath {
    /** The path as written (query string included). */
    text: string;
    place: Place;
    /** The path without its query string or fragment. */
    route: string;
    /** The query string after `?`, if any (without the `?`). */
    query?: string;
    /** The route's segments, in order (empty segments left out). */
    segments: PathSegment[];
    /** The segments that are parameters (`param`, `glob`, `braces`, `angle`). */
    params: PathSegment[];
}
export interface PathSegment {
    /** The segment as written (`:team_id`, `invitations`, `{id}`). */
    text: string;
    /**
     * `static`: a literal; `param`: `:id`; `glob`: `*path`; `braces`: `{id}`
     * and `angle`: `<id>`, parameters in another router's style.
     */
    kind: 'static' | 'param' | 'glob' | 'braces' | 'angle';
    /** The parameter's name (`team_id`); undefined for a static segment. */
    name?: string;
    place: Place;
}
/** The model stage. */
export declare function understandEndpoints(model: DocumentModel): void;
