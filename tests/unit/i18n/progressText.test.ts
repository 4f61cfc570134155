import { describe, expect, it } from "vitest";
import { progressText } from "../../../src/i18n/progressText";

const { en, zh } = progressText;

describe("progressText", () => {
  it("progressText.zh has every key of progressText.en, each of the same kind, and no other", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key], key).toBe(typeof en[key]);
      if (Array.isArray(en[key])) expect((zh[key] as readonly string[]).length, key).toBe((en[key] as readonly string[]).length);
    }
  });

  it("progressText.zh writes Chinese where English differs: no sentence of it is English", () => {
    const english = /\b(the|of|and|your|passed|report|exercise)\b/i;
    for (const [key, value] of Object.entries(zh)) {
      if (typeof value === "string" && value !== en[key as keyof typeof en]) expect(value, key).not.toMatch(english);
    }
  });

  it("progressText[lang].passedCount(passed, total) puts both numbers in the sentence", () => {
    expect(en.passedCount(3, 18)).toBe("You have passed 3 of 18 exercises in this browser.");
    expect(zh.passedCount(3, 18)).toBe("你在这个浏览器里已通过 18 道练习中的 3 道。");
  });

  it("progressText[lang].readCount(reports, rejected) counts reports and names refused files only when there are some", () => {
    expect(en.readCount(1, 0)).toBe("Read 1 report.");
    expect(en.readCount(2, 2)).toBe("Read 2 reports; 2 files not accepted.");
    expect(zh.readCount(1, 0)).toBe("已读取 1 份报告。");
    expect(zh.readCount(2, 1)).toBe("已读取 2 份报告；1 个文件未被接受。");
  });

  it("progressText[lang].recheckDone(checked, failing) gives passes as checked minus failing", () => {
    expect(en.recheckDone(2, 1)).toBe(" Re-checked 2 answers: 1 pass, 1 fail.");
    expect(zh.recheckDone(3, 1)).toBe("已重新检查 3 个答案：2 个通过，1 个未通过。");
  });

  it("progressText[lang].summaryHeadingOf(name, when) leaves out an empty name", () => {
    expect(zh.summaryHeadingOf("李雷", "2026年11月24日 17:00")).toBe("学习进度摘要：李雷，2026年11月24日 17:00");
    expect(zh.summaryHeadingOf("", "2026年11月24日 17:00")).toBe("学习进度摘要，2026年11月24日 17:00");
    expect(en.summaryHeadingOf("", "Nov 24, 2026")).toBe("Progress summary, Nov 24, 2026");
  });

  it("progressText.zh puts one space between Chinese and a number or Latin word, and full-width punctuation after Chinese", () => {
    expect(zh.downloaded("progress-李雷-2026-11-24.json", 1, 18)).toBe("已下载 progress-李雷-2026-11-24.json：18 道练习中通过了 1 道。");
    expect(zh.answerTitle("Ada", "把分数规范化", "总览")).toBe("Ada：把分数规范化（总览）");
    expect(zh.showAnswerLabel("Ada", "把分数规范化")).toBe("查看答案：Ada，把分数规范化");
  });
});
