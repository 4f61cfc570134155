import { describe, expect, it } from "vitest";
import { courseText } from "../../../src/i18n/courseText";

describe("courseText", () => {
  it("courseText.en and courseText.zh have the same keys, and every Chinese string differs from the English one", () => {
    expect(Object.keys(courseText.zh).sort()).toEqual(Object.keys(courseText.en).sort());
    for (const [key, value] of Object.entries(courseText.zh)) if (typeof value === "string") expect(value, key).not.toBe(courseText.en[key as keyof typeof courseText.en]);
  });

  it("courseText[lang].subtitle(n) counts the lessons in its language", () => {
    expect(courseText.en.subtitle(17)).toBe("The course reader: all 17 lessons in order");
    expect(courseText.zh.subtitle(17)).toBe("课程读本：按顺序收录全部 17 课");
  });

  it("the Chinese print instructions keep the English ones' markup: Print in bold, Save as PDF in italics", () => {
    const tags = (html: string) => html.match(/<\/?\w+>/g);
    expect(tags(courseText.zh.howToPrint)).toEqual(tags(courseText.en.howToPrint));
    expect(courseText.zh.liveLessons).toHaveLength(courseText.en.liveLessons.length);
  });
});
