import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Download, Locator, Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../scripts/staticServer";
import { devServiceWorker, writeServiceWorker } from "../../src/site/offlineIntegration.mjs";
import { serviceWorkerFile } from "../../src/site/serviceWorkerFile.mjs";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { buildSite } from "./crawl/buildSite";
import { expectSolutionPasses, findExercise, wakeFigure } from "./reader";

/**
 * Offline reading and figure export (issue 17) on a site built for a course folder. The service
 * worker belongs to its origin, port included, so each deployment below is served in turn at the
 * same address: `serve(folder)` restarts the server on the same port, `stopServing()` takes it
 * away (a truly missing network: Chromium's offline switch alone does not reach a worker's fetches).
 */
const subPath = "/course/offline/";
const cache = resolve(import.meta.dirname, "../../node_modules/.cache");
const browser = useBrowser();
const made: string[] = [];
let base: string;
let site: string;
let server: StaticServer | undefined;
let origin: string;

beforeAll(async () => {
  const served = new URL(inject("baseUrl"));
  await mkdir(cache, { recursive: true });
  if (served.pathname !== "/") {
    // The whole run serves a sub-path build: use it, as the crawl does.
    base = served.pathname;
    site = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, "../../dist"));
  } else {
    base = subPath;
    site = await mkdtemp(join(cache, "offline-site-"));
    made.push(site);
    const ms = await buildSite(site, subPath);
    console.log(`offline-export: built the site with BASE_PATH=${subPath} in ${(ms / 1000).toFixed(1)} s`);
  }
  server = await startStaticServer(site, base);
  origin = new URL(server.url).origin;
}, 400_000);

