import { morphChildren } from "./morphChildren";

/**
 * Dispatched on a "Show the numbers" <details> by whoever needs its tables current while it may be
 * closed (figure export's CSV): a pending build runs at once.
 */
export const fillNowEvent = "numbers:fill-now";

/**
 * Fills a container inside a closed-by-default <details> ("Show the numbers") only while it is open.
 * Returns `update(build)`: an open panel is filled at once; a closed one keeps `build` and fills
 * itself as its summary is clicked (click runs before the panel opens, so no stale table shows) or,
 * failing that, as it opens. A control change then skips building and restyling tables nobody sees,
 * which at the labs' largest sizes is thousands of cells. `fillNowEvent` on the <details> fills it
 * closed, for a reader who downloads the numbers without looking at them.
 */
export function fillWhileOpen(container: HTMLElement): (build: () => readonly Node[]) => void {
  const details = container.closest("details");
  let pending: (() => readonly Node[]) | undefined;
  // The attribute, which `open` reflects: also right in a server-side DOM without the property.
  const isOpen = () => !details || details.hasAttribute("open");
  const fill = () => {
    if (!pending) return;
    const build = pending;
    pending = undefined;
    morphChildren(container, build());
  };
  details?.querySelector("summary")?.addEventListener("click", fill);
  details?.addEventListener("toggle", () => isOpen() && fill());
  details?.addEventListener(fillNowEvent, fill);
  return (build) => {
    pending = build;
    if (isOpen()) fill();
  };
}
