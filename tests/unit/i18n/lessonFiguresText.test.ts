import { describe, expect, it } from "vitest";
import { lessonFiguresText, shapeTuple } from "../../../src/i18n/lessonFiguresText";
import { ABLATIONS } from "../../../src/train/ablationRuns";

const en = lessonFiguresText.en;
const zh = lessonFiguresText.zh;
const sizes = { B: 2, h: 2, Lq: 3, Lk: 5, d_k: 4, d_model: 8, "1": 1 };

describe("lessonFiguresText", () => {
  it("lessonFiguresText.en and .zh have the same keys, and zh words every key in Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.dbNormControl).toBe("层规范化");
    expect(zh.taStep).toMatch(/[\u4e00-\u9fff]/);
  });

  it("shapeTuple(axes, sizes) pairs the axes' names with their sizes", () => {
    expect(shapeTuple(["B", "h", "Lq", "Lk"], sizes)).toBe("(B, h, Lq, Lk) = (2, 2, 3, 5)");
    expect(shapeTuple(["1"], sizes)).toBe("(1) = (1)");
  });

  it("zh.taRun names every ablation of ablationRuns in Chinese; en.taRun keeps the label of ablations.json", () => {
    for (const { name } of ABLATIONS) {
      expect(zh.taRun(name, "English label")).toMatch(/[\u4e00-\u9fff]/);
      expect(en.taRun(name, "English label")).toBe("English label");
    }
  });

  it("zh.ptsSays words the mask step with one or several masked keys and none, spaced where Chinese meets a number", () => {
    expect(zh.ptsSays("mask", sizes, 1, 0, 4)).toContain("所以它的键 4 在每个头的每一行中都是 −∞。");
    expect(zh.ptsSays("mask", sizes, 2, 0, 3)).toContain("所以它的键 3 到 4 在每个头的每一行中都是 −∞。");
    expect(zh.ptsSays("mask", sizes, 0, 0, 5)).toContain("所以它没有键被掩蔽。");
    expect(en.ptsSays("mask", sizes, 0, 0, 5)).toContain("so none of its keys is masked.");
    expect(zh.ptsSays("view", sizes, 1, 1, 5)).toContain("头 1 就是每个词元的第 4 到 7 列。");
  });

  it("en.ptsNotDivisible lists the divisors as the core does; zh lists them with 、", () => {
    expect(en.ptsNotDivisible(6, 4, [1, 2, 3, 6])).toBe("dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6)");
    expect(en.ptsNotDivisible(1, 2, [1])).toBe("dModel 1 is not divisible by heads 2; choose heads that divide dModel (1)");
    expect(zh.ptsNotDivisible(6, 4, [1, 2, 3, 6])).toBe("dModel 6 不能被头数 4 整除；请选择能整除 dModel 的头数（1、2、3、6）");
  });

  it("zh.dbNormOf and zh.dbSelfSaid put one space where Chinese meets x or a Latin word", () => {
    expect(zh.dbNormOf("层规范化 1", "x")).toBe("x 的层规范化 1");
    expect(zh.dbSelfSaid("x 的层规范化 1")).toBe("它的查询、键和值都来自 x 的层规范化 1，位置 i 只能看到位置 1 到 i");
    expect(zh.dbOrderStep("交叉注意力", true, true, "层规范化 2")).toBe("层规范化 2，交叉注意力（查询来自流，键和值来自编码器的记忆），加上残差");
    expect(en.dbOrderStep("cross-attention", false, false, "LayerNorm 2")).toBe("cross-attention, add the residual, LayerNorm 2");
  });
});
