import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { axeFindings } from "./crawl/axeFindings";
import { scrollerFindings } from "./crawl/scrollerFindings";
import { useBrowser } from "./useBrowser";
import { expectLessonOpens, expectStaticLesson, solveExercise, wakeAllFigures, wakeFigure as wake, expectStaticFigures, messageOf } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/pytorch/", baseUrl).href;
const figures = ["pytorch-shapes", "pytorch-mask-conventions"];
/** Where the screenshots go; SCREENSHOT_DIR keeps them somewhere else. */
const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), "lesson-pytorch-screenshots");

/** The lesson's own solution of the exercise, as the page shows it. */
const solutionMerge = `function mergeHeads(o, B, h, L) {
  const dk = o.length / (B * h * L), dModel = h * dk;
  const out = new Array(o.length);
  for (let b = 0; b < B; b++) for (let l = 0; l < L; l++) for (let i = 0; i < h; i++) for (let c = 0; c < dk; c++) {
    out[(b * L + l) * dModel + i * dk + c] = o[((b * h + i) * L + l) * dk + c];
  }
  return out;
}`;
const solutionSplit = `function splitHeads(x, B, L, h) {
  const dModel = x.length / (B * L), dk = dModel / h;
  const out = new Array(x.length);
  for (let b = 0; b < B; b++) for (let i = 0; i < h; i++) for (let l = 0; l < L; l++) for (let c = 0; c < dk; c++) {
    out[((b * h + i) * L + l) * dk + c] = x[(b * L + l) * dModel + i * dk + c];
  }
  return out;
}`;

