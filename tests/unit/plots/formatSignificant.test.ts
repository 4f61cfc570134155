import { describe, expect, it } from "vitest";
import { formatPowerOfTen, formatSignificant } from "../../../src/plots/formatSignificant";

describe("formatSignificant", () => {
  it("formatSignificant(x) keeps two significant digits of ordinary numbers, without trailing zeros", () => {
    expect(formatSignificant(0.0021456)).toBe("0.0021");
    expect(formatSignificant(3.4567)).toBe("3.5");
    expect(formatSignificant(2)).toBe("2");
    expect(formatSignificant(123456)).toBe("120000");
    expect(formatSignificant(0.98765, 3)).toBe("0.988");
  });

  it("formatSignificant(x) writes a power of ten below 10⁻³ and from 10⁶", () => {
    expect(formatSignificant(1.89e-7)).toBe("1.9 × 10⁻⁷");
    expect(formatSignificant(4.2e12)).toBe("4.2 × 10¹²");
    expect(formatSignificant(1e6)).toBe("1 × 10⁶");
    expect(formatSignificant(0.000999)).toBe("1 × 10⁻³");
  });

  it("formatSignificant(x) uses a true minus sign and spells out 0 and the infinities", () => {
    expect(formatSignificant(-0.5)).toBe("−0.5");
    expect(formatSignificant(-2.5e-9)).toBe("−2.5 × 10⁻⁹");
    expect(formatSignificant(0)).toBe("0");
    expect(formatSignificant(-Infinity)).toBe("−∞");
    expect(formatSignificant(NaN)).toBe("NaN");
  });
});

describe("formatPowerOfTen", () => {
  it("formatPowerOfTen(10^n) writes 10 with a superscript exponent, 1 and 10 as themselves", () => {
    expect([1e-6, 1e-3, 0.1, 1, 10, 100, 1e4].map(formatPowerOfTen)).toEqual(["10⁻⁶", "10⁻³", "10⁻¹", "1", "10", "10²", "10⁴"]);
  });

  it("formatPowerOfTen(x) falls back to two significant digits for a number that is not a power of ten", () => {
    expect(formatPowerOfTen(0.002)).toBe("0.002");
    expect(formatPowerOfTen(3e-7)).toBe("3 × 10⁻⁷");
  });
});
