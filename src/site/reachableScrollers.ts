/**
 * The boxes the site lets scroll sideways when they do not fit (a phone): display math, a figure's
 * plots, a stepper stage, a cell's output, a wide table, "show the numbers". A new kind of scrolling
 * box joins this list (the crawl's axe run at 360 px names one that is missing).
 */
export const sidewaysScrollers = ".katex-display, .live-figure .plot, .live-figure > .lab-figures, .stage-plots, .follow-steps, .cell-output, .table-scroll, [data-numbers]";

/**
 * Makes each sideways-scrolling box a tab stop while, and only while, it actually scrolls, so a
 * keyboard reader can reach it and scroll it with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable), and a wide screen, where everything fits, gets no extra stops.
 * Rechecked when the box or one of its children changes size, and when its children are replaced
 * (a figure redrawn with more columns).
 */
export function reachableScrollers(document: Document): void {
  const view = document.defaultView;
  if (!view || typeof view.ResizeObserver !== "function") return;
  const update = (box: HTMLElement) => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && box.getAttribute("tabindex") !== "0") box.setAttribute("tabindex", "0");
    else if (!scrolls && box.hasAttribute("tabindex")) box.removeAttribute("tabindex");
  };
  // Each watched element's box: the box itself, or the box a child of it was in.
  const boxOf = new WeakMap<Element, HTMLElement>();
  const sizes = new view.ResizeObserver((entries) => {
    for (const { target } of entries) {
      const box = boxOf.get(target);
      // A child a redraw took out of its box.
      if (!box || !target.isConnected || (target !== box && target.parentElement !== box)) sizes.unobserve(target);
      else update(box);
    }
  });
  const watch = (box: HTMLElement) => {
    for (const element of [box, ...box.children]) {
      boxOf.set(element, box);
      sizes.observe(element);
    }
  };
  const children = new view.MutationObserver((records) => {
    for (const box of new Set(records.map((r) => r.target as HTMLElement))) {
      watch(box);
      update(box);
    }
  });
  for (const box of document.querySelectorAll<HTMLElement>(sidewaysScrollers)) {
    watch(box);
    children.observe(box, { childList: true });
  }
}