/** How far the page itself scrolls sideways, in px (0 when nothing sticks out). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("lesson pytorch", () => {
  it("loads with its hook and heading, every live figure wakes in view without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "pytorch", /^From these matrices to PyTorch$/);
    await expect(page.locator("live-figure").count()).resolves.toBe(figures.length);
    expect(problems).toEqual([]);
  });

  it("shows its figures as SVG with a readout, the PyTorch code with the core's numbers, cells with their output, an exercise and questions with JavaScript off", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    await expectStaticFigures(page, figures, "[data-plots] svg[aria-label]");
    const mha = page.getByRole("region", { name: "nn.MultiheadAttention on the case (PyTorch)" });
    await expect.poll(() => mha.locator("pre").innerText()).toContain("key_padding_mask=pad,");
    // The core's per-head weights of item 1's last query: the mask and the padding leave it one key.
    await expect.poll(() => mha.locator("table").innerText()).toMatch(/w\[1, 0, 2\] and w\[1, 1, 2\]\s+0\.000, 1\.000, 0\.000, 0\.000; 0\.000, 1\.000, 0\.000, 0\.000/);
    const sdpa = page.getByRole("region", { name: "F.scaled_dot_product_attention on the same case (PyTorch)" });
    const row = async (region: typeof mha) => (await region.locator("tr").last().innerText()).split(/\t/).pop();
    await expect(row(sdpa)).resolves.toBe(await row(mha));
    await expect.poll(() => page.locator("[data-cell='view-without-transpose'] [data-cell-output]").innerText()).toMatch(/rows cut across tokens[\s\S]*120\.000\s+121\.000/);
  });

  it("pytorch-shapes: the step, the head count and d_model change the shapes it reports; impossible choices get an error next to the figure", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "pytorch-shapes");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^Step 5 of 10, scores = scores\.masked_fill\(pad\[:, None, None, :\], float\('-inf'\)\)\. .*\(B, 1, 1, Lk\) = \(2, 1, 1, 5\)/);
    await expect(figure.locator("svg[aria-label^='scores[1, 0]']").count()).resolves.toBe(1);
    await figure.getByRole("slider", { name: "Step" }).fill("3");
    await expect.poll(() => readout.innerText()).toMatch(/^Step 3 of 10, q = q\.transpose\(1, 2\)\. .*\(B, h, Lq, d_k\) = \(2, 2, 3, 4\)/);
    await figure.getByRole("combobox", { name: "Heads h" }).selectOption("4");
    await expect.poll(() => readout.innerText()).toMatch(/\(B, h, Lq, d_k\) = \(2, 4, 3, 2\)/);
    await expect(figure.locator("svg[aria-label^='q[1, 0]']").count()).resolves.toBe(1);
    // An impossible choice is refused beside its control, which goes back to what the figure shows.
    const dModel = figure.getByRole("combobox", { name: "d_model" });
    const before = await dModel.inputValue();
    await dModel.selectOption("6");
    await expect((await messageOf(dModel)).innerText()).resolves.toMatch(/dModel 6 is not divisible by heads 4; choose heads that divide dModel \(1, 2, 3 or 6\)\. The figure still shows d_model = /);
    await expect(dModel.inputValue()).resolves.toBe(before);
    // d_model 6 with 3 heads, by way of 2 heads (8 does not split into 3).
    await figure.getByRole("combobox", { name: "Heads h" }).selectOption("2");
    await dModel.selectOption("6");
    await expect((await messageOf(dModel)).innerText()).resolves.toBe("");
    await figure.getByRole("combobox", { name: "Heads h" }).selectOption("3");
    await expect.poll(() => readout.innerText()).toMatch(/\(B, h, Lq, d_k\) = \(2, 3, 3, 2\)/);
    const item = figure.getByRole("slider", { name: "Show batch item b" });
    await item.fill("3");
    await expect((await messageOf(item)).innerText()).resolves.toMatch(/^There is no batch item b = 3: a batch of B = 2 has items 0 to 1\. Lower b or raise B\. The figure still shows /);
    await figure.getByRole("slider", { name: "Batch size B" }).fill("4");
    await item.fill("3");
    await expect((await messageOf(item)).innerText()).resolves.toBe("");
    await expect.poll(() => readout.innerText()).toMatch(/\(B, h, Lq, d_k\) = \(4, 3, 3, 2\)\..* The map is q\[3, 0\]\.$/);
    expect(problems).toEqual([]);
  });

  it("pytorch-mask-conventions: a mask built for the other call hands all the weight to the padding", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "pytorch-mask-conventions");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^F\.scaled_dot_product_attention's attn_mask reads True as “takes part”, .* the 2 <pad> keys get 0% of every row/);
    // Each redraw follows its change in a task of its own (oncePerFrame): wait for the readout.
    await figure.getByRole("checkbox", { name: "Pass the other call's mask (conventions mixed up)" }).check();
    await expect.poll(() => readout.innerText()).toMatch(/^Mixed up: the mask was built for nn\.MultiheadAttention, where True means “blocked”, .* they get 100% of every row and “le chat noir dort” nothing\./);
    await figure.getByRole("combobox", { name: "PyTorch call" }).selectOption("mha");
    await expect.poll(() => readout.innerText()).toMatch(/^Mixed up: the mask was built for F\.scaled_dot_product_attention, .* they get 100% of every row/);
    await figure.getByRole("checkbox", { name: "Pass the other call's mask (conventions mixed up)" }).uncheck();
    await expect.poll(() => readout.innerText()).toMatch(/^nn\.MultiheadAttention's key_padding_mask reads True as “blocked”, .* get 0% of every row/);
    expect(problems).toEqual([]);
  });

  it("the exercise fails on the starter, on view(B, h, L, d_k) without the transpose and on a merge without it, and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(
      page,
      "Split and merge heads on a batch, as PyTorch stores it",
      /^Not yet: splitHeads on \(B, L, d_model\) = \(2, 3, 8\) and h = 2: element \[0, 0, 0, 0\] is undefined but should be -?[\d.]+, which is x\[0, 0, 0\]$/,
      [
        {
          // x.view(B, h, L, d_k): the right shape, the buffer's order unchanged.
          code: `function splitHeads(x, B, L, h) {\n  return x.slice();\n}\n${solutionMerge}`,
          failure: /^Not yet: splitHeads on \(B, L, d_model\) = \(2, 3, 8\) and h = 2: element \[0, 0, 1, 0\] is -?[\d.]+ but should be -?[\d.]+, which is x\[0, 1, 0\]$/,
        },
        {
          // o.view(B, L, d_model) straight from (B, h, L, d_k): no transpose back.
          code: `${solutionSplit}\nfunction mergeHeads(o, B, h, L) {\n  return o.slice();\n}`,
          failure: /^Not yet: mergeHeads\(splitHeads\(x\)\) on \(B, L, d_model\) = \(2, 3, 8\) and h = 2: element \[0, 0, 4\] is -?[\d.]+ but should be -?[\d.]+, the same element of x$/,
        },
      ],
    );
    expect(problems).toEqual([]);
  });

  it("axe finds no serious WCAG 2 A or AA violation with every figure awake, in the light and the dark scheme", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, problems } = await openPage(browser(), url, { colorScheme });
      await wakeAllFigures(page);
      expect(await axeFindings(page), colorScheme).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it("at 1366 and 360 px wide the page never scrolls sideways; at 1366 no box scrolls either (screenshots saved)", async () => {
    mkdirSync(shots, { recursive: true });
    const { page, problems } = await openPage(browser(), url);
    for (const [width, height] of [[1366, 900], [360, 780]]) {
      await page.setViewportSize({ width, height });
      await wakeAllFigures(page);
      // Blocks out of view skip rendering (content-visibility), which clips what sticks out of them and
      // would draw them blank in a full-page screenshot: render every block, as print and a first paint do.
      await page.evaluate(() => document.documentElement.classList.remove("skip-offscreen"));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(pageOverflow(page), `page overflow at ${width} px`).resolves.toBe(0);
      const codeOverflow = await page.locator("[data-code-block] pre").evaluateAll((pres) => pres.map((pre) => pre.scrollWidth - pre.clientWidth));
      expect(codeOverflow.length).toBe(4);
      expect(codeOverflow.every((px) => px <= 0), `code blocks overflowing at ${width} px: ${codeOverflow.join(", ")}`).toBe(true);
      if (width === 1366) expect(await scrollerFindings(page)).toEqual([]);
      await page.screenshot({ path: join(shots, `pytorch-${width}.png`), fullPage: true });
    }
    console.log(`lesson-pytorch: screenshots in ${shots}`);
    expect(problems).toEqual([]);
  });
});
