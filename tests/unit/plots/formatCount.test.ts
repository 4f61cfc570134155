import { describe, expect, it } from "vitest";
import { formatCount } from "../../../src/plots/formatCount";

describe("formatCount", () => {
  it("formatCount(n) groups thousands with commas and leaves small counts alone", () => {
    expect(formatCount(100352)).toBe("100,352");
    expect(formatCount(1050624)).toBe("1,050,624");
    expect(formatCount(448)).toBe("448");
    expect(formatCount(0)).toBe("0");
  });
  it("formatCount(n) refuses a number that is not a whole count", () => {
    expect(() => formatCount(2.5)).toThrow(/^formatCount: 2.5 is not a whole number; counts are whole$/);
    expect(() => formatCount(Number.NaN)).toThrow(/NaN is not a whole number/);
  });
});
