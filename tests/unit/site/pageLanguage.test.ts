import { describe, expect, it } from "vitest";
import { pageLanguage } from "../../../src/site/pageLanguage";

describe("pageLanguage", () => {
  it('pageLanguage(path, "/") is "en" for the pages at today\'s addresses', () => {
    expect(pageLanguage("/", "/")).toBe("en");
    expect(pageLanguage("/lessons/masking/", "/")).toBe("en");
    expect(pageLanguage("/glossary/", "/")).toBe("en");
  });

  it('pageLanguage(path, "/") is "zh-Hans" under zh/, the folder itself included', () => {
    expect(pageLanguage("/zh/", "/")).toBe("zh-Hans");
    expect(pageLanguage("/zh", "/")).toBe("zh-Hans");
    expect(pageLanguage("/zh/lessons/multi-head/", "/")).toBe("zh-Hans");
  });

  it("pageLanguage(path, base) reads the edition folder after the base path, with or without its last slash", () => {
    expect(pageLanguage("/course/cross-attention/zh/lessons/masking/", "/course/cross-attention/")).toBe("zh-Hans");
    expect(pageLanguage("/course/cross-attention/zh/lessons/masking/", "/course/cross-attention")).toBe("zh-Hans");
    expect(pageLanguage("/course/cross-attention/lessons/masking/", "/course/cross-attention/")).toBe("en");
  });

  it("pageLanguage(path, base) does not take a folder that only starts with zh, or a zh/ above the base, for Chinese", () => {
    expect(pageLanguage("/zhuyin/", "/")).toBe("en");
    expect(pageLanguage("/lessons/zh/", "/")).toBe("en");
    expect(pageLanguage("/zh/course/lessons/masking/", "/zh/course/")).toBe("en");
  });

  it("pageLanguage(path, base) gives the default edition's language to a path outside the base (the 404 page)", () => {
    expect(pageLanguage("/404", "/course/")).toBe("en");
  });
});
