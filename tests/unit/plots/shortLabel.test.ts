import { describe, expect, it } from "vitest";
import { shortLabel } from "../../../src/plots/shortLabel";

describe("shortLabel", () => {
  it("shortLabel(label, max) keeps a label of max characters or fewer as it is", () => {
    expect(shortLabel("sleeping", 12)).toBe("sleeping");
    expect(shortLabel("abcdefghijkl", 12)).toBe("abcdefghijkl");
    expect(shortLabel("", 12)).toBe("");
  });

  it("shortLabel(label, max) cuts a longer label to max - 1 characters and an ellipsis", () => {
    expect(shortLabel("x".repeat(300), 12)).toBe(`${"x".repeat(11)}…`);
    expect([...shortLabel("x".repeat(300), 12)]).toHaveLength(12);
  });

  it("shortLabel(label, max) never cuts a character outside the BMP in half", () => {
    expect(shortLabel("😀😀😀", 2)).toBe("😀…");
  });

  it("shortLabel(label, max) refuses a max below 2 or not whole", () => {
    expect(() => shortLabel("word", 1)).toThrow("shortLabel: max must be a whole number of 2 or more, not 1");
    expect(() => shortLabel("word", 2.5)).toThrow(RangeError);
  });
});
