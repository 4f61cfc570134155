import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { expectLessonOpens, expectStaticLesson, solveExercise, wakeFigure as wake, expectStaticFigures } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/fast-attention/", baseUrl).href;
const figures = ["fast-attention-blocks", "fast-attention-mask-fill", "fast-attention-precision"];

describe("lesson fast-attention", () => {
  it("loads with its hook and heading, every live figure wakes in view without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "fast-attention", /^Fast and low-precision attention$/);
    await expect(page.locator("live-figure").count()).resolves.toBe(figures.length);
    expect(problems).toEqual([]);
  });

  it("shows its three figures as SVG with a readout, math, cells with their build-time output, an exercise and questions with JavaScript off", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    await expectStaticFigures(page, figures);
    // The cell's build-time output compares the block computation with the core for every block size.
    await expect.poll(() => page.locator("[data-cell='block-attention'] [data-cell-output]").innerText()).toMatch(/B = 4: largest difference from the core \d\.\de-1[5-7]/);
  });

  it("fast-attention-blocks: the block size and the blocks read move the state, and the last block gives the core's output", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "fast-attention-blocks");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^After block 2 of 4 \(keys 4–6\): m = /);
    await figure.getByRole("slider", { name: "Block size B (keys per block)" }).fill("4");
    await expect.poll(() => readout.innerText()).toMatch(/^After block 2 of 3 \(keys 5–8\): m = /);
    await figure.getByRole("slider", { name: "Blocks read" }).fill("12");
    await expect.poll(() => readout.innerText()).toMatch(/^Blocks of 4 make only 3\. After block 3 of 3 \(keys 9–12\)/);
    const last = await readout.innerText();
    const [, partial, core] = last.match(/o \/ l = (\(.+?\)); every key read, this is the core's output (\(.+?\))/) ?? [];
    expect(partial).toBeDefined();
    expect(partial).toBe(core);
    await expect(figure.locator("[data-error]:not([hidden])").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it("fast-attention-precision: summing in float32 repairs the 16-bit denominators; equal scores stall float16 at 2048 and bfloat16 at 256", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "fast-attention-precision");
    const readout = figure.locator("[data-readout]");
    const halfSum = async () => (await readout.innerText()).match(/float16 sums the denominator to ([\d.]+) \(exact ([\d.]+)\)/)!.slice(1).map(Number);
    const [stored, exact] = await halfSum();
    expect(Math.abs(stored - exact)).toBeGreaterThan(1);
    await figure.getByRole("combobox", { name: "Compute the sum in" }).selectOption("float32");
    await expect.poll(() => readout.innerText()).toMatch(/^At L_k = 4096 \(scores random, σ = 1; sum in float32, as PyTorch does\): /);
    const [wide, exactAgain] = await halfSum();
    expect(exactAgain).toBe(exact);
    expect(Math.abs(wide - exactAgain)).toBeLessThan(0.5);
    await figure.getByRole("combobox", { name: "Scores of the row" }).selectOption("equal");
    await figure.getByRole("combobox", { name: "Compute the sum in" }).selectOption("storage");
    await expect.poll(() => readout.innerText()).toMatch(/float16 sums the denominator to 2048\.0 \(exact 4096\.0\).*bfloat16 sums the denominator to 256\.0 \(exact 4096\.0\)/);
    expect(problems).toEqual([]);
  });

  it("fast-attention-mask-fill: −1e9 in float16 makes a fully masked row NaN, finfo.min makes it uniform, and adding finfo.min twice brings the NaN back", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wake(page, "fast-attention-mask-fill");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^In float16, −1e9 is stored as −∞\. Every score of the row is −∞.* every weight is NaN\.$/);
    await figure.getByRole("combobox", { name: "Added to a masked key's score" }).selectOption("finfoMin");
    await expect.poll(() => readout.innerText()).toMatch(/^In float16, torch\.finfo\(dtype\)\.min is stored as −65504\. .*uniform, 0\.250, 0\.250, 0\.250, 0\.250, and no NaN\.$/);
    await figure.getByRole("checkbox", { name: "Add the mask twice (two masks combined)" }).check();
    await expect.poll(() => readout.innerText()).toMatch(/every weight is NaN\.$/);
    await figure.getByRole("combobox", { name: "Format of the scores" }).selectOption("float32");
    await figure.getByRole("checkbox", { name: "Add the mask twice (two masks combined)" }).uncheck();
    await figure.getByRole("combobox", { name: "Added to a masked key's score" }).selectOption("minus1e9");
    await expect.poll(() => readout.innerText()).toMatch(/^In float32, −1e9 is stored as −1000000000\. .*uniform/);
    expect(problems).toEqual([]);
  });

  it("the exercise fails on the starter (no rescale), on rescaling l but not o, on a missing guard for a masked first block and on a state that keeps the scores, and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(page, "One step of the online softmax", /^Not yet: query 0, blocks of 1, after keys 1-\d+: l is .+ but should be .+ \(within 1e-9\)$/, [
      {
        code: `function onlineStep(state, scores, values) {
  const m = Math.max(state.m, ...scores);
  const rescale = Math.exp(state.m - m);
  let l = state.l * rescale;
  const o = state.o.slice();
  scores.forEach((s, j) => {
    const p = Math.exp(s - m);
    l += p;
    for (let c = 0; c < o.length; c++) o[c] += p * values[j][c];
  });
  return { m, l, o };
}`,
        failure: /^Not yet: query 0, blocks of 1, after keys 1-\d+: o\[\d\] is .+ but should be .+ \(within 1e-9\)$/,
      },
      {
        code: `function onlineStep(state, scores, values) {
  const m = Math.max(state.m, ...scores);
  const rescale = Math.exp(state.m - m);
  let l = state.l * rescale;
  const o = state.o.map((x) => x * rescale);
  scores.forEach((s, j) => {
    const p = Math.exp(s - m);
    l += p;
    for (let c = 0; c < o.length; c++) o[c] += p * values[j][c];
  });
  return { m, l, o };
}`,
        failure: /^Not yet: after a first block of two masked keys: l is NaN but should be 0 \(within 1e-9\)$/,
      },
      {
        // Keeping every score seen and calling the core's softmax is not an online softmax.
        code: `function onlineStep(state, scores, values) {
  const seen = [...(state.seen ?? []), ...scores];
  const w = softmaxVector(seen);
  return { m: Math.max(...seen), l: 1, o: state.o, seen, w };
}`,
        failure: /^Not yet: query 0, blocks of 1, after keys 1-1: the state holds seen, w besides m, l and o; a query may remember only m, l and o$/,
      },
    ]);
    expect(problems).toEqual([]);
  });
});
