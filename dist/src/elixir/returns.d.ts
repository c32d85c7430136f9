/**
 * What a function clause returns, as far as the code shows it for certain:
 * the last expression of its body, and through `case`, `cond`, `if`,
 * `unless`, `with` (its `do` and its `else` clauses) and a `def`'s own
 * `rescue`/`catch`, each branch's last expression. Anything else (a pipe, a
 * call, a variable, a `try`, `receive`) ends the search: the value is not
 * known, and nothing is returned for it.
 *
 * An elision (`# ...`, `...`) after an expression means more code may
 * follow it, so an expression with an elision after it in the clause is not
 * a last expression for certain, and is left out.
 */
import type { Node } from 'web-tree-sitter';
import type { FunctionClause } from './modules.js';
/** The expressions the clause returns for certain, in text order. */
export declare function returnedExpressions(clause: FunctionClause): Node[];
