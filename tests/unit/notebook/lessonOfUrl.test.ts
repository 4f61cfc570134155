import { describe, expect, it } from "vitest";
import { lessonOfUrl } from "../../../components/notebook/lessonOfUrl";

describe("lessonOfUrl", () => {
  it("lessonOfUrl(path) is the lesson's slug for an English lesson page", () => {
    expect(lessonOfUrl("/lessons/masking/")).toBe("masking");
  });

  it("lessonOfUrl(path) keeps the Chinese edition's folder, so the twins' cells run in notebooks of their own", () => {
    expect(lessonOfUrl("/zh/lessons/masking/")).toBe("zh/masking");
  });

  it("lessonOfUrl(path) is the path itself on a page that is no lesson", () => {
    expect(lessonOfUrl("/course/")).toBe("/course/");
  });
});
