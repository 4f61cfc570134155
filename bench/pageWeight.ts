// Page weight, measured the way a reader pays for it: each built page is loaded in Chromium and
// every JavaScript, CSS and font response is recorded, first until the page is loaded and the
// network is quiet ("before interaction"), then again after scrolling to the bottom so every
// lazy island has woken ("after"). Bodies are gzipped here (level 6, what static hosts serve),
// because the test server sends them uncompressed. Used by `npm run report:weight` and by
// tests/e2e/pageWeight.test.ts, which fails `npm test` on a budget breach.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";

/** JavaScript (gzip) a page may load before any interaction. */
export const BUDGET_BEFORE = 40 * 1024;
/** JavaScript (gzip) a page may load once every island on it has woken. */
export const BUDGET_AFTER = 200 * 1024;

export interface PageWeight {
  /** The page's path under the site root, e.g. "lessons/soft-lookup/". */
  page: string;
  /** Gzipped JavaScript bytes: files fetched plus inline scripts, before any interaction. */
  jsBefore: number;
  /** The same once the page has been scrolled to the bottom and the network is quiet again. */
  jsAfter: number;
  /** The page's own HTML, gzipped (inline SVG figures live here). */
  html: number;
  /** Gzipped CSS bytes (files and inline <style>), after waking. */
  css: number;
  /** Font bytes as sent (woff2 is already compressed), after waking. */
  fonts: number;
  /** The JavaScript files fetched, with their gzipped sizes, in order. */
  scripts: { url: string; gzip: number; after: boolean }[];
}

/** Every page of a build folder as a path under the site root: "", "lessons/x/", "404.html". */
export function listPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "_astro" && name !== "pagefind") walk(full, `${rel}${name}/`);
      } else if (name === "index.html") pages.push(rel);
      else if (name.endsWith(".html")) pages.push(`${rel}${name}`);
    }
  };
  walk(dist, "");
  return pages;
}

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;

/**
 * Resolves once no request has been in flight for `quietMs` and no island has finished waking
 * (set data-ready, see defineLazyIsland) in that time, or after `timeoutMs` regardless. Waiting on
 * islands too matters on a busy machine, where an observer may fire well after the scroll.
 */
async function settled(page: Page, inFlight: () => number, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  let quietSince = Date.now();
  let ready = -1;
  while (Date.now() - start < timeoutMs) {
    const nowReady = await page.evaluate(() => document.querySelectorAll("[data-ready]").length);
    if (inFlight() > 0 || nowReady !== ready) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    ready = nowReady;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Wakes every lazy island: the viewport is made tall (up to 8000 px) and the page scrolled one
 * viewport at a time, so every island's IntersectionObserver fires in a few steps.
 */
async function wakeEverything(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 800), 8000) });
  for (let step = 0; step < 100; ++step) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(100);
    if (atBottom) return;
  }
}

/** Loads `url` in a fresh context and measures what it downloads before and after waking. */
export async function measurePage(browser: Browser, url: string, pagePath: string): Promise<PageWeight> {
  // The service worker's precache is reported on its own (offlineWeight.ts), not as this page's weight.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  let inFlight = 0;
  let phase: "before" | "after" = "before";
  const reads: Promise<void>[] = [];
  const scripts: PageWeight["scripts"] = [];
  let html = 0;
  let css = 0;
  let fonts = 0;
  page.on("request", () => ++inFlight);
  page.on("requestfailed", () => --inFlight);
  page.on("requestfinished", () => --inFlight);
  page.on("response", (response) => {
    const type = response.request().resourceType();
    const after = phase === "after";
    if (type !== "script" && type !== "stylesheet" && type !== "font" && type !== "document") return;
    reads.push(
      response
        .body()
        .then((body) => {
          if (type === "script") scripts.push({ url: response.url(), gzip: gzipSize(body), after });
          else if (type === "stylesheet") css += gzipSize(body);
          else if (type === "document") html += response.url() === url ? gzipSize(body) : 0;
          else fonts += body.length;
        })
        .catch(() => undefined), // a body gone with a closed page counts as nothing
    );
  });
  await page.goto(url, { waitUntil: "load" });
  await settled(page, () => inFlight);
  await Promise.all(reads);
  // Inline scripts and styles travel inside the HTML; count them like files.
  const inline = await page.evaluate(() => ({
    js: Array.from(document.querySelectorAll("script:not([src])"))
      .filter((s) => ["", "module", "text/javascript"].includes(s.getAttribute("type") ?? ""))
      .map((s) => s.textContent ?? "")
      .join("\n"),
    css: Array.from(document.querySelectorAll("style"))
      .map((s) => s.textContent ?? "")
      .join("\n"),
  }));
  const inlineJs = inline.js.length > 0 ? gzipSize(inline.js) : 0;
  css += inline.css.length > 0 ? gzipSize(inline.css) : 0;
  const jsBefore = inlineJs + scripts.reduce((s, f) => s + f.gzip, 0);

  phase = "after";
  await wakeEverything(page);
  await settled(page, () => inFlight);
  await Promise.all(reads);
  await context.close();
  const jsAfter = inlineJs + scripts.reduce((s, f) => s + f.gzip, 0);
  return { page: pagePath, jsBefore, jsAfter, html, css, fonts, scripts };
}

