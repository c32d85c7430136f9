/** The node's parent; for an empty node, found by walking down from the root with a cursor. */
export function parentOf(node) {
    if (node.startIndex !== node.endIndex)
        return node.parent;
    const cursor = node.tree.walk();
    try {
        // Depth first over the nodes whose range holds the empty node's offset:
        // `path` holds the current node's ancestors.
        const at = node.startIndex;
        const path = [];
        for (;;) {
            if (cursor.nodeId === node.id && cursor.startIndex === at)
                return path.at(-1) ?? null;
            const holds = cursor.startIndex <= at && cursor.endIndex >= at;
            if (holds) {
                const current = cursor.currentNode;
                if (cursor.gotoFirstChild()) {
                    path.push(current);
                    continue;
                }
            }
            // Next sibling that can still hold the offset, climbing where a level is done.
            for (;;) {
                if (cursor.gotoNextSibling()) {
                    if (cursor.startIndex <= at)
                        break;
                }
                if (!cursor.gotoParent())
                    return null;
                path.pop();
            }
        }
    }
    finally {
        cursor.delete();
    }
}
/** The sibling `step` places away (-1 the previous, 1 the next), named or not. */
export function siblingOf(node, step) {
    if (node.startIndex !== node.endIndex)
        return step < 0 ? node.previousSibling : node.nextSibling;
    const parent = parentOf(node);
    if (!parent)
        return null;
    for (let index = 0; index < parent.childCount; index++) {
        const child = parent.child(index);
        if (child && child.id === node.id)
            return index + step >= 0 ? parent.child(index + step) : null;
    }
    return null;
}
