/**
 * Puts `next` into `container` by changing what is already there rather than replacing it: where an
 * old node has the same tag as its new counterpart, only its changed attributes and text are
 * written. A control change that only recolours a chart then costs the browser a repaint, not the
 * style, layout and paint of thousands of new SVG nodes, and a focused cell keeps its focus.
 * Afterwards the container's content equals `next` exactly; nodes of another shape are replaced.
 */
export function morphChildren(container: Element, next: readonly Node[]): void {
  const old = Array.from(container.childNodes);
  next.forEach((node, n) => {
    const current = old[n];
    if (!current) container.append(node);
    else if (!morphNode(current, node)) container.replaceChild(node, current);
  });
  for (const extra of old.slice(next.length)) extra.remove();
}

/** Makes `current` equal to `next` in place; false when their kinds differ and `current` must go. */
function morphNode(current: Node, next: Node): boolean {
  if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName) return false;
  // Native and exits at the first difference: axes, labels and unchanged cells cost almost nothing.
  if (current.isEqualNode(next)) return true;
  if (current.nodeType !== 1 /* ELEMENT_NODE: text and comments just take the new value */) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return true;
  }
  const from = current as Element;
  const to = next as Element;
  for (const { name, value } of Array.from(to.attributes)) {
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
  for (const { name } of Array.from(from.attributes)) {
    if (!to.hasAttribute(name)) from.removeAttribute(name);
  }
  morphChildren(from, Array.from(to.childNodes));
  return true;
}
