import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";

const baseUrl = inject("baseUrl");
const lessonUrl = new URL("lessons/scaled-dot-product-cross-attention/", baseUrl).href;
const browser = useBrowser();

describe("home page", () => {
  it("lists the lessons with working links and no errors", async () => {
    const { page, problems } = await openPage(browser(), baseUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Cross-Attention, Cell by Cell" }).isVisible()).resolves.toBe(true);
    const link = page.getByRole("link", { name: "Scaled dot-product cross-attention on one page" }).first();
    await link.click();
    await page.waitForURL(lessonUrl);
    expect(problems).toEqual([]);
  });
});

describe("first lesson", () => {
  it("has its article hook, typeset math and no errors", async () => {
    const { page, problems } = await openPage(browser(), lessonUrl);
    await expect(page.locator('article[data-lesson="scaled-dot-product-cross-attention"]').count()).resolves.toBe(1);
    // KaTeX ran at build time: display math is present as MathML + HTML, and no raw "$$" remains.
    await expect(page.locator(".katex-display .katex-mathml math").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("article").innerText()).resolves.not.toContain("$$");
    await expect(page.locator("script[src*='katex']").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("skips rendering the blocks out of view, and draws a block as the reader scrolls to it", async () => {
    const { page, problems } = await openPage(browser(), lessonUrl);
    await page.waitForFunction(() => document.documentElement.classList.contains("skip-offscreen"));
    // The links to the previous and next lesson, at the foot of the lesson.
    const next = page.getByRole("navigation", { name: "Previous and next lesson" }).getByRole("link").last();
    await expect(next.getAttribute("href")).resolves.toContain("/lessons/");
    const drawn = () => next.evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true }));
    await expect(drawn()).resolves.toBe(false);
    await next.scrollIntoViewIfNeeded();
    await expect.poll(drawn).toBe(true);
    expect(problems).toEqual([]);
  });

  it("draws the weights heatmap and redraws it when the temperature slider moves", async () => {
    const { page, problems } = await openPage(browser(), lessonUrl);
    const figure = page.locator("figure[data-figure]").first();
    await figure.scrollIntoViewIfNeeded();
    await page.locator("live-figure[data-ready='true']").first().waitFor();
    const plot = figure.locator("[data-plots] svg");
    await expect(plot.count()).resolves.toBe(1);
    await expect(plot.getAttribute("aria-label")).resolves.toMatch(/Attention weights/);
    const cellsBefore = await plot.locator("text").allTextContents();
    const slider = page.getByRole("slider", { name: /Temperature/ });
    await slider.focus();
    // Keyboard, as a reader would: each press moves the slider one step.
    for (let n = 0; n < 10; n++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => figure.locator("output").first().innerText()).toBe("2.0");
    const cellsAfter = await figure.locator("[data-plots] svg text").allTextContents();
    expect(cellsAfter).not.toEqual(cellsBefore);
    await figure.getByText("Show the numbers").click();
    await expect(figure.getByRole("table", { name: /temperature 2; each row sums to 1/ }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it("shows the heatmap with JavaScript turned off", async () => {
    const { page } = await openPage(browser(), lessonUrl, { javaScriptEnabled: false });
    await expect(page.locator("figure[data-figure] [data-plots] svg").count()).resolves.toBe(1);
    await expect(page.locator(".katex").count()).resolves.toBeGreaterThan(0);
  });
});
