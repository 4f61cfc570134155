import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { wakeFigure as wake, solveExercise, expectStaticLesson, expectLessonOpens } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** Lessons 4-6, each with its exercise, the message its starter fails with, and one more wrong answer. */
const lessons: { slug: string; heading: RegExp; exercise: { title: string; failure: RegExp; wrong: { code: string; failure: RegExp } } }[] = [
  {
    slug: "why-scale",
    heading: /Why divide by √d_k/,
    exercise: {
      title: "Scale by the per-head width",
      // The starter forgets the scale altogether.
      failure: /^Not yet: the weights for dk = 4 at row \d, column \d is .+ but should be .+ \(within 1e-9\)$/,
      // Dividing by d_k instead of its square root.
      wrong: {
        code: `function scaledWeights(q, k) {
  return softmaxRows(scale(matmul(q, transpose(k)), 1 / q.cols));
}`,
        failure: /^Not yet: the weights for dk = 4 at row \d, column \d is .+ but should be .+ \(within 1e-9\)$/,
      },
    },
  },
  {
    slug: "softmax-stability",
    heading: /Softmax, temperature and numerical stability/,
    exercise: {
      title: "A softmax that cannot overflow",
      // The textbook formula: exp(1000) = Infinity, so NaN (reference value 1 / (1 + e + e^2) = 0.09003).
      failure: /^Not yet: stableSoftmax\(\[1000, 1001, 1002\]\)\[0\] is NaN but should be 0\.09003 \(within 1e-9\)$/,
      // Subtracting the minimum: -Infinity - (-Infinity) is NaN (reference e^0 / (1 + e^2) = 0.1192).
      wrong: {
        code: `function stableSoftmax(scores) {
  const m = Math.min(...scores);
  const exps = scores.map((s) => Math.exp(s - m));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}`,
        failure: /^Not yet: stableSoftmax\(\[0, -Infinity, 2\]\)\[0\] is NaN but should be 0\.1192 \(within 1e-9\)$/,
      },
    },
  },
  {
    slug: "masking",
    heading: /^Masking$/,
    exercise: {
      title: "Mask the padding",
      // No mask: padded key 3 takes weight.
      failure: /^Not yet: query 0 gives weight .+ to key 3, which the mask blocks; it should be 0$/,
      // Misconception (b): a causal mask in cross-attention blocks real source tokens.
      wrong: {
        code: `function paddedWeights(q, k, length) {
  const scores = scale(matmul(q, transpose(k)), 1 / Math.sqrt(q.cols));
  return softmaxRows(applyMask(scores, causalMask(q.rows, k.rows)));
}`,
        failure: /^Not yet: the weights for length 3 of 5 at row 0, column 0 is 1 but should be .+ \(within 1e-9\)$/,
      },
    },
  },
];

const url = (slug: string) => new URL(`lessons/${slug}/`, baseUrl).href;

for (const lesson of lessons) {
  describe(`lesson ${lesson.slug}`, () => {
    it("loads with its hook and heading, every live figure wakes in view without an error, and nothing errs or fails to load", async () => {
      const { page, problems } = await openPage(browser(), url(lesson.slug));
      await expectLessonOpens(page, lesson.slug, lesson.heading);
      expect(problems).toEqual([]);
    });

    it("shows figures, math, a cell with its build-time output, an exercise and three questions with JavaScript off", async () => {
      const { page } = await openPage(browser(), url(lesson.slug), { javaScriptEnabled: false });
      await expectStaticLesson(page, url(lesson.slug), new URL("glossary/", baseUrl).href);
    });

    it("the exercise fails on its starter with a specific message, fails on a wrong answer, and passes on the model answer", async () => {
      const { page, problems } = await openPage(browser(), url(lesson.slug));
      const { title, failure, wrong } = lesson.exercise;
      await solveExercise(page, title, failure, [wrong]);
      expect(problems).toEqual([]);
    });
  });
}

describe("lesson 4-6 figures respond to their controls", () => {
  it("why-scale: the variance histogram follows d_k, and dividing by √d_k brings the predicted variance to 1", async () => {
    const { page, problems } = await openPage(browser(), url("why-scale"));
    const figure = await wake(page, "why-scale-variance");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 64, q·k has sample variance .+ \(predicted 64\)/);
    await figure.getByRole("combobox", { name: "Width d_k" }).selectOption("512");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 512, q·k has sample variance .+ \(predicted 512\)/);
    await figure.getByRole("checkbox", { name: "Divide by √d_k" }).check();
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 512, q·k \/ √d_k has sample variance (0\.9|1\.0|1\.1) \(predicted 1\)/);
    expect(problems).toEqual([]);
  });

  it("why-scale: on a CPU slowed 8x, d_k = 512 is worked out in slices while the old histogram stays, dimmed and marked busy; a width already drawn comes back at once", async () => {
    const { page, problems } = await openPage(browser(), url("why-scale"));
    const figure = await wake(page, "why-scale-variance");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 64, q·k has sample variance/);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
    const width = figure.getByRole("combobox", { name: "Width d_k" });
    await width.selectOption("512");
    const busy = () => figure.evaluate((el) => `${el.getAttribute("aria-busy")} | ${el.querySelector("[data-readout]")!.textContent}`);
    await expect.poll(busy).toBe("true | Working out the new figure…");
    await expect.poll(() => readout.innerText(), { timeout: 30_000 }).toMatch(/^At d_k = 512, q·k has sample variance .+ \(predicted 512\)/);
    await expect(figure.getAttribute("aria-busy")).resolves.toBeNull();
    await width.selectOption("64");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 64, q·k has sample variance/);
    await expect(figure.getAttribute("aria-busy")).resolves.toBeNull();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    expect(problems).toEqual([]);
  });

  it("softmax-stability: at c = 0 naive and stable agree; at c = 800 the naive softmax overflows to NaN", async () => {
    const { page, problems } = await openPage(browser(), url("softmax-stability"));
    const figure = await wake(page, "softmax-stability-shift");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^With c = 800 the naive formula computes exp\(\d+\) = Infinity/);
    await figure.getByRole("slider", { name: "Add c to every score" }).fill("0");
    await expect.poll(() => readout.innerText()).toBe("With c = 0 both formulas agree, and the weights are the same as at c = 0.");
    expect(problems).toEqual([]);
  });

  it("masking: without the padding mask pads take weight; a fully masked row is zeros or an error under the core's policies", async () => {
    const { page, problems } = await openPage(browser(), url("masking"));
    const padding = await wake(page, "masking-padding");
    await padding.getByRole("checkbox", { name: "Apply the key padding mask" }).uncheck();
    await expect.poll(() => padding.locator("[data-readout]").innerText()).toMatch(/^Without a mask “black” puts \d+% of its attention on padding\.$/);
    const fully = await wake(page, "masking-fully-masked");
    const select = fully.getByRole("combobox", { name: "How blocked keys are written" });
    await select.selectOption("zeros");
    await expect.poll(() => fully.locator("[data-readout]").innerText()).toMatch(/the row of “cat” becomes 0\.000, 0\.000, 0\.000, 0\.000\.$/);
    await select.selectOption("error");
    await expect.poll(() => fully.locator("[data-readout]").innerText()).toMatch(/^The core refuses: softmax: query row 2 has no allowed key/);
    await expect(fully.locator("[data-error]:not([hidden])").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
