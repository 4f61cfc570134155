/**
 * Linked highlighting for focusable heatmap cells (rect[data-i][data-j], see heatmap's `focusable`):
 * the arrow keys move focus between the cells of one SVG (roving tabindex: one tab stop per
 * heatmap), and hover, touch or focus on a cell calls `onCell(i, j, svg)`. Delegated on `container`,
 * so heatmaps redrawn later keep working.
 */
export function linkCells(container: HTMLElement, onCell: (i: number, j: number, svg: SVGSVGElement) => void): void {
  const cellOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGRectElement>("rect[data-i]") : null);
  const fire = (rect: SVGRectElement) => onCell(Number(rect.dataset.i), Number(rect.dataset.j), rect.ownerSVGElement!);
  container.addEventListener("focusin", (event) => {
    const rect = cellOf(event.target);
    if (rect) fire(rect);
  });
  container.addEventListener("pointerover", (event) => {
    const rect = cellOf(event.target);
    if (rect) fire(rect);
  });
  container.addEventListener("keydown", (event) => {
    const rect = cellOf(event.target);
    if (!rect) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const to = rect.ownerSVGElement!.querySelector<SVGRectElement>(`rect[data-i="${Number(rect.dataset.i) + move[0]}"][data-j="${Number(rect.dataset.j) + move[1]}"]`);
    if (!to) return;
    rect.setAttribute("tabindex", "-1");
    to.setAttribute("tabindex", "0");
    to.focus();
  });
}

/** Marks exactly the elements matching `selector` inside `root` with data-linked, clearing the rest. */
export function markLinked(root: ParentNode, selector: string): void {
  root.querySelectorAll("[data-linked]").forEach((e) => e.removeAttribute("data-linked"));
  if (selector) root.querySelectorAll(selector).forEach((e) => e.setAttribute("data-linked", ""));
}
