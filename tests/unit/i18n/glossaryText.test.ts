import { describe, expect, it } from "vitest";
import { glossaryText } from "../../../src/i18n/glossaryText";
import { symbols, terms } from "../../../src/site/glossary";

describe("glossaryText", () => {
  it("glossaryText.en and glossaryText.zh have the same keys, and every Chinese string differs from the English one", () => {
    expect(Object.keys(glossaryText.zh).sort()).toEqual(Object.keys(glossaryText.en).sort());
    for (const [key, value] of Object.entries(glossaryText.zh)) if (typeof value === "string") expect(value, key).not.toBe(glossaryText.en[key as keyof typeof glossaryText.en]);
  });

  it("glossaryText[lang].seeLesson(link) puts the link in a sentence of its language", () => {
    expect(glossaryText.en.seeLesson('<a href="x">Scores</a>')).toBe(' See <a href="x">Scores</a>.');
    expect(glossaryText.zh.seeLesson('<a href="x">分数</a>')).toBe('参见<a href="x">分数</a>。');
  });

  it("the Chinese lead keeps the English one's formulas and bold stretches", () => {
    const marks = (text: string) => [text.match(/\$[^$]+\$/g), text.match(/\*\*/g)?.length];
    expect(marks(glossaryText.zh.lead)).toEqual(marks(glossaryText.en.lead));
  });
});

describe("the glossary's entries in both editions", () => {
  it("every Chinese term and symbol name gives the English one in full-width brackets", () => {
    for (const t of terms) expect(t.zh.term, t.id).toContain(`（${t.en.term.replace(/ \(.*\)$/, "")}）`);
    for (const s of symbols) expect(s.name.zh, s.id).toContain(`（${s.name.en}）`);
  });

  it("every Chinese definition keeps the English one's math, and every Chinese form is in the Chinese term", () => {
    const math = (text: string) => (text.match(/\$[^$]+\$/g) ?? []).sort();
    for (const t of terms) {
      expect(math(t.zh.definition), t.id).toEqual(math(t.en.definition));
      for (const form of t.zh.forms) expect(t.zh.term, t.id).toContain(form);
    }
    for (const s of symbols) expect(math(s.meaning.zh), s.id).toEqual(math(s.meaning.en));
  });
});
