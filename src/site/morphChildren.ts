import { adoptDrawing, isReusedDrawing, resolveStandIn, resolveStandInsWithin } from "../plots/RedrawScope";

/**
 * Puts `next` into `container` by changing what is already there rather than replacing it: where an
 * old node has the same tag as its new counterpart, only its changed attributes and text are
 * written. A control change that only recolours a chart then costs the browser a repaint, not the
 * style, layout and paint of thousands of new SVG nodes, and a focused cell keeps its focus.
 * Afterwards the container's content equals `next` exactly (with RedrawScope's stand-ins resolved to
 * the drawings they stand for); nodes of another shape are replaced.
 */
export function morphChildren(container: Element, next: readonly Node[]): void {
  next.forEach((given, n) => {
    // A heatmap a RedrawScope repainted in place is already in the page: keep that very node here.
    const node = resolveStandIn(given);
    const current = container.childNodes[n];
    if (current === node) return;
    if (current && node === given && !isReusedDrawing(current)) {
      if (!morphNode(current, node)) container.replaceChild(withDrawings(node), current);
      return;
    }
    // Insert, not replace: a reused drawing found here is still wanted further on. Resolving the
    // stand-ins may move that drawing into `node`, so find the place to insert afterwards.
    const inserted = node === given ? withDrawings(node) : node;
    container.insertBefore(inserted, container.childNodes[n] ?? null);
  });
  while (container.childNodes.length > next.length) container.lastChild!.remove();
}

/** A new node with the reused drawings put in place of their stand-ins. */
function withDrawings(node: Node): Node {
  resolveStandInsWithin(node);
  return node;
}

/** Makes `current` equal to `next` in place; false when their kinds differ and `current` must go. */
function morphNode(current: Node, next: Node): boolean {
  if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName) return false;
  adoptDrawing(next, current);
  // Native and exits at the first difference: axes, labels and unchanged cells cost almost nothing.
  if (current.isEqualNode(next)) return true;
  if (current.nodeType !== 1 /* ELEMENT_NODE: text and comments just take the new value */) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return true;
  }
  const from = current as Element;
  const to = next as Element;
  // Names, not `attributes`: each Attr object the browser makes for `attributes` costs more than the compare.
  for (const name of to.getAttributeNames()) {
    const value = to.getAttribute(name)!;
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
  for (const name of from.getAttributeNames()) {
    if (!to.hasAttribute(name)) from.removeAttribute(name);
  }
  if (from.firstChild || to.firstChild) morphChildren(from, Array.from(to.childNodes));
  return true;
}
