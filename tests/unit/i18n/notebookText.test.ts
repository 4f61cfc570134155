import { describe, expect, it } from "vitest";
import { notebookText } from "../../../src/i18n/notebookText";
import { notebookRunText } from "../../../src/i18n/notebookRunText";

describe("notebookText", () => {
  it.each([["notebookText", notebookText], ["notebookRunText", notebookRunText]] as const)("%s.en and .zh have the same keys, and every zh string differs from en", (_, table) => {
    expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
    for (const [key, value] of Object.entries(table.zh)) {
      if (typeof value === "string") expect(value, key).not.toBe(table.en[key as keyof typeof table.en]);
    }
  });

  it("notebookText counts in words: one line, 2 lines; durations in ms or s", () => {
    expect(notebookText.en.showAllLines(1)).toBe("Show all 1 line");
    expect(notebookText.en.showAllLines(12000)).toBe("Show all 12,000 lines");
    expect(notebookText.en.doneIn(0.0123)).toBe("Done in 12 ms");
    expect(notebookText.zh.doneIn(2.25)).toBe("完成，用时 2.3 秒");
    expect(notebookRunText.en.typeErrorsRan(1, [4])).toMatch(/^This code has 1 type error \(line 4\)\./);
    expect(notebookRunText.zh.typeErrorsRan(2, [1, 3])).toMatch(/^这段代码有 2 个类型错误（第 1 行、第 3 行）。/);
  });

  it("notebookText's hint and check frames take the numbers and messages they are given", () => {
    expect(notebookText.en.nextHint(2, 3)).toBe("Show another hint (2 of 3)");
    expect(notebookText.zh.nextHint(2, 3)).toBe("再显示一条提示（第 2 条，共 3 条）");
    expect(notebookRunText.zh.notYet("权重的第 0 行之和为 0，而不是 1")).toBe("还不对：权重的第 0 行之和为 0，而不是 1");
    expect(notebookRunText.zh.notCompiled(notebookRunText.zh.atLine(2, true))).toBe("还不对：你的代码无法编译（检查代码第 2 行）。请看下面的消息。");
    expect(notebookRunText.en.notCompiled(notebookRunText.en.atLine(2, false))).toBe("Not yet: your code does not compile (line 2). See the message below.");
    expect(notebookRunText.zh.forbidden("本练习要求你自己写出沿键的 softmax", "softmaxRows")).toBe("本练习要求你自己写出沿键的 softmax；softmaxRows 在这里被禁用了。");
    expect(notebookRunText.en.forbidden("Write it yourself", "softmaxRows")).toBe("Write it yourself; softmaxRows is switched off here.");
  });
});