afterAll(async () => {
  await server?.close();
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function stopServing(): Promise<void> {
  await server?.close();
  server = undefined;
}

async function serve(folder: string): Promise<void> {
  await stopServing();
  server = await startStaticServer(folder, base, Number(new URL(origin).port));
}

/** A copy of the build, as the next deployment of the course starts. */
async function copyOfSite(name: string): Promise<string> {
  const copy = await mkdtemp(join(cache, `offline-${name}-`));
  made.push(copy);
  await cp(site, copy, { recursive: true });
  return copy;
}

const url = (path: string) => `${origin}${base}${path}`;

/** Waits until the service worker controls `page`: it has precached the course and claimed the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
}

/** Runs the first notebook cell of the page and returns how it ended. */
async function runFirstCell(page: Page): Promise<string | null> {
  const cell = page.locator("[data-cell]").first();
  await cell.getByRole("button", { name: "Run" }).click();
  await cell.locator("xpath=self::*[@data-status='done' or @data-status='error' or @data-status='stopped']").waitFor({ timeout: 30_000 });
  return cell.getAttribute("data-status");
}

describe("offline reading, on a site built for a course folder", () => {
  it("after a first visit, with the network gone, another lesson opens from the service worker: figures wake, a cell runs, an exercise is checked, search answers, KaTeX fonts load", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/scores/"), { serviceWorkers: "allow" });
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url(""));

    await stopServing();
    await page.context().setOffline(true);
    // A query (here ?embed=0) is the same precached file, as it is the same file on a static host.
    const response = await page.goto(url("lessons/masking/?embed=0"));
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toMatch(/mask/i);
    const figureId = await page.locator("live-figure figure[data-figure]").first().getAttribute("id");
    await wakeFigure(page, figureId!);
    expect(await runFirstCell(page)).toBe("done");
    const exercise = await findExercise(page, (await page.locator("[data-exercise] h3").first().innerText()).replace(/^Exercise: /, ""));
    await expectSolutionPasses(page, exercise);
    await page.getByRole("searchbox", { name: "Search the lessons" }).fill("softmax");
    await page.getByRole("list", { name: "Search results" }).getByRole("link").first().waitFor({ timeout: 20_000 });
    const katex = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.family.includes("KaTeX") && font.status === "loaded").length;
    });
    expect(katex).toBeGreaterThan(0);
    // Nothing the page asked for was missing: every request was answered from the precache.
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("a new deployment with a changed lesson is announced quietly (not inside ?embed=1); the old version stays whole until the reader presses Reload", async () => {
    const next = await copyOfSite("v2");
    const lesson = join(next, "lessons/masking/index.html");
    const html = await readFile(lesson, "utf8");
    const heading = /(<h1[^>]*>)([^<]+)(<\/h1>)/.exec(html);
    expect(heading, "the masking lesson's <h1>").not.toBeNull();
    await writeFile(lesson, html.replace(heading![0], `${heading![1]}${heading![2]} (revised)${heading![3]}`));
    await writeServiceWorker(next, base);

    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/masking/"), { serviceWorkers: "allow" });
    await controlled(page);
    const before = await page.getByRole("heading", { level: 1 }).innerText();

    await serve(next);
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "A new version of the course is available." });
    await notice.waitFor({ timeout: 120_000 });
    // Until the reader chooses, the old worker serves the old version, whole.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(before);

    const embedded = await page.context().newPage();
    await embedded.goto(url("lessons/masking/?embed=1"));
    await embedded.waitForFunction(() => document.readyState === "complete");
    await page.waitForTimeout(2_000); // the other page's notice came within this time of loading
    await expect(embedded.getByText("A new version of the course is available.").count()).resolves.toBe(0);
    await embedded.close();

    await notice.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction((old) => document.querySelector("h1")?.textContent !== old, before, { timeout: 60_000 });
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(`${before} (revised)`);
    await expect(page.getByText("A new version of the course is available.").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("?embed=1 registers no service worker, and a fresh page's worker scope and web app manifest follow the base path", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/scores/?embed=1"), { serviceWorkers: "allow" });
    await page.waitForTimeout(2_000); // registration would start at the load event
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).resolves.toBe(0);
    const manifestHref = await page.locator("link[rel='manifest']").getAttribute("href");
    expect(manifestHref).toBe(`${base}manifest.webmanifest`);
    const manifest = await (await fetch(`${origin}${manifestHref}`)).json();
    expect(manifest).toMatchObject({ start_url: base, scope: base, id: base, display: "standalone" });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      expect(icon.src.startsWith(base), icon.src).toBe(true);
      const answer = await fetch(`${origin}${icon.src}`);
      expect(answer.status, icon.src).toBe(200);
      expect(answer.headers.get("content-type"), icon.src).toContain(icon.type);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the dev server's sw.js removes a worker left from a build on the same address, and the page reloads without one", async () => {
    const dev = await copyOfSite("dev");
    await writeFile(join(dev, serviceWorkerFile), devServiceWorker);
    await serve(site);
    const { page } = await openPage(browser(), url("lessons/scores/"), { serviceWorkers: "allow" });
    await controlled(page);
    await serve(dev);
    await page.reload();
    // The worker replaces itself, unregisters and reloads the page; poll across those navigations.
    const deadline = Date.now() + 60_000;
    let state = { controlled: true, registrations: 1 };
    while (Date.now() < deadline && (state.controlled || state.registrations > 0)) {
      await page.waitForTimeout(500);
      state = await page
        .evaluate(async () => ({ controlled: navigator.serviceWorker.controller !== null, registrations: (await navigator.serviceWorker.getRegistrations()).length }))
        .catch(() => state);
    }
    expect(state).toEqual({ controlled: false, registrations: 0 });
    await page.context().close();
  }, 120_000);
});

/** Clicks a Download button and returns the file's suggested name and contents. */
async function download(figure: Locator, format: "SVG" | "PNG" | "CSV"): Promise<{ name: string; body: Buffer }> {
  const page = figure.page();
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), figure.getByRole("group", { name: "Download" }).getByRole("button", { name: format }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** What an exported SVG holds, parsed by the browser's XML parser (which refuses malformed XML). */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: root.localName,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      rects: root.querySelectorAll("rect").length,
      texts: Array.from(root.querySelectorAll("text"), (t) => t.textContent ?? ""),
      foreignObjects: root.querySelectorAll("foreignObject").length,
      background: root.querySelector(":scope > rect")?.getAttribute("fill") ?? null,
    };
  }, text);
}

