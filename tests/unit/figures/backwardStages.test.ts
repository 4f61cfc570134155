import { describe, expect, it } from "vitest";
import backwardStages, { backwardStagesContext, backwardStagesFigure, largestIn } from "../../../src/figures/backwardStages";
import { fromRows } from "../../../src/core";
import { renderToHtml } from "../../../src/plots/renderToHtml";
import { tablesOf } from "../../../src/figures/figureDefinition";

/** The readout and the plots' names of one render. */
function render(stage: string, mask: boolean): { readout: string; names: string[] } {
  let readout = "";
  const html = renderToHtml((document) => {
    const output = backwardStages.en.render({ stage: stage as "dS", mask }, document);
    readout = output.readout ?? "";
    expect(tablesOf(output)).toHaveLength(output.plots.length);
    const box = document.createElement("div");
    box.append(...output.plots);
    return box;
  }, "en");
  return { readout, names: [...html.matchAll(/<p class="matrix-name">([^<]*)<\/p>/g)].map((m) => m[1]) };
}

describe("backwardStagesContext", () => {
  it("backwardStagesContext(mask) runs the forward stepper's head 1 backward: Lq 5, Lk 6 with 2 <pad> keys, gradients in their operands' shapes", () => {
    const { c, head, gradients, pads } = backwardStagesContext(true);
    expect([c.Lq, c.Lk]).toEqual([5, 6]);
    expect(pads).toEqual([4, 5]);
    expect([gradients.dQ.rows, gradients.dQ.cols]).toEqual([head.q.rows, head.q.cols]);
    expect([gradients.dK.rows, gradients.dK.cols]).toEqual([head.k.rows, head.k.cols]);
    expect([gradients.dV.rows, gradients.dV.cols]).toEqual([head.v.rows, head.v.cols]);
  });

  it("backwardStagesContext(true) gives the <pad> keys exactly zero dS, dK and dV, but not zero dA", () => {
    const { gradients, pads } = backwardStagesContext(true);
    expect(largestIn(gradients.dScaled, "cols", pads)).toBe(0);
    expect(largestIn(gradients.dK, "rows", pads)).toBe(0);
    expect(largestIn(gradients.dV, "rows", pads)).toBe(0);
    expect(largestIn(gradients.dWeights, "cols", pads)).toBeGreaterThan(0.1);
  });

  it("backwardStagesContext(false) lets gradient reach the <pad> keys", () => {
    const { gradients, pads } = backwardStagesContext(false);
    expect(largestIn(gradients.dK, "rows", pads)).toBeGreaterThan(0);
    expect(largestIn(gradients.dV, "rows", pads)).toBeGreaterThan(0);
  });
});

describe("largestIn", () => {
  it("largestIn(m, along, indices) is the largest |entry| in those rows or columns, 0 for none", () => {
    const m = fromRows([[1, -5], [-3, 2]]);
    expect(largestIn(m, "rows", [1])).toBe(3);
    expect(largestIn(m, "cols", [1])).toBe(5);
    expect(largestIn(m, "rows", [])).toBe(0);
  });
});

describe("backward-stages figure", () => {
  it("render({stage: 'dS', mask}) says the <pad> columns are exactly 0 with the mask and not 0 without", () => {
    expect(render("dS", true).readout).toMatch(/In the <pad> columns it is exactly 0, because their weights are 0\./);
    expect(render("dS", false).readout).toMatch(/In the <pad> columns it is not 0 \(largest \|entry\| [\d.]+\)\./);
  });

  it("render({stage}) shows each stage's gradient beside the forward matrices it is made from", () => {
    expect(render("dO", true).names).toEqual(["O = A V", "dO"]);
    expect(render("dV", true).names).toEqual(["A", "dO", "dV = Aᵀ dO"]);
    expect(render("dA", true).names).toEqual(["dO", "V", "dA = dO Vᵀ"]);
    expect(render("dS", true).names).toEqual(["A", "dA", "dS"]);
    expect(render("dQ", true).names).toEqual(["dS", "K", "dQ = dS K / √d_k"]);
    expect(render("dK", true).names).toEqual(["dS", "Q", "dK = dSᵀ Q / √d_k"]);
  });

  it("render({stage}) names the forward stepper stage it reverses", () => {
    expect(render("dV", true).readout).toMatch(/^2\. dV = Aᵀ dO, the reverse of the forward stage 7 \(Weights times values\)\./);
    expect(render("dQ", true).readout).toMatch(/the reverse of the forward stage 4 \(Divide by √d_k\) and stage 3 \(Scores: every query against every key\)\./);
  });

  it("render({stage: 'dX'}) refuses a stage that does not exist, naming the ones that do", () => {
    expect(() => render("dX", true)).toThrow('Backward stage "dX" does not exist; choose one of dO, dV, dA, dS, dQ, dK');
  });
});

describe("backwardStagesFigure", () => {
  const readout = (lang: "en" | "zh", stage: string, mask: boolean) =>
    renderToHtml((document) => {
      const box = document.createElement("p");
      box.textContent = backwardStagesFigure(lang).render({ stage: stage as "dS", mask }, document).readout ?? "";
      return box;
    }, "en");

  it('backwardStagesFigure("zh") labels its controls and says the <pad> columns are exactly 0 in Chinese', () => {
    const figure = backwardStagesFigure("zh");
    expect(figure.controls.map((c) => c.label)).toEqual(["反向传递的步骤", "掩蔽 <pad> 键"]);
    expect(readout("zh", "dS", true)).toMatch(/在 &lt;pad&gt; 列中它恰好为 0，因为它们的权重为 0。/);
    expect(readout("zh", "dS", false)).toMatch(/在 &lt;pad&gt; 列中它不为 0（最大绝对值 [\d.]+）。/);
  });

  it('backwardStagesFigure("zh") names the forward stages it reverses by their Chinese titles', () => {
    expect(readout("zh", "dQ", true)).toMatch(/前向传递中第 4 步（除以 √d_k）和第 3 步（分数：每个查询对每个键）的逆过程。/);
  });
});

