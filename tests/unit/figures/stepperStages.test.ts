import { describe, expect, it } from "vitest";
import { stageSentence, stageTitle, stages, stepperContext, renderStage } from "../../../src/figures/stepperStages";
import { defaultSettings } from "../../../src/figures/stepperSettings";
import { renderToHtml } from "../../../src/plots/renderToHtml";

describe("stageTitle and stageSentence", () => {
  it("stageTitle(n, lang) names stage n in each edition", () => {
    expect(stageTitle(1, "en")).toBe("Keys and values from the source");
    expect(stageTitle(1, "zh")).toBe("来自源端的键和值");
    expect(stages).toHaveLength(11);
  });

  it("stageSentence(n, c, lang) quotes the core's shapes: the score matrix is Lq x Lk with the <pad> keys", () => {
    const c = stepperContext(defaultSettings);
    expect(stageSentence(2, c, "en")).toContain(`the score matrix is ${c.Lq} × ${c.Lk}, not square`);
    expect(stageSentence(2, c, "zh")).toContain(`分数矩阵是 ${c.Lq} × ${c.Lk} 的，不是方阵`);
  });

  it("stageSentence(0, c, lang) says stages 1-7 follow head 1 only when there are several heads", () => {
    expect(stageSentence(0, stepperContext({ ...defaultSettings, heads: 2 }), "zh")).toContain("第 1–7 步跟踪头 1");
    expect(stageSentence(0, stepperContext({ ...defaultSettings, heads: 1 }), "zh")).not.toContain("头 1");
    expect(stageSentence(0, stepperContext({ ...defaultSettings, heads: 2 }), "en")).toContain("stages 1–7 follow head 1");
  });
});

describe("renderStage", () => {
  it("renderStage(8, c, document, 'zh') titles each head's panel in Chinese", () => {
    const c = stepperContext(defaultSettings);
    const html = renderToHtml((document) => {
      const box = document.createElement("div");
      box.append(...renderStage(8, c, document, "zh").plots);
      return box;
    }, "en");
    expect(html).toContain("头 1");
    expect(html).toContain("头 1 的注意力权重：5 个目标词元 × 6 个源词元");
    expect(html).not.toContain("Attention weights of head");
  });
});
