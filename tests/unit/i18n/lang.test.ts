import { describe, expect, it } from "vitest";
import { editions, inLang, langOfParam, langOfPath, langOfTag, twinPath } from "../../../src/i18n/lang";

const pageLanguage = (path: string, base: string) => editions[langOfPath(path, base)].tag;

describe("langOfPath", () => {
  it('langOfPath(path, "/") is "en" for the pages at today\'s addresses', () => {
    expect(pageLanguage("/", "/")).toBe("en");
    expect(pageLanguage("/lessons/masking/", "/")).toBe("en");
    expect(pageLanguage("/glossary/", "/")).toBe("en");
  });

  it('langOfPath(path, "/") is "zh-Hans" under zh/, the folder itself included', () => {
    expect(pageLanguage("/zh/", "/")).toBe("zh-Hans");
    expect(pageLanguage("/zh", "/")).toBe("zh-Hans");
    expect(pageLanguage("/zh/lessons/multi-head/", "/")).toBe("zh-Hans");
  });

  it("langOfPath(path, base) reads the edition folder after the base path, with or without its last slash", () => {
    expect(pageLanguage("/course/cross-attention/zh/lessons/masking/", "/course/cross-attention/")).toBe("zh-Hans");
    expect(pageLanguage("/course/cross-attention/zh/lessons/masking/", "/course/cross-attention")).toBe("zh-Hans");
    expect(pageLanguage("/course/cross-attention/lessons/masking/", "/course/cross-attention/")).toBe("en");
  });

  it("langOfPath(path, base) does not take a folder that only starts with zh, or a zh/ above the base, for Chinese", () => {
    expect(pageLanguage("/zhuyin/", "/")).toBe("en");
    expect(pageLanguage("/lessons/zh/", "/")).toBe("en");
    expect(pageLanguage("/zh/course/lessons/masking/", "/zh/course/")).toBe("en");
  });

  it("langOfPath(path, base) gives the default edition's language to a path outside the base (the 404 page)", () => {
    expect(pageLanguage("/404", "/course/")).toBe("en");
  });
});

describe("twinPath", () => {
  it("twinPath(path, base, lang) is the same page in the other edition, under any base", () => {
    expect(twinPath("/lessons/masking/", "/", "zh")).toBe("zh/lessons/masking/");
    expect(twinPath("/zh/lessons/masking/", "/", "en")).toBe("lessons/masking/");
    expect(twinPath("/course/x/zh/", "/course/x/", "en")).toBe("");
    expect(twinPath("/course/x/glossary/", "/course/x/", "zh")).toBe("zh/glossary/");
  });

  it("twinPath(path, base, lang) of a page in its own edition is the page itself", () => {
    expect(twinPath("/zh/glossary/", "/", "zh")).toBe("zh/glossary/");
    expect(twinPath("/glossary/", "/", "en")).toBe("glossary/");
  });
});

describe("inLang, langOfParam, langOfTag", () => {
  it("inLang(lang, path) puts Chinese pages under zh/ and English ones at today's addresses", () => {
    expect(inLang("zh", "")).toBe("zh/");
    expect(inLang("en", "glossary/")).toBe("glossary/");
  });

  it("langOfParam(param) reads the [...lang] route parameter and refuses a folder no edition lives in", () => {
    expect(langOfParam(undefined)).toBe("en");
    expect(langOfParam("zh")).toBe("zh");
    expect(() => langOfParam("fr")).toThrow(/no edition lives in "fr\/"/);
  });

  it("langOfTag(tag) reads <html lang>, English for a tag of no edition", () => {
    expect(langOfTag("zh-Hans")).toBe("zh");
    expect(langOfTag("en")).toBe("en");
    expect(langOfTag("")).toBe("en");
  });
});
