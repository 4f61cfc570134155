import { describe, expect, it } from "vitest";
import decodingCacheMemory, { MEMORY_STEPS } from "../../../src/figures/decodingCacheMemory";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";

function render(state: { model: string; sourceLength: number; beams: number; step: number }) {
  let readout = "";
  let rows: string[][] = [];
  let label = "";
  renderToHtml((document) => {
    const out = decodingCacheMemory.en.render(state, document);
    readout = out.readout ?? "";
    label = out.plots[0].getAttribute("aria-label") ?? "";
    rows = [...tablesOf(out)[0].querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return document.createElement("div");
  });
  return { readout, rows, label };
}

describe("decoding-cache-memory figure", () => {
  it("the self-attention cache grows by 2 x layers x d_model numbers per step; the cross-attention K, V stay at 2 x layers x L_k x d_model", () => {
    // The lab's model: d_model 32, 1 decoder layer; L_k 7: cross 2 * 7 * 32 = 448 from step 1.
    const { rows } = render({ model: "lab", sourceLength: 7, beams: 1, step: 3 });
    expect(rows).toHaveLength(MEMORY_STEPS);
    expect(rows[0]).toEqual(["1", "64", "448"]);
    expect(rows[1]).toEqual(["2", "128", "448"]);
    expect(rows[6]).toEqual(["7", "448", "448"]);
  });

  it("with k beams the self-attention cache is k times larger and the cross-attention K, V are one shared copy", () => {
    const { rows, readout } = render({ model: "base", sourceLength: 20, beams: 4, step: 10 });
    // Transformer base: d_model 512, 6 layers. Step 10: 2 * 4 * 6 * 10 * 512; cross 2 * 6 * 20 * 512.
    expect(rows[9]).toEqual(["10", "245,760", "122,880"]);
    expect(readout).toBe(
      "At step 10 the self-attention cache holds 10 rows of K and V per layer and beam (4 beams): 245,760 numbers. " +
        "The cross-attention K and V hold 20 rows per layer, projected once before step 1 and shared by every beam: 122,880 numbers.",
    );
  });

  it("the chart is named by what it shows at the chosen step", () => {
    const { label } = render({ model: "lab", sourceLength: 5, beams: 1, step: 2 });
    expect(label).toMatch(/^Numbers the caches hold against the decoding step, the lab's translator .*: at step 2 the self-attention K and V hold 128, the cross-attention K and V 320$/);
  });

  it("an unknown model gets a message that names it", () => {
    expect(() => render({ model: "huge", sourceLength: 5, beams: 1, step: 2 })).toThrow(/there is no model “huge” here/);
  });
});
