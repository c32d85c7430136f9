/**
 * Parent and sibling links of tree-sitter nodes that are safe on any tree.
 *
 * Why not `node.parent`: tree-sitter 0.25 finds the parent of an empty node
 * (a MISSING token, an empty identifier) by recursing once per level of the
 * tree (`ts_node_child_with_descendant`), and `previousSibling` /
 * `nextSibling` start with that parent lookup. In the WASM build the C stack
 * is 64 KiB and unchecked: below an empty node about 250 levels deep (prose
 * pasted into an ```elixir block reads as a chain of nested calls) the
 * recursion runs over the stack into the module's static data, and from then
 * on every cursor and `children` list in the process returns garbage or
 * traps with "memory access out of bounds". Non-empty nodes take an
 * iterative path and keep the built-in links.
 */
import type { Node } from 'web-tree-sitter';
/** The node's parent; for an empty node, found by walking down from the root with a cursor. */
export declare function parentOf(node: Node): Node | null;
/** The sibling `step` places away (-1 the previous, 1 the next), named or not. */
export declare function siblingOf(node: Node, step: -1 | 1): Node | null;