/** The rows of a figure's "show the numbers" tables as the reader reads them, after opening it. */
async function shownTable(figure: Locator): Promise<string[][]> {
  await figure.getByText("Show the numbers").click();
  return figure.getByRole("table").first().evaluate((table) =>
    Array.from((table as HTMLTableElement).rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? "").trim())),
  );
}

/** A CSV file's rows (the exports quote no field in these tables). */
const csvRows = (body: Buffer) => body.toString("utf8").trimEnd().split("\r\n").map((line) => line.split(","));
/** A number as printed in a table (true minus sign) in plain form. */
const plain = (text: string) => text.replace("−", "-");

describe("figure export, on a site built for a course folder", () => {
  it("a live figure downloads as SVG (parses, holds its bars and labels, colours written in), PNG (2x) and CSV (its table, current settings), named after lesson, figure and settings", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/why-scale/"));
    const figure = await wakeFigure(page, "why-scale-variance");
    await figure.getByLabel("Width d_k").selectOption("16");
    await figure.getByLabel("Divide by √d_k").check();

    const svg = await download(figure, "SVG");
    expect(svg.name).toBe("why-scale_why-scale-variance_dk-16_scaled.svg");
    const text = svg.body.toString("utf8");
    expect(text).not.toMatch(/var\(|currentColor|class=/);
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    const shown = await figure.locator("[data-plots] svg").first().evaluate((s) => ({
      rects: s.querySelectorAll("rect").length,
      texts: Array.from(s.querySelectorAll("text"), (t) => t.textContent ?? "").filter((t) => t.trim() !== ""),
    }));
    expect(shown.rects).toBeGreaterThan(5); // the histogram's bars
    expect(parsed.rects).toBeGreaterThanOrEqual(shown.rects);
    expect(parsed.texts).toEqual(expect.arrayContaining(shown.texts));
    await expect.poll(() => figure.getByRole("status").innerText()).toBe(`Saved ${svg.name}.`);

    const png = await download(figure, "PNG");
    expect(png.name).toBe("why-scale_why-scale-variance_dk-16_scaled.png");
    expect([...png.body.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.body.readUInt32BE(16)).toBe(2 * parsed.width);
    expect(png.body.readUInt32BE(20)).toBe(2 * parsed.height);

    // The CSV has the numbers of the settings chosen (d_k = 16), with the numbers panel still closed.
    const csv = await download(figure, "CSV");
    expect(csv.name).toBe("why-scale_why-scale-variance_dk-16_scaled.csv");
    const rows = csvRows(csv.body);
    expect(rows[0]).toEqual(["statistic", "value"]);
    expect(rows).toContainEqual(["d_k", "16"]);
    const table = await shownTable(figure);
    expect(rows).toEqual(table.map((row) => row.map(plain)));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("in the dark scheme the SVG keeps the colours as displayed: the figure's dark background and its light text", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/why-scale/"), { colorScheme: "dark" });
    const figure = await wakeFigure(page, "why-scale-variance");
    const displayed = await figure.evaluate((f) => ({
      background: getComputedStyle(f).backgroundColor,
      text: getComputedStyle(f.querySelector("[data-plots] svg text")!).fill,
    }));
    const svg = await download(figure, "SVG");
    const colours = await page.evaluate((source) => {
      const root = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
      document.body.append(root); // computed, as any SVG viewer resolves the file's own styles
      const result = { background: root.querySelector(":scope > rect")!.getAttribute("fill"), text: getComputedStyle(root.querySelector("text")!).fill };
      root.remove();
      return result;
    }, svg.body.toString("utf8"));
    expect(colours).toEqual(displayed);
    expect(displayed.background).not.toBe("rgb(255, 255, 255)");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("heatmap cells painted on a canvas come out as filled rects, in the colours on screen", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/multi-head/"));
    const figure = await wakeFigure(page, "multi-head-lab");
    await figure.getByLabel("d_model").selectOption("64");
    await figure.getByLabel("seed").fill("7"); // a redraw in place: the large heatmaps paint on a canvas
    const canvasCells = await figure.evaluate((f) => {
      const holder = f.querySelector("foreignObject.heatmap-canvas");
      if (!holder) return null;
      const canvas = holder.querySelector("canvas")!;
      const ratio = canvas.width / Number(holder.getAttribute("width"));
      const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      return {
        chart: holder.closest("svg")!.getAttribute("aria-label")!,
        colours: Array.from(holder.nextElementSibling!.children, (rect) => {
          const [x, y, w, h] = ["x", "y", "width", "height"].map((name) => Number(rect.getAttribute(name)));
          const at = (Math.floor((y + h / 2) * ratio) * canvas.width + Math.floor((x + w / 2) * ratio)) * 4;
          return `rgb(${pixels[at]}, ${pixels[at + 1]}, ${pixels[at + 2]})`;
        }),
      };
    });
    expect(canvasCells, "a heatmap painted on a canvas").not.toBeNull();
    expect(canvasCells!.colours.length).toBeGreaterThanOrEqual(128);
    const svg = await download(figure, "SVG");
    expect(svg.name).toMatch(/^multi-head_multi-head-lab_dmodel-64_.*seed-7/);
    const exported = await page.evaluate(
      ({ source, chart }) => {
        const root = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
        const drawing = Array.from(root.querySelectorAll("svg svg")).find((svg) => svg.getAttribute("aria-label") === chart);
        const cells = drawing?.querySelector("g[aria-label='cell']");
        return {
          foreignObjects: root.querySelectorAll("foreignObject").length,
          fills: Array.from(cells?.children ?? [], (rect) => /fill:([^;]+)/.exec(rect.getAttribute("style") ?? "")?.[1] ?? null),
        };
      },
      { source: svg.body.toString("utf8"), chart: canvasCells!.chart },
    );
    expect(exported.foreignObjects).toBe(0);
    expect(exported.fills).toEqual(canvasCells!.colours);
    expect(new Set(exported.fills).size).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("the stepper exports its current stage: the name says the stage and settings, the SVG holds that stage's drawing, the CSV its table", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/scaled-dot-product-cross-attention/?step=5&dk=8&heads=1&mask=off"));
    const figure = page.getByRole("figure", { name: /stage by stage/ });
    await figure.scrollIntoViewIfNeeded();
    await page.locator("stepper-figure[data-ready='true']").waitFor({ timeout: 15_000 });
    await figure.getByRole("button", { name: "Next →" }).click();
    const stage = figure.locator("section[data-stage='6']");
    const shownTexts = await stage.locator("[data-stage-plots] svg text").allTextContents();

    const svg = await download(figure, "SVG");
    expect(svg.name).toMatch(/^scaled-dot-product-cross-attention_stepper_stage-6_dk-8_heads-1_seed-\d+_no-mask\.svg$/);
    const parsed = await parseSvg(page, svg.body.toString("utf8"));
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toEqual(expect.arrayContaining(shownTexts.filter((t) => t.trim() !== "")));

    const csv = await download(figure, "CSV");
    expect(csv.name).toBe(svg.name.replace(/\.svg$/, ".csv"));
    await stage.getByText("Show the numbers").click();
    const tables = await stage.getByRole("table").evaluateAll((all) =>
      all.map((table) => Array.from((table as HTMLTableElement).rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? "").trim()))),
    );
    const lines = csv.body.toString("utf8").trimEnd().split("\r\n");
    for (const row of tables.flat()) expect(lines).toContain(row.map(plain).join(","));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("the Download controls work from the keyboard, print nowhere and are not in the search index", async () => {
    await serve(site);
    const { page, problems } = await openPage(browser(), url("lessons/why-scale/"));
    const figure = await wakeFigure(page, "why-scale-variance");
    const csv = figure.getByRole("group", { name: "Download" }).getByRole("button", { name: "CSV" });
    await csv.focus();
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(file.suggestedFilename()).toBe("why-scale_why-scale-variance_dk-64_no-scaled.csv");
    await page.emulateMedia({ media: "print" });
    await expect(figure.getByRole("group", { name: "Download" }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: "screen" });
    // Every figure of a lesson says "PNG" on its button; only the instructors page says it in prose.
    await page.getByRole("searchbox", { name: "Search the lessons" }).fill("PNG");
    const results = page.getByRole("list", { name: "Search results" }).getByRole("link");
    await results.first().waitFor();
    const found = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).toEqual([`${base}instructors/`]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
