import { describe, expect, it } from "vitest";
import { englishStrings, textTables } from "../../i18n/englishStrings";

describe("englishStrings(name, table)", () => {
  it("gives every en string whose zh differs, leaving out the same string, strings without an English word, inline code and a lone lowercase word cut out of a string", () => {
    const table = {
      en: { run: "Run", same: "softmax", dot: "。", tip: "Type `npm run build` first.", other: "中文" },
      zh: { run: "运行", same: "softmax", dot: ".", tip: "先运行 `npm run build`。", other: "English" },
    };
    expect(englishStrings("cellText", table)).toEqual([
      { source: "cellText.run", text: "Run" },
      { source: "cellText.tip", text: "Type" },
    ]);
  });

  it("leaves out notation, which every edition writes the same: names joined by operators, acronyms, operation names", () => {
    const table = {
      en: { shape: "Lq × d_model", widths: "kdim = vdim", rate: "AER", norm: "LayerNorm", words: "Lq rows" },
      zh: { shape: "Lq × d_model 形状", widths: "宽度 kdim = vdim", rate: "对齐错误率 AER", norm: "最后的 LayerNorm", words: "Lq 行" },
    };
    expect(englishStrings("t", table)).toEqual([{ source: "t.words", text: "Lq rows" }]);
  });

  it("calls functions with sample arguments and gives the English pieces between them, plural branch included; a lone lowercase word is left out", () => {
    const table = {
      en: { found: (n: number, term: string) => `${n} ${n === 1 ? "page" : "pages"} for “${term}”.`, minutes: (m: number) => `about ${m} min`, lesson: (n: number) => `Lesson ${n}` },
      zh: { found: (n: number, term: string) => `“${term}”共 ${n} 个页面。`, minutes: (m: number) => `约 ${m} 分钟`, lesson: (n: number) => `第 ${n} 课` },
    };
    expect(englishStrings("t", table)).toEqual([
      { source: "t.found", text: "pages for" },
      { source: "t.lesson", text: "Lesson" },
    ]);
  });

  it("walks arrays and nested objects, and skips a function that throws on every sample", () => {
    const table = {
      en: { start: ["Begin with ", (m: number) => ` (${m} min), then read on.`], nested: { title: "Settings" }, picky: (s: { a: string }) => s.a },
      zh: { start: ["从", (m: number) => `（${m} 分钟）开始。`], nested: { title: "设置" }, picky: (s: { a: string }) => s.a },
    };
    expect(englishStrings("t", table)).toEqual([
      { source: "t.start[0]", text: "Begin with" },
      { source: "t.start[1]", text: "min), then read on" },
      { source: "t.nested.title", text: "Settings" },
    ]);
  });
});

describe("textTables(exports)", () => {
  it("finds the exports with an en and a zh object, and nothing else", () => {
    const table = { en: { a: "A" }, zh: { a: "甲" } };
    expect(textTables({ siteText: table, helper: () => "x", lang: "en", half: { en: { a: "A" } } })).toEqual([["siteText", table]]);
  });
});
