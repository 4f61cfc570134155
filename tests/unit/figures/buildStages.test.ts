import { describe, expect, it } from "vitest";
import { buildStagesFigure } from "../../../src/figures/buildStages";
import { renderToHtml } from "../../../src/plots/renderToHtml";

/** The readout of one render of the build-stages figure in edition `lang`. */
function readout(lang: "en" | "zh", stage: string, mask: boolean): string {
  let said = "";
  renderToHtml((document) => {
    said = buildStagesFigure(lang).render({ stage: stage as "weights", mask }, document).readout ?? "";
    return document.createElement("div");
  }, "en");
  return said;
}

describe("buildStagesFigure", () => {
  it('buildStagesFigure(lang) reads out the stage, its shape and what the <pad> keys get, in each edition', () => {
    expect(readout("en", "weights", true)).toBe("4. softmax over each row: 5x6. The two <pad> keys get weight 0 in every row.");
    expect(readout("zh", "weights", true)).toBe("4. 对每一行做 softmax：5x6。两个 <pad> 键在每一行中的权重都是 0。");
    expect(readout("zh", "weights", false)).toMatch(/^4\. 对每一行做 softmax：5x6。未掩蔽时，<pad> 键最多占去一行 \d+% 的权重。$/);
  });

  it('buildStagesFigure("zh") labels its controls and stages in Chinese', () => {
    const figure = buildStagesFigure("zh");
    expect(figure.controls.map((c) => c.label)).toEqual(["步骤", "掩蔽 <pad> 键"]);
    const stage = figure.controls[0];
    expect(stage.kind === "select" && Array.isArray(stage.options) ? stage.options.map((o) => o.label) : []).toContain("5. 输出 = 权重 × V");
  });
});
