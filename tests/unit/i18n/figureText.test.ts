import { describe, expect, it } from "vitest";
import { figureText } from "../../../src/i18n/figureText";
import { labText } from "../../../src/i18n/labText";
import { figureLabelsText } from "../../../src/i18n/figureLabelsText";

const tables = { figureText, labText, figureLabelsText };

describe("the figures' text tables", () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: zh has exactly en's keys, each of the same kind (string or function)`, () => {
      expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
      for (const key of Object.keys(table.en) as (keyof typeof table.en)[]) expect(typeof table.zh[key], String(key)).toBe(typeof table.en[key]);
    });

    it(`${name}: every zh string is Chinese text and differs from en where en has letters in words`, () => {
      for (const [key, value] of Object.entries(table.zh)) {
        if (typeof value !== "string") continue;
        const en = (table.en as Record<string, unknown>)[key] as string;
        // Math and code (d_model, W_Q, "query \\ key") may be kept; a word of English may not.
        if (/[a-z]{3,}/.test(en.replace(/d_model|kdim|vdim|key_padding_mask|attn_mask|masked_fill|fullyMasked|zeros|error|softmax/g, ""))) {
          expect(value, key).not.toBe(en);
          expect(value, key).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });
  }

  it("figureText.stillShows puts the problem first and the drawn value after, in each language's punctuation", () => {
    expect(figureText.en.stillShows("Too far.", "Position p", "6")).toBe("Too far. The figure still shows Position p = 6.");
    expect(figureText.zh.stillShows("太远了。", "位置 p", "6")).toBe("太远了。 图中仍显示 位置 p = 6。");
  });

  it("figureText.movedTo names the control, its new value and why, with full-width punctuation in Chinese", () => {
    expect(figureText.en.movedTo("heads h", "4", "no fit")).toBe("heads h is now 4: no fit.");
    expect(figureText.zh.movedTo("头数 h", "4", "无法均分")).toBe("头数 h 已改为 4：无法均分。");
  });

  it("figureLabelsText.psPastEnd gives the last position and the bound in both languages", () => {
    expect(figureLabelsText.en.psPastEnd(30, 24)).toBe("Position p = 30 is past the last position, 23: positions count from 0 to length − 1. Move p below 24 or add positions.");
    expect(figureLabelsText.zh.psPastEnd(30, 24)).toBe("位置 p = 30 超出了最后一个位置 23：位置从 0 数到 长度 − 1。请把 p 移到 24 以下，或增加位置数。");
  });

  it("labText.mhReadout says whether heads are off, and how many, in each language", () => {
    expect(labText.en.mhReadout(4, 16, 4, 1088, 0, "0")).toBe("h = 4 heads of d_k = 16 / 4 = 4; 1088 parameters whatever h is. All heads on.");
    expect(labText.en.mhReadout(4, 16, 4, 1088, 2, "0.5")).toMatch(/2 heads off: the output moves by up to 0\.5\.$/);
    expect(labText.zh.mhReadout(4, 16, 4, 1088, 2, "0.5")).toBe("h = 4 个头，每个 d_k = 16 / 4 = 4；无论 h 取多少，参数量都是 1088。关闭了 2 个头：输出最多变化 0.5。");
  });
});
