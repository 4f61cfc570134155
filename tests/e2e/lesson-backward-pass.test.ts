import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";
import { useBrowser } from "./useBrowser";
import { expectLessonOpens, expectStaticLesson, solveExercise, wakeFigure } from "./reader";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const url = new URL("lessons/backward-pass/", baseUrl).href;

/** The first random case of the exercise's check: Lq 3, Lk 5, dk 4, dv 2, no padding. */
const firstCase = "with Lq 3, Lk 5, dk 4, dv 2";
const refused = (name: string) => `Not yet: This exercise asks you to write dV and dQ yourself; ${name} is switched off here.`;

describe("lesson backward-pass", () => {
  it("loads with its hook and heading, every live figure wakes in view without an error, and nothing errs or fails to load", async () => {
    const { page, problems } = await openPage(browser(), url);
    await expectLessonOpens(page, "backward-pass", /^The backward pass through attention$/);
    expect(problems).toEqual([]);
  });

  it("shows both figures as SVG, math, cells with their build-time output, the exercise and the questions with JavaScript off", async () => {
    const { page } = await openPage(browser(), url, { javaScriptEnabled: false });
    await expectStaticLesson(page, url, new URL("glossary/", baseUrl).href);
    for (const id of ["backward-stages", "backward-gradient-norms"]) {
      await expect(page.locator(`figure#${id} [data-plots] svg`).count(), id).resolves.toBeGreaterThanOrEqual(2);
    }
    await expect.poll(() => page.locator("figure#backward-stages [data-readout]").innerText()).toMatch(/In the <pad> columns it is exactly 0/);
  });

  it("backward-stages: unticking the mask gives the <pad> keys gradient; another stage shows dK", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wakeFigure(page, "backward-stages");
    const readout = figure.locator("[data-readout]");
    await expect.poll(() => readout.innerText()).toMatch(/^4\. dS = .+In the <pad> columns it is exactly 0, because their weights are 0\./);
    await figure.getByRole("checkbox", { name: "Mask the <pad> keys" }).uncheck();
    await expect.poll(() => readout.innerText()).toMatch(/In the <pad> columns it is not 0 \(largest \|entry\| [\d.]+\)\./);
    await figure.getByRole("checkbox", { name: "Mask the <pad> keys" }).check();
    await figure.getByRole("combobox", { name: "Backward stage" }).selectOption({ label: "6. dK = dSᵀ Q / √d_k" });
    await expect.poll(() => readout.innerText()).toMatch(/^6\. dK = dSᵀ Q \/ √d_k, .+The rows of dK for the <pad> keys are exactly 0/);
    await expect(figure.getByRole("img", { name: "dK = dSᵀ Q / √d_k, 6 × 4" }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("backward-gradient-norms: the median collapses without the scale; switched to the mean, it does not", async () => {
    const { page, problems } = await openPage(browser(), url);
    const figure = await wakeFigure(page, "backward-gradient-norms");
    const readout = figure.locator("[data-readout]");
    const median = await readout.innerText();
    expect(median).toMatch(/^At d_k = 1024 with L_k = 8, the median ‖dQ_i‖ is 0\.\d+ with the scale and \d(\.\d)? × 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+ without; without it \d+% of the queries/);
    await figure.getByRole("combobox", { name: "Statistic of ‖dQ_i‖" }).selectOption("mean");
    await expect.poll(() => readout.innerText()).toMatch(/^At d_k = 1024 with L_k = 8, the mean ‖dQ_i‖ is 0\.\d+ with the scale and \d+(\.\d+)? without;/);
    await expect(figure.getByRole("img", { name: /^The mean gradient norm of a query/ }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it("the gradient-check cell runs (after the cell it needs) and reports ok", async () => {
    const { page, problems } = await openPage(browser(), url);
    const cell = page.getByRole("region", { name: "Check the backward with gradCheck", exact: true });
    await cell.scrollIntoViewIfNeeded();
    await cell.getByRole("button", { name: "Run" }).click();
    await cell.locator("xpath=self::*[@data-status='done' or @data-status='error']").waitFor({ timeout: 20_000 });
    await expect(cell.getAttribute("data-status")).resolves.toBe("done");
    const entries = await cell.locator("[data-cell-output] .cell-entry").allInnerTexts();
    expect(entries[0]).toMatch(/^largest relative error of the core's backward\s*\d(\.\d+)?e−\d+$/);
    expect(entries.at(-1)).toBe("true");
    await expect(page.getByRole("region", { name: "Run the core's backward on the running example", exact: true }).getAttribute("data-status")).resolves.toBe("done");
    expect(problems).toEqual([]);
  });

  it("the exercise fails on its starter, refuses the core's backward (by global or import), fails the diagonal-only softmax, and passes on the model answer", async () => {
    const { page, problems } = await openPage(browser(), url);
    await solveExercise(page, "Write dV and dQ", new RegExp(`^Not yet: dV ${firstCase} at row \\d, column \\d is 0 but should be .+ \\(within 1e-9\\)$`), [
      {
        code: `function attentionBackwardByHand(q, k, v, trace, dOutput) {
  const g = scaledDotProductAttentionBackward(q, k, v, trace, dOutput);
  return { dV: g.dV, dQ: g.dQ };
}`,
        failure: new RegExp(`^${refused("scaledDotProductAttentionBackward").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
      },
      {
        code: `import * as core from "attention";
function attentionBackwardByHand(q, k, v, trace, dOutput) {
  const dS = core.softmaxRowsBackward(trace.weights, matmul(dOutput, transpose(v)));
  return { dV: matmul(transpose(trace.weights), dOutput), dQ: scale(matmul(dS, k), trace.scale) };
}`,
        failure: new RegExp(`^${refused("softmaxRowsBackward").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
      },
      {
        // The common mistake: only the diagonal a(1 - a) of the softmax Jacobian. dV is right, dQ is not.
        code: `function attentionBackwardByHand(q, k, v, trace, dOutput) {
  const A = trace.weights;
  const dA = matmul(dOutput, transpose(v));
  const dS = matrix(A.rows, A.cols, A.data.map((a, n) => a * (1 - a) * dA.data[n]));
  return { dV: matmul(transpose(A), dOutput), dQ: scale(matmul(dS, k), trace.scale) };
}`,
        failure: new RegExp(`^Not yet: dQ ${firstCase} at row \\d, column \\d is .+ but should be .+ \\(within 1e-9\\)$`),
      },
    ]);
    expect(problems).toEqual([]);
  });
});
