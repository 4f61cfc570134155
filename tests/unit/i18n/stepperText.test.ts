import { describe, expect, it } from "vitest";
import { stageKeys, stepperText, type StageFacts } from "../../../src/i18n/stepperText";
import { stages } from "../../../src/figures/stepperStages";

const facts: StageFacts = { Lq: 5, Lk: 6, dk: 4, heads: 2, dModel: 8, mask: true, pads: 2, sqrtDk: "2" };

describe("stepperText", () => {
  it("stepperText.en and stepperText.zh have the same keys, and words for every stage the stepper has", () => {
    expect(Object.keys(stepperText.zh).sort()).toEqual(Object.keys(stepperText.en).sort());
    expect(stages.map((s) => s.key)).toEqual([...stageKeys]);
    for (const lang of ["en", "zh"] as const) expect(Object.keys(stepperText[lang].stages).sort()).toEqual([...stageKeys].sort());
  });

  it("stepperText.zh's stage sentences quote the numbers they are given, in Chinese with full-width punctuation", () => {
    const zh = stepperText.zh.stages;
    expect(zh.scores.sentence(facts)).toBe("第 (i, j) 项是查询 i 与键 j 的点积。5 个查询对 6 个键：分数矩阵是 5 × 6 的，不是方阵。");
    expect(zh.mask.sentence(facts)).toContain("在 2 个 <pad> 键处为 −∞");
    expect(zh.mask.sentence({ ...facts, mask: false })).toMatch(/^掩码已关闭/);
    expect(zh.split.sentence(facts)).toContain("h = 2 个宽度为 d_k = 4 的头共同构成 d_model = 8");
  });

  it("stepperText.zh differs from stepperText.en in every sentence a reader sees on the stepper", () => {
    for (const key of stageKeys) {
      expect(stepperText.zh.stages[key].title).not.toBe(stepperText.en.stages[key].title);
      expect(stepperText.zh.stages[key].sentence(facts)).not.toBe(stepperText.en.stages[key].sentence(facts));
      expect(stepperText.zh.stages[key].sentence(facts)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("stepperText[lang].progress and stageHeading number the stage in each language", () => {
    expect(stepperText.en.progress(2, 11, "Keys and values from the source")).toBe("Stage 2 of 11: Keys and values from the source");
    expect(stepperText.zh.progress(2, 11, "来自源端的键和值")).toBe("第 2 步，共 11 步：来自源端的键和值");
    expect(stepperText.zh.stageHeading(3, "标题")).toBe("第 3 步：标题");
    expect(stepperText.zh.linkCopied(4)).toBe("链接已复制：打开第 4 步，并使用当前设置。");
  });
});
