import { describe, expect, it } from "vitest";
import { formatCheckNumber } from "../../../src/notebook/formatCheckNumber";

describe("formatCheckNumber", () => {
  it("formatCheckNumber(x) gives at most 4 significant digits", () => {
    expect(formatCheckNumber(1.3700000001)).toBe("1.37");
    expect(formatCheckNumber(0.123456)).toBe("0.1235");
    expect(formatCheckNumber(-2.5)).toBe("-2.5");
    expect(formatCheckNumber(12345678)).toBe("12350000");
    expect(formatCheckNumber(1e-10)).toBe("1e-10");
    expect(formatCheckNumber(0)).toBe("0");
  });

  it("formatCheckNumber(x, other) adds digits until x reads differently from other", () => {
    expect(formatCheckNumber(1.0001, 1)).toBe("1.0001");
    expect(formatCheckNumber(0.9999, 1)).toBe("0.9999");
    expect(formatCheckNumber(1 + 2e-6, 1)).toBe("1.000002");
    expect(formatCheckNumber(0.25000003, 0.25)).toBe("0.25000003");
    expect(formatCheckNumber(0.25, 0.25000003)).toBe("0.25");
    expect(formatCheckNumber(0.25000003, 0.25000004)).toBe("0.25000003");
  });

  it("formatCheckNumber(x, other) tells apart neighbouring doubles with 17 digits at most", () => {
    const next = 1 + Number.EPSILON;
    expect(formatCheckNumber(next, 1)).toBe("1.0000000000000002");
    expect(formatCheckNumber(next, 1)).not.toBe(formatCheckNumber(1, next));
  });

  it("formatCheckNumber(x, other) needs no more digits for an equal, NaN or infinite other", () => {
    expect(formatCheckNumber(1.23456, 1.23456)).toBe("1.235");
    expect(formatCheckNumber(1.23456, NaN)).toBe("1.235");
    expect(formatCheckNumber(1.23456, -Infinity)).toBe("1.235");
  });

  it("formatCheckNumber(x) writes NaN and infinities as JavaScript does", () => {
    expect(formatCheckNumber(NaN)).toBe("NaN");
    expect(formatCheckNumber(-Infinity, 0)).toBe("-Infinity");
    expect(formatCheckNumber(Infinity)).toBe("Infinity");
  });
});
