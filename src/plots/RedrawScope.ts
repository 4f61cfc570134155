/**
 * Redraws an island's charts in place. While `scope.run(render)` runs, a heatmap (or a line chart
 * whose marker moved) whose layout matches one this scope drew last time (the k-th request for a
 * layout gets the k-th drawing of it) is not drawn again: its new values are written into the
 * drawing already in the page, and
 * the render gets a childless stand-in for it. morphChildren then keeps the drawing where the
 * stand-in says, which costs nothing when it is already there. A changed control then costs the
 * browser only the cells whose values changed, not thousands of new nodes, and a focused cell
 * keeps its focus.
 *
 * The values are written only after `render` returns, so a render that throws leaves every
 * drawing as it was (the last good drawing stays on screen).
 */
export class RedrawScope {
  private previous = new Map<string, Element[]>();
  private current = new Map<string, Element[]>();
  private pending: (() => void)[] = [];

  run<T>(render: () => T): T {
    const outer = active;
    active = this;
    this.current = new Map();
    this.pending = [];
    reusedByLastRun = new WeakSet();
    try {
      const result = render();
      for (const paint of this.pending) paint();
      this.previous = this.current;
      return result;
    } finally {
      this.pending = [];
      active = outer;
    }
  }

  /** This scope's drawing of `layout` to reuse for this request, if the last run made one that is still in the page. */
  claim(layout: string): Element | undefined {
    const index = this.current.get(layout)?.length ?? 0;
    const drawing = this.previous.get(layout)?.[index];
    return drawing?.isConnected ? drawing : undefined;
  }

  /** Records a drawing of `layout` made (or reused) by this run, so the next run can reuse it. */
  remember(layout: string, drawing: Element): void {
    let list = this.current.get(layout);
    if (!list) this.current.set(layout, (list = []));
    placeOf.set(drawing, { list, index: list.length });
    list.push(drawing);
  }

  /** Queues the writing of new values into a reused drawing, and returns the stand-in the render places instead. */
  reuse(layout: string, drawing: Element, paint: () => void): Element {
    this.remember(layout, drawing);
    this.pending.push(paint);
    const standIn = drawing.cloneNode(false) as Element;
    standIn.setAttribute(standInAttribute, "");
    standIns.set(standIn, drawing);
    reusedByLastRun.add(drawing);
    return standIn;
  }
}

/** The scope whose run is under way, if any (runs are synchronous, so one at a time). */
let active: RedrawScope | undefined;

export function activeRedrawScope(): RedrawScope | undefined {
  return active;
}

const standInAttribute = "data-stand-in";
const standIns = new WeakMap<Node, Element>();
let reusedByLastRun = new WeakSet<Node>();

/** True for a drawing the last run reused: it has a place of its own in the new content and must not be changed into another node. */
export function isReusedDrawing(node: Node): boolean {
  return reusedByLastRun.has(node);
}

/** Where a remembered drawing sits in its scope's list, so a node that takes its place can be found. */
const placeOf = new WeakMap<Node, { list: Element[]; index: number }>();

/**
 * Tells the scope that `existing`, a node already in the page, was made equal to the new drawing
 * `fresh` (morphChildren does this rather than inserting `fresh`), so the next run repaints `existing`.
 */
export function adoptDrawing(fresh: Node, existing: Node): void {
  const place = placeOf.get(fresh);
  if (!place) return;
  place.list[place.index] = existing as Element;
  placeOf.set(existing, place);
}

/** The drawing a stand-in stands for; any other node is itself. */
export function resolveStandIn(node: Node): Node {
  return standIns.get(node) ?? node;
}

/** Puts the real drawings in place of the stand-ins inside a node that is about to enter the page. */
export function resolveStandInsWithin(node: Node): void {
  if (node.nodeType !== 1) return;
  (node as Element).querySelectorAll(`[${standInAttribute}]`).forEach((standIn) => {
    const drawing = standIns.get(standIn);
    if (drawing) standIn.replaceWith(drawing);
  });
}
