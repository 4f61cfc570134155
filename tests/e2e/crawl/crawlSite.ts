import type { Browser } from "playwright-core";
import { openPage } from "../browser";
import { axeFindings } from "./axeFindings";
import { keyboardFindings } from "./keyboardFindings";
import { pageLinks } from "./pageLinks";
import { wakeIslands } from "./wakeIslands";

export interface CrawlResult {
  /** Every HTML page visited, as a URL without fragment or query. */
  pages: string[];
  /** Internal links followed or checked (each <a href> on each page counts once). */
  links: number;
  /** Of those, links with a #fragment whose target element was looked for. */
  anchors: number;
  /** Links to other sites: counted, not fetched (the tests run offline). */
  external: number;
  /** One line per problem, naming the page, the colour scheme and what is wrong. */
  findings: string[];
}

/**
 * Visits every page reachable by links from `seeds` inside `root` (origin plus base path), in
 * each colour scheme: console errors, failed requests, serious axe findings, links that leave the
 * base path or answer an error, fragments with no matching id, and (once per page, since it does
 * not depend on colours) controls the keyboard cannot reach.
 */
export async function crawlSite(browser: Browser, root: string, seeds: string[], schemes: ("light" | "dark")[]): Promise<CrawlResult> {
  const { origin, pathname: basePath } = new URL(root);
  const where = (url: string) => new URL(url).pathname + new URL(url).search;
  const queue: string[] = [];
  const linkedFrom = new Map<string, Set<string>>();
  const anchorsOn = new Map<string, Set<string>>();
  const fragmentLinks: { from: string; page: string; id: string }[] = [];
  const findings: string[] = [];
  let links = 0;
  let external = 0;

  const enqueue = (url: string, from: string) => {
    if (!linkedFrom.has(url)) queue.push(url);
    linkedFrom.set(url, (linkedFrom.get(url) ?? new Set()).add(from));
  };
  for (const seed of seeds) enqueue(seed, "(start)");

  const visited = new Set<string>();
  const pages: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const response = await fetch(url);
    if (!response.ok) {
      findings.push(`broken link: ${where(url)} answers HTTP ${response.status}; linked from ${[...linkedFrom.get(url)!].map(where).join(", ")}`);
      continue;
    }
    if (!response.headers.get("content-type")?.includes("text/html")) continue; // a file, and it is there
    pages.push(url);

    for (const [n, scheme] of schemes.entries()) {
      const { page, problems } = await openPage(browser, url, { colorScheme: scheme });
      await wakeIslands(page);
      const found: string[] = [];
      if (n === 0) {
        const { anchors, links: hrefs } = await pageLinks(page);
        anchorsOn.set(url, new Set(anchors));
        for (const href of hrefs) {
          const target = new URL(href);
          if (target.protocol !== "http:" && target.protocol !== "https:") continue;
          if (target.origin !== origin) {
            external++;
            continue;
          }
          links++;
          if (!target.pathname.startsWith(basePath)) {
            found.push(`link to ${target.pathname} leaves the base path ${basePath}, so it breaks under a sub-path (use withBase)`);
            continue;
          }
          const pageUrl = origin + target.pathname;
          if (target.hash.length > 1) fragmentLinks.push({ from: url, page: pageUrl, id: decodeURIComponent(target.hash.slice(1)) });
          enqueue(pageUrl, url);
        }
        found.push(...(await keyboardFindings(page)));
      }
      found.push(...(await axeFindings(page)));
      found.push(...problems);
      await page.context().close();
      findings.push(...found.map((f) => `${where(url)} [${scheme}] ${f}`));
    }
  }

  for (const { from, page, id } of fragmentLinks) {
    const anchors = anchorsOn.get(page);
    if (anchors && !anchors.has(id)) findings.push(`${where(from)}: link to ${where(page)}#${id} finds no element with id "${id}"`);
  }
  return { pages, links, anchors: fragmentLinks.length, external, findings: [...new Set(findings)] };
}
