import { describe, expect, it } from "vitest";
import { textWidth } from "../../../src/plots/textWidth";

describe("textWidth", () => {
  it("textWidth(text, fontSize) grows with the text and the font size", () => {
    expect(textWidth("", 10)).toBe(0);
    expect(textWidth("asleep", 10)).toBeGreaterThan(textWidth("is", 10));
    expect(textWidth("asleep", 20)).toBeCloseTo(2 * textWidth("asleep", 10), 10);
  });

  it("textWidth('<pad> 4', 10) is wider than a 34 px column less its gap: such labels must stand on end", () => {
    expect(textWidth("<pad> 4", 10)).toBeGreaterThan(30);
  });

  it("textWidth counts a character of another script (CJK, ▨) as a full em", () => {
    expect(textWidth("多头", 10)).toBe(20);
    expect(textWidth("▨", 12)).toBe(12);
  });
});
