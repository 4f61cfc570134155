import { nameCellNow } from "../plots/nameCellsLater";

/**
 * One tooltip for every heatmap cell on the page: hovering, touching or focusing a cell shows its
 * name and value (the cell's aria-label, e.g. "the → chat: 0.50"). One shared element instead of an
 * SVG <title> in each cell: a <title> child doubles the nodes the browser restyles when a lab
 * recolours its cells, which made a redraw of 3,000 cells several frames long. It also shows on
 * keyboard focus, which a <title> never does. Escape hides it (WCAG 1.4.13).
 */
const cellSelector = ".heatmap-cells rect, .heatmap-masked rect";

export function installCellTooltip(document: Document): void {
  let tooltip: HTMLElement | undefined;
  let shownFor: Element | undefined;
  // A redraw in place changes the value of the cell under the pointer: keep the tooltip in step.
  const follow = new MutationObserver(() => shownFor && show(shownFor));
  // A redraw can also take the cell away (fewer heads, a shorter sentence) while the pointer rests
  // on it or the keyboard drives a control: no tooltip for a cell that is gone. Redraws come in a
  // task of their own after the input (one per frame), so this watches the figure, not the input.
  const gone = new MutationObserver(() => shownFor && !shownFor.isConnected && hide());

  const show = (cell: Element) => {
    if (!tooltip) {
      tooltip = document.createElement("div");
      tooltip.className = "cell-tooltip";
      tooltip.setAttribute("role", "tooltip");
      document.body.append(tooltip);
    }
    if (shownFor !== cell) {
      follow.disconnect();
      follow.observe(cell, { attributeFilter: ["aria-label"] });
      gone.disconnect();
      gone.observe(cell.closest("figure") ?? document.body, { childList: true, subtree: true });
    }
    shownFor = cell;
    // A large heatmap names its cells in idle time after a redraw: this one is needed now.
    nameCellNow(cell);
    tooltip.textContent = cell.getAttribute("aria-label") ?? "";
    tooltip.hidden = false;
    const box = cell.getBoundingClientRect();
    const { width, height } = tooltip.getBoundingClientRect();
    const left = Math.min(Math.max(4, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 4);
    // Above the cell, or below it when there is no room above.
    const top = box.top - height - 6 >= 0 ? box.top - height - 6 : box.bottom + 6;
    tooltip.style.left = `${left + window.scrollX}px`;
    tooltip.style.top = `${top + window.scrollY}px`;
  };
  const hide = () => {
    follow.disconnect();
    gone.disconnect();
    shownFor = undefined;
    if (tooltip) tooltip.hidden = true;
  };
  const cellOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(cellSelector) : null);

  document.addEventListener("pointerover", (event) => {
    const cell = cellOf(event.target);
    if (cell) show(cell);
    else if (shownFor && shownFor !== document.activeElement) hide();
  });
  document.addEventListener("focusin", (event) => {
    const cell = cellOf(event.target);
    if (cell) show(cell);
    else hide();
  });
  document.addEventListener("focusout", (event) => {
    if (event.target === shownFor) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && shownFor) hide();
  });
}
