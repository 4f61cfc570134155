import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeIslands } from "./crawl/wakeIslands";
import { wakeFigure } from "./reader";

/**
 * Observable Plot names each group it draws in English ("x-axis tick label", "cell", "rule"). On a
 * Chinese page a screen reader must not read those: every figure and cell plot, once its island has
 * woken (and redrawn), names its groups in Chinese, while the English page keeps Plot's names.
 * Also the site's own words when a figure fails in the browser (figureFailureText).
 */
const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Plot 0.6's own group names, written out here rather than taken from the site's table. */
const axes = ["x", "y", "fx", "fy"];
const plotNames = new Set([
  ...axes.flatMap((k) => [`${k}-axis`, `${k}-axis tick`, `${k}-axis tick label`, `${k}-axis label`, `${k}-grid`]),
  ...["area", "arrow", "bar", "cell", "dot", "frame", "image", "line", "link", "rect", "rule", "text", "tick", "tip", "vector", "raster", "linear-regression"],
]);

/** Lessons with heatmaps, bar and line charts, a cell's plot, the stepper and the trainer's drawings. */
const lessons = ["scores", "multi-head", "scaled-dot-product-cross-attention", "why-scale", "training-translator"];
const islands = "live-figure, stepper-figure, sentence-explorer, follow-query, trainer-lab, translate-panel";

/** Wakes every island of the page and waits until each has taken over; returns how many. */
async function wakeAll(page: Page): Promise<number> {
  await wakeIslands(page);
  await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => (el as HTMLElement).dataset.ready === "true"), islands, { timeout: 30_000 });
  return page.locator(islands).count();
}

/** The aria-label of every element inside the page's figures and cells that carries one. */
function figureLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll("figure [aria-label], [data-cell] [aria-label]"), (el) => el.getAttribute("aria-label")!));
}

describe("Plot's group names follow the page's language", () => {
  for (const slug of lessons) {
    it(`zh/lessons/${slug}/: no element in a figure or cell keeps one of Plot's English names once the figures wake; the English page keeps them`, async () => {
      const zh = await openPage(browser(), new URL(`zh/lessons/${slug}/`, baseUrl).href);
      expect(await wakeAll(zh.page)).toBeGreaterThan(0);
      const zhLabels = await figureLabels(zh.page);
      expect(zhLabels.filter((label) => plotNames.has(label))).toEqual([]);
      // The figures are drawn and their groups named, in Chinese.
      expect(zhLabels.filter((label) => /^(x|y) 轴刻度标签$/.test(label)).length).toBeGreaterThan(0);
      expect(zh.problems).toEqual([]);
      await zh.page.context().close();

      const en = await openPage(browser(), new URL(`lessons/${slug}/`, baseUrl).href);
      await wakeAll(en.page);
      const enLabels = await figureLabels(en.page);
      expect(enLabels.filter((label) => /^(x|y)-axis tick label$/.test(label)).length).toBeGreaterThan(0);
      expect(enLabels.filter((label) => /轴/.test(label))).toEqual([]);
      expect(en.problems).toEqual([]);
      await en.page.context().close();
    }, 120_000);
  }

  it("zh/lessons/multi-head/: the lab redrawn after a change, and a cell's plot drawn in the browser, name Plot's groups in Chinese", async () => {
    const { page, problems } = await openPage(browser(), new URL("zh/lessons/multi-head/", baseUrl).href);
    const figure = await wakeFigure(page, "multi-head-lab");
    await figure.getByRole("combobox", { name: "d_model" }).selectOption("64");
    await expect.poll(() => figure.locator("[data-readout]").innerText()).toMatch(/64/);
    const labels = await figure.evaluate((f) => Array.from(f.querySelectorAll("svg g[aria-label]"), (g) => g.getAttribute("aria-label")!));
    expect(labels.filter((label) => plotNames.has(label))).toEqual([]);
    expect(labels).toContain("方格");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("zh/lessons/scores/: a cell's plot drawn in the browser by its 运行 button names Plot's groups in Chinese", async () => {
    const { page, problems } = await openPage(browser(), new URL("zh/lessons/scores/", baseUrl).href);
    const cell = page.getByRole("region", { name: "运行轴用错的 bug", exact: true });
    await cell.getByRole("group", { name: "代码单元操作" }).getByRole("button", { name: "运行", exact: true }).click();
    await page.waitForFunction((el) => (el as HTMLElement).dataset.status === "done", await cell.elementHandle(), { timeout: 20_000 });
    const labels = await cell.locator("[data-cell-output] svg g[aria-label]").evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label")!));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => plotNames.has(label))).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(["x 轴刻度标签", "y 轴刻度标签"]));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("a figure that cannot start or cannot be drawn for download says so in the page's language", () => {
  for (const [edition, path, start, hidden, notLoaded] of [
    [
      "zh",
      "zh/lessons/positions/",
      "此图无法启动：它的代码没有加载成功，请重新加载页面再试。上方的静态版本仍然正确。",
      "无法生成 SVG：此图当前没有可绘制的内容（是否被隐藏了？）。",
      "无法生成 PNG：它的代码没有加载成功，请重新加载页面再试。",
    ],
    [
      "en",
      "lessons/positions/",
      "This figure could not start: its code did not load; reload the page to try again. The static version above is still correct.",
      "Could not make the SVG: the figure shows nothing to draw (is it hidden?).",
      "Could not make the PNG: its code did not load; reload the page to try again.",
    ],
  ] as const) {
    const downloadGroup = edition === "zh" ? "下载" : "Download";
    it(`${edition}: an island whose code does not arrive says so under the figure; a download of a hidden drawing, or whose code does not arrive, says why`, async () => {
      const { page } = await openPage(browser(), new URL(path, baseUrl).href);
      // The island's code never arrives (as on a dropped connection).
      await page.route(/\/_astro\/liveFigure\.[\w-]+\.js$/, (route) => route.abort());
      const island = page.locator("live-figure:has(figure#positions-sinusoidal)");
      await island.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === "error", await island.elementHandle(), { timeout: 15_000 });
      await expect(island.getByRole("alert").innerText()).resolves.toBe(start);

      // The download island is apart from the live figure's: the drawing is there but hidden.
      const figure = page.locator("figure#positions-sinusoidal");
      await figure.locator("[data-figure-drawing]").evaluateAll((drawings) => drawings.forEach((drawing) => ((drawing as HTMLElement).style.display = "none")));
      await figure.getByRole("group", { name: downloadGroup }).getByRole("button", { name: "SVG" }).click();
      await expect.poll(() => figure.locator("[data-download-status]").innerText()).toBe(hidden);
      await page.context().close();

      // A fresh page whose download code never arrives.
      const again = await openPage(browser(), new URL(path, baseUrl).href);
      await again.page.route(/\/_astro\/figureDownload\.[\w-]+\.js$/, (route) => route.abort());
      const other = again.page.locator("figure#positions-sinusoidal");
      await other.getByRole("group", { name: downloadGroup }).getByRole("button", { name: "PNG" }).click();
      await expect.poll(() => other.locator("[data-download-status]").innerText()).toBe(notLoaded);
      await again.page.context().close();
    });
  }
});
