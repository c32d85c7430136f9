/** True when one name is the other's plural (`customer` / `customers`). */
export declare function singularPlural(a: string, b: string): boolean;
/**
 * The module of `candidates` that `module` is a slip of: the same last
 * segment, and a namespace that differs by a singular/plural segment
 * (`MyApp.Sale` / `MyApp.Sales`) or one edit. Undefined when `module` is one
 * of the candidates.
 */
export declare function moduleNearMiss(module: string, candidates: Iterable<string>): string | undefined;
/** The table of `candidates` that `name` is a singular/plural slip of. */
export declare function tableNearMiss(name: string, candidates: Iterable<string>): string | undefined;
