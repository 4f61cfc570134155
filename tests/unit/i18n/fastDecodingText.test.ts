import { describe, expect, it } from "vitest";
import { fastDecodingText } from "../../../src/i18n/fastDecodingText";

const { en, zh } = fastDecodingText;

describe("fastDecodingText", () => {
  it("zh has exactly en's keys, each of the same kind, and header rows of the same length", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key], key).toBe(typeof en[key]);
      if (Array.isArray(en[key])) expect((zh[key] as readonly string[]).length, key).toBe((en[key] as readonly string[]).length);
    }
  });

  it("every zh string with English words in en is Chinese", () => {
    for (const [key, value] of Object.entries(zh)) {
      const strings = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
      const enValue = en[key as keyof typeof en];
      const enStrings = typeof enValue === "string" ? [enValue] : Array.isArray(enValue) ? enValue : [];
      strings.forEach((s, n) => {
        if (/[a-z]{3,}/.test(enStrings[n])) expect(s, key).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  });

  it("list joins with a comma in English and an enumeration comma in Chinese", () => {
    expect(en.list(["0.25", "0.50"])).toBe("0.25, 0.50");
    expect(zh.list(["0.25", "0.50"])).toBe("0.25、0.50");
  });

  it("counts agree in number: one layer, one row, one beam, one token", () => {
    expect(en.modelLab(32, 1)).toBe("the lab's translator (d_model 32, 1 layer)");
    expect(en.modelLab(32, 2)).toBe("the lab's translator (d_model 32, 2 layers)");
    expect(zh.modelLab(32, 2)).toBe("实验面板的翻译模型（d_model 32，2 层）");
    expect(en.dmSelfSeries(1)).toBe("self-attention K, V: one row per step");
    expect(zh.dmSelfSeries(1)).toBe("自注意力的 K、V：每步一行");
    expect(zh.dmSelfSeries(3)).toBe("自注意力的 K、V：每步 3 行");
    expect(en.dmCaption("M", 5, 1)).toBe("Numbers the caches hold after each step: M, 5 source tokens, 1 beam");
    expect(zh.dmReadout(2, 5, 1, "64", "320")).toBe("第 2 步时，自注意力缓存在每层存放 2 行 K 和 V：共 64 个数。交叉注意力的 K 和 V 每层有 5 行，在第 1 步之前投影一次，所有束共用：共 320 个数。");
    expect(en.dcReadout(1, 3, 1, "9", "9", "0", "6")).toMatch(/^Decoding 1 token from 3 source tokens: .* once per layer \(1 layer\) 9\./);
  });

  it("the option labels name every choice in both editions", () => {
    expect(zh.fpScoreLabel("spread3")).toBe("随机，σ = 3");
    expect(en.fmFillLabel("minusInfinity")).toBe("−∞ (float('-inf'))");
    expect(zh.fmFillLabel("minusInfinity")).toBe("−∞（float('-inf')）");
    expect(zh.modelUnknown("x", ["lab", "base"])).toBe("这里没有模型“x”；请从以下模型中选择：lab、base");
  });
});
