import { describe, expect, it } from "vitest";
import trainingAblations, { ablation, ablations } from "../../../src/figures/trainingAblations";
import { tablesOf } from "../../../src/figures/figureDefinition";
import { renderToHtml } from "../../../src/plots/renderToHtml";

function render(metric: string) {
  let readout = "";
  let labels: (string | null)[] = [];
  let tables = 0;
  renderToHtml((document) => {
    const out = trainingAblations.en.render({ metric: metric as "loss" }, document);
    readout = out.readout ?? "";
    labels = out.plots.map((p) => p.getAttribute("aria-label"));
    tables = tablesOf(out).length;
    return document.createElement("div");
  });
  return { readout, labels, tables };
}

describe("training-ablations figure", () => {
  it("ablation(name) finds a run of ablations.json and refuses one it does not hold", () => {
    expect(ablation("noSourcePositions").settings.ablations).toEqual({ noSourcePositions: true });
    expect(() => ablation("nothing" as "default")).toThrow("ablations.json has no run “nothing”");
  });

  it("renders two charts (the scale; the padding mask and positions) named with each run's last value, and two tables", () => {
    const { readout, labels, tables } = render("exactMatch");
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^Validation exact match against training steps for the 1\/√d_k scale, at d_k = 8 and d_k = 32: at step 300 default \(4 heads, d_k = 8\) \d\.\d\d, without 1\/√d_k/);
    expect(labels[1]).toContain("without positions in the encoder");
    expect(tables).toBe(2);
    const last = (name: "unmaskedSourcePadding") => ablation(name).evaluations[ablation(name).evaluations.length - 1].exactMatch.toFixed(2);
    expect(readout).toContain(`without the source padding mask ${last("unmaskedSourcePadding")}`);
    expect(readout).toMatch(/^Validation exact match at step 300, on the lab's 32 evaluation sentences: default /);
  });

  it("the loss is drawn on a log scale with significant digits; a measure it does not know is refused", () => {
    expect(render("loss").labels[0]).toMatch(/^Validation loss against training steps for the 1\/√d_k scale/);
    expect(() => render("speed")).toThrow("Measure is “speed”; choose exact match, loss or alignment error rate");
  });

  it("every run's curve has a point every few steps up to ablations.steps", () => {
    for (const r of ablations.runs) expect(r.evaluations[r.evaluations.length - 1].step, r.name).toBe(ablations.steps);
  });
});
