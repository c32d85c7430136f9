/**
 * "Did you mean": the closest known name by edit distance (no package in the
 * dependencies offers it, and a few lines do).
 */
/** Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbours costs 1. */
export declare function editDistance(a: string, b: string): number;
/**
 * The known name closest to `name`, if it is close enough to be a slip: at
 * most `limit` edits away (by default a third of the name's length, and at
 * least 1), ignoring case. Ties go to the first candidate, so order
 * candidates by how common they are.
 */
export declare function closest(name: string, candidates: Iterable<string>, limit?: number): string | undefined;
/**
 * For open lists (modules: data layers, extensions), where a name we do not
 * know is usually right: the known name `name` is a slip of, if any. A slip
 * is equal but for case (`Ash.DataLayer.ETS`), or at most 2 edits over the
 * whole name (`AshPostgress.DataLayer`); `AshCubDB.DataLayer` is nobody's slip.
 */
export declare function nearMiss(name: string, candidates: Iterable<string>): string | undefined;
