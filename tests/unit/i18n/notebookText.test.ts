import { describe, expect, it } from "vitest";
import { notebookText } from "../../../src/i18n/notebookText";

describe("notebookText", () => {
  it("notebookText.en and notebookText.zh have the same keys, and every zh string differs from en except names", () => {
    expect(Object.keys(notebookText.zh).sort()).toEqual(Object.keys(notebookText.en).sort());
    for (const [key, value] of Object.entries(notebookText.zh)) {
      if (typeof value === "string") expect(value, key).not.toBe(notebookText.en[key as keyof typeof notebookText.en]);
    }
  });

  it("notebookText counts in words: one line, 2 lines; durations in ms or s", () => {
    expect(notebookText.en.showAllLines(1)).toBe("Show all 1 line");
    expect(notebookText.en.showAllLines(12000)).toBe("Show all 12,000 lines");
    expect(notebookText.en.doneIn(0.0123)).toBe("Done in 12 ms");
    expect(notebookText.zh.doneIn(2.25)).toBe("完成，用时 2.3 秒");
    expect(notebookText.en.typeErrorsRan(1, [4])).toMatch(/^This code has 1 type error \(line 4\)\./);
    expect(notebookText.zh.typeErrorsRan(2, [1, 3])).toMatch(/^这段代码有 2 个类型错误（第 1 行、第 3 行）。/);
  });

  it("notebookText's hint and check frames take the numbers and messages they are given", () => {
    expect(notebookText.en.nextHint(2, 3)).toBe("Show another hint (2 of 3)");
    expect(notebookText.zh.nextHint(2, 3)).toBe("再显示一条提示（第 2 条，共 3 条）");
    expect(notebookText.zh.notYet("权重的第 0 行之和为 0，而不是 1")).toBe("还不对：权重的第 0 行之和为 0，而不是 1");
    expect(notebookText.zh.notCompiled(notebookText.zh.atLine(2, true))).toBe("还不对：你的代码无法编译（检查代码第 2 行）。请看下面的消息。");
    expect(notebookText.en.notCompiled(notebookText.en.atLine(2, false))).toBe("Not yet: your code does not compile (line 2). See the message below.");
    expect(notebookText.zh.forbidden("本练习要求你自己写出沿键的 softmax", "softmaxRows")).toBe("本练习要求你自己写出沿键的 softmax；softmaxRows 在这里被禁用了。");
    expect(notebookText.en.forbidden("Write it yourself", "softmaxRows")).toBe("Write it yourself; softmaxRows is switched off here.");
  });
});
