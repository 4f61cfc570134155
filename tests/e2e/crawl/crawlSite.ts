import type { Browser } from "playwright-core";
import { openPage } from "../browser";
import { axeFindings } from "./axeFindings";
import { keyboardFindings } from "./keyboardFindings";
import { pageLinks } from "./pageLinks";
import { printFindings } from "./printFindings";
import { scrollerFindings } from "./scrollerFindings";
import { spacingFindings } from "./spacingFindings";
import { offscreenFindings } from "./offscreenFindings";
import { phoneFindings, phoneWidth } from "./phoneFindings";
import { wakeIslands } from "./wakeIslands";
import { editionFindings } from "../../i18n/editionFindings";

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
  /** For each page visited, the pages whose links lead to it ("(start)" for a seed). */
  linkedFrom: Record<string, string[]>;
}

/** The axe rules whose outcome depends on colours, rerun in the dark scheme. */
const darkRules = ["color-contrast", "link-in-text-block"];
/**
 * The axe rules whose outcome depends on the width, rerun at a phone's: target size (WCAG 2.5.8)
 * and boxes that scroll. Colours do not change with the width, and color-contrast, axe's slowest
 * rule (about half of this rerun on a long lesson), already ran in both schemes.
 */
const phoneRules = ["target-size", "scrollable-region-focusable"];
const concurrency = 2;
/**
 * One page's checks take seconds; a page that holds them up this long is itself a finding. The
 * budget is per 500 kB of HTML, the size of the longest lesson: the course document (every lesson
 * in one page, about 3.4 MB) is checked as a whole and gets time in proportion.
 */
const pageTimeoutMs = 90_000;
const budgetBytes = 500_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

/**
 * Visits every page reachable by links from `seeds` inside `root` (origin plus base path), in the
 * light and then the dark colour scheme, then at a phone's width: console errors, failed requests,
 * a page's <html lang>, hreflang alternates and language switch that do not match its edition,
 * serious axe findings, links that leave the base path or answer an error, fragments with no
 * matching id, controls the keyboard cannot reach, boxes that scroll sideways, words run
 * together, what the page prints, and on the phone a page wider than the screen, figure text too
 * small to read and targets too small to tap.
 */
export async function crawlSite(browser: Browser, root: string, seeds: string[]): Promise<CrawlResult> {
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

  const pages: string[] = [];
  const visit = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) {
      findings.push(`broken link: ${where(url)} answers HTTP ${response.status}; linked from ${[...linkedFrom.get(url)!].map(where).join(", ")}`);
      return;
    }
    if (!response.headers.get("content-type")?.includes("text/html")) return; // a file, and it is there
    pages.push(url);
    const html = await response.text();
    // Its edition: <html lang>, hreflang alternates and the language switch (not on the 404 page,
    // which is one page for both editions).
    if (!url.endsWith("/404.html")) findings.push(...editionFindings(html, new URL(url).pathname, basePath).map((f) => `${where(url)} ${f}`));
    const budget = pageTimeoutMs * Math.max(1, html.length / budgetBytes);
    await withTimeout(check(url), budget);
  };

  const check = async (url: string) => {
    const started = performance.now();

    const { page, problems } = await openPage(browser, url, { colorScheme: "light" });
    await wakeIslands(page);
    const found: string[] = [];
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
    found.push(...(await keyboardFindings(page)), ...(await axeFindings(page)), ...(await scrollerFindings(page)), ...(await spacingFindings(page)), ...(await offscreenFindings(page)), ...problems.splice(0));
    findings.push(...found.map((f) => `${where(url)} [light] ${f}`));

    // Dark: the same page switched to the dark scheme, as when a reader's system changes theme.
    // Only colours depend on the scheme, so axe reruns its colour rules; errors the switch causes count too.
    await page.emulateMedia({ colorScheme: "dark" });
    // Print in the dark scheme: paper must come out white whatever the reader's scheme.
    const dark = [...(await axeFindings(page, darkRules)), ...(await printFindings(page)), ...problems.splice(0)];
    findings.push(...dark.map((f) => `${where(url)} [dark] ${f}`));

    // Phone: the same page in the light scheme narrowed to a phone's width (the lesson list closes
    // as it does there: BaseLayout), scrolled through again so every block is laid out at that
    // width. Only the layout changed, so axe reruns the rules that measure it. Reloading instead
    // took 5-10 s more per lesson; a phone's first load is tested in reader-walk-mobile.test.ts.
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: phoneWidth, height: 740 });
    // Every block drawn at the new width, not only those a frame caught in view while scrolling
    // (offscreenFindings above has checked that skipping moves nothing).
    await page.evaluate(() => document.documentElement.classList.remove("skip-offscreen"));
    await wakeIslands(page);
    const small = [...(await phoneFindings(page)), ...(await axeFindings(page, phoneRules)), ...problems];
    findings.push(...small.map((f) => `${where(url)} [phone] ${f}`));
    await page.context().close();
    if (process.env.CRAWL_LOG) console.log(`crawl: ${where(url)} ${Math.round(performance.now() - started)} ms`);
  };

  // Two pages at a time: while one waits on the network or the browser, the other runs.
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < concurrency) {
      const url = queue.shift()!;
      const visiting: Promise<void> = visit(url)
        .catch((error: unknown) => void findings.push(`${where(url)}: the checks stopped: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => running.delete(visiting));
      running.add(visiting);
    }
    if (running.size > 0) await Promise.race(running);
  }

  for (const { from, page, id } of fragmentLinks) {
    const anchors = anchorsOn.get(page);
    if (anchors && !anchors.has(id)) findings.push(`${where(from)}: link to ${where(page)}#${id} finds no element with id "${id}"`);
  }
  return {
    pages: pages.sort(),
    links,
    anchors: fragmentLinks.length,
    external,
    findings: [...new Set(findings)].sort(),
    linkedFrom: Object.fromEntries(pages.map((page) => [page, [...linkedFrom.get(page)!]])),
  };
}
