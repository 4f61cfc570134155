import { describe, expect, it } from "vitest";
import decodingCrossCost from "../../../src/figures/decodingCrossCost";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";

function render(state: { model: string; sourceLength: number; steps: number }) {
  let readout = "";
  let rows: string[][] = [];
  renderToHtml((document) => {
    const out = decodingCrossCost.en.render(state, document);
    readout = out.readout ?? "";
    rows = [...tablesOf(out)[0].querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return document.createElement("div");
  });
  return { readout, rows };
}

describe("decoding-cross-cost figure", () => {
  it("without the cache the K, V projections cost 2 L_k d² per layer at every step; with it once, whatever the steps", () => {
    // The lab's model, L_k 7: one projection of K and V is 2 * 7 * 32 * 32 = 14,336 multiply-adds.
    const { rows, readout } = render({ model: "lab", sourceLength: 7, steps: 8 });
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(rows[0]).toEqual(["1", "14,336", "14,336"]);
    expect(rows[7]).toEqual(["8", "114,688", "14,336"]);
    expect(readout).toBe(
      "Decoding 8 tokens from 7 source tokens: projecting K and V at every step costs 114,688 multiply-adds, once per layer (1 layer) 14,336. " +
        "The cache saves 100,352 and holds 448 numbers.",
    );
  });

  it("one step saves nothing, and six layers multiply both lines by six", () => {
    expect(render({ model: "lab", sourceLength: 3, steps: 1 }).readout).toContain("The cache saves 0 and holds");
    const base = render({ model: "base", sourceLength: 1, steps: 2 });
    // 6 layers x 2 x 1 x 512 x 512 = 3,145,728 per step.
    expect(base.rows[1]).toEqual(["2", "6,291,456", "3,145,728"]);
  });
});
