import { describe, expect, it } from "vitest";
import { figureFileName } from "../../../src/site/figureFileName";

describe("figureFileName", () => {
  it("figureFileName(lesson, figure, settings, ext) joins lesson, figure and each setting with _", () => {
    expect(figureFileName("why-scale", "why-scale-variance", [["dk", "64"], ["scaled", true]], "svg")).toBe("why-scale_why-scale-variance_dk-64_scaled.svg");
  });

  it("figureFileName(...) names an unticked box no-<name> and keeps numbers' decimal point and minus sign", () => {
    expect(figureFileName("softmax-stability", "temperature", [["scaled", false], ["t", 0.25], ["shift", "−800"]], "csv")).toBe(
      "softmax-stability_temperature_no-scaled_t-0.25_shift-minus800.csv",
    );
  });

  it("figureFileName(...) turns text into lower-case ASCII words, cuts it to 24 characters and leaves out a setting with nothing left", () => {
    const name = figureFileName("lessons", "sentence-explorer", [["source", "Le chat noir s'est assis sur le tapis"], ["target", "黑猫"], ["d_model", "16"]], "png");
    expect(name).toBe("lessons_sentence-explorer_source-le-chat-noir-s-est-assis_d-model-16.png");
  });

  it("figureFileName(...) falls back to course and figure when lesson or figure has no usable character, and stays under 125 characters", () => {
    expect(figureFileName("", "", [], "svg")).toBe("course_figure.svg");
    const many = Array.from({ length: 30 }, (_, n) => [`setting${n}`, "value"] as const);
    const name = figureFileName("lesson", "figure", many, "svg");
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^lesson_figure_setting0-value_.*[a-z0-9]\.svg$/);
  });
});
