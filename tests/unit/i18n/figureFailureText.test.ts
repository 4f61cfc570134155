import { describe, expect, it } from "vitest";
import { figureFailureText } from "../../../src/i18n/figureFailureText";

describe("figureFailureText", () => {
  it("figureFailureText: zh has exactly en's keys, each of the same kind, and every zh message is Chinese and differs from en", () => {
    const { en, zh } = figureFailureText;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key], key).toBe(typeof en[key]);
      const said = (text: (typeof en)[typeof key] | (typeof zh)[typeof key]) => (typeof text === "function" ? (text as (...args: never[]) => string)(...([3, 4] as never[])) : text);
      expect(said(zh[key]), key).toMatch(/[\u4e00-\u9fff]/);
      expect(said(zh[key]), key).not.toBe(said(en[key]));
    }
  });

  it("figureFailureText.islandFailed keeps the reason and says the static drawing still holds, with full-width punctuation in Chinese", () => {
    expect(figureFailureText.en.islandFailed("network down")).toBe("This figure could not start: network down. The static version above is still correct.");
    expect(figureFailureText.zh.islandFailed("network down")).toBe("此图无法启动：network down。上方的静态版本仍然正确。");
  });

  it("figureFailureText.notEncoded names the image's size in both languages", () => {
    expect(figureFailureText.en.notEncoded(1280, 960)).toBe("the browser could not encode a 1280 × 960 image");
    expect(figureFailureText.zh.notEncoded(1280, 960)).toBe("浏览器无法编码 1280 × 960 的图像");
  });
});
