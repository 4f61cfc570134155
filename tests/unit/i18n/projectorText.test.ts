import { describe, expect, it } from "vitest";
import { projectorText } from "../../../src/i18n/projectorText";

const { en, zh } = projectorText;

describe("projectorText", () => {
  it("projectorText.zh has every key of projectorText.en, each of the same kind", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(typeof zh[key], key).toBe(typeof en[key]);
  });

  it("projectorText[lang].slideStatus(n, total, label) announces the place, then the slide", () => {
    expect(en.slideStatus(2, 9, en.figureSlide("Weights."))).toBe("Slide 2 of 9. Figure: Weights.");
    expect(zh.slideStatus(2, 9, zh.figureSlide("注意力权重。"))).toBe("第 2 张，共 9 张。图：注意力权重。");
  });

  it("projectorText[lang].stageSlide(n, total, title) names the walkthrough's stage and its title", () => {
    expect(en.stageSlide(1, 6, "Scores")).toBe("Walkthrough stage 1 of 6: Scores");
    expect(zh.stageSlide(1, 6, "分数")).toBe("分步演示第 1 步，共 6 步：分数");
  });

  it("projectorText.zh names the keys in its hints and writes its labels in Chinese", () => {
    expect(zh.leaveHint).toContain("Esc");
    expect(zh.nextHint).toContain("Page Down");
    expect(zh.previousHint).toContain("Page Up");
    for (const key of ["barLabel", "previous", "next", "leave", "codeCell", "exercise"] as const) expect(zh[key], key).toMatch(/\p{Script=Han}/u);
  });
});
