import type { Page } from "playwright-core";

export interface PageLinks {
  /** Every id (and <a name>) on the page: the anchors a link's #fragment may point at. */
  anchors: string[];
  /** The resolved href of every <a href> on the page. */
  links: string[];
}

/** The anchors and outgoing links of the page as it is now (islands awake). */
export function pageLinks(page: Page): Promise<PageLinks> {
  return page.evaluate(() => ({
    anchors: [...document.querySelectorAll("[id], a[name]")].map((el) => el.id || el.getAttribute("name") || ""),
    links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => a.href),
  }));
}