/** What a reader downloads when they first edit a cell: the type checker (TypeScript's compiler). */
export interface EditWeight {
  page: string;
  /** Gzipped JavaScript fetched from pressing Edit until the first type check is shown. */
  js: number;
  scripts: { url: string; gzip: number }[];
}

/**
 * Opens `url`, presses Edit on its first cell and waits for the type check's result: the
 * JavaScript fetched meanwhile is what editing costs (the editor and TypeScript's compiler, in its
 * worker). Reported apart from the budgets, which count what a reader pays without editing.
 */
export async function measureEdit(browser: Browser, url: string, pagePath: string): Promise<EditWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await settled(page, () => 0);
  const reads: Promise<void>[] = [];
  const scripts: EditWeight["scripts"] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    reads.push(
      response
        .body()
        .then((body) => void scripts.push({ url: response.url(), gzip: gzipSize(body) }))
        .catch(() => undefined),
    );
  });
  const cell = page.locator("[data-cell]").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("button", { name: "Edit" }).click();
  await cell.locator("[data-type-check='done']").waitFor({ timeout: 120_000 });
  await Promise.all(reads);
  await context.close();
  return { page: pagePath, js: scripts.reduce((s, f) => s + f.gzip, 0), scripts };
}

/** The report's lines on what editing a cell downloads, outside the budgets. */
export function editWeightText(w: EditWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const files = w.scripts.map((f) => `  ${f.url.split("/").pop()}  ${kb(f.gzip)}`).join("\n");
  return `On first edit of a cell (${w.page}), not in the budgets: ${kb(w.js)} of JavaScript (gz), the editor and the type checker\n${files}`;
}

/** Budget breaches of one page, as sentences; empty when it is within budget. */
export function breaches(w: PageWeight): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const out: string[] = [];
  if (w.jsBefore > BUDGET_BEFORE) out.push(`${w.page || "/"}: ${kb(w.jsBefore)} of JavaScript before interaction, budget ${kb(BUDGET_BEFORE)}`);
  if (w.jsAfter > BUDGET_AFTER) out.push(`${w.page || "/"}: ${kb(w.jsAfter)} of JavaScript after every island woke, budget ${kb(BUDGET_AFTER)}`);
  return out;
}

/** The report table, one row per page, sizes in KB of 1024 bytes. */
export function weightTable(weights: PageWeight[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const header = ["page", "JS before (gz)", "JS after (gz)", "HTML (gz)", "CSS (gz)", "fonts", "budget"];
  const rows = weights.map((w) => [
    w.page || "/",
    kb(w.jsBefore),
    kb(w.jsAfter),
    kb(w.html),
    kb(w.css),
    kb(w.fonts),
    breaches(w).length === 0 ? "ok" : "OVER",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join("  ");
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    `KB = 1024 bytes; budgets: JS before interaction ${kb(BUDGET_BEFORE)} KB, after every island woke ${kb(BUDGET_AFTER)} KB (gzip level 6). HTML, CSS and fonts are reported, not budgeted.`,
  ].join("\n");
}
