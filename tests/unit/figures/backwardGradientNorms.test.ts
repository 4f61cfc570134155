import { describe, expect, it } from "vitest";
import backwardGradientNorms, { gradientNormDks, gradientNorms } from "../../../src/figures/backwardGradientNorms";
import { renderToHtml } from "../../../src/plots/renderToHtml";

function readout(state: { statistic: "median" | "mean"; Lk: string }): string {
  let text = "";
  renderToHtml((document) => {
    const output = backwardGradientNorms.en.render(state, document);
    text = output.readout ?? "";
    expect(output.plots).toHaveLength(2);
    return document.createElement("div");
  }, "en");
  return text;
}

describe("backward-gradient-norms figure", () => {
  it("gradientNorms(Lk) sweeps d_k over powers of two from 1 to 1024", () => {
    expect(gradientNorms(4).map((p) => p.dk)).toEqual(gradientNormDks);
    expect(gradientNormDks).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);
  });

  it("render({statistic}) reads out the chosen statistic at d_k = 1024, and the share of queries left without gradient", () => {
    expect(readout({ statistic: "median", Lk: "8" })).toMatch(/^At d_k = 1024 with L_k = 8, the median ‖dQ_i‖ is 0\.\d+ with the scale and \d(\.\d)? × 10⁻[⁰-⁹]+ without; without it \d+% of the queries get a gradient below 0\.001\.$/);
    expect(readout({ statistic: "mean", Lk: "16" })).toMatch(/^At d_k = 1024 with L_k = 16, the mean ‖dQ_i‖ is 0\.\d+ with the scale and \d+(\.\d+)? without;/);
  });

  it("render({Lk: '5'}) refuses a key count it does not offer", () => {
    expect(() => readout({ statistic: "median", Lk: "5" })).toThrow("Keys per query L_k is 5; choose 4, 8, 16 or 32");
  });
});
