import { describe, expect, it } from "vitest";
import { sinusoidalPositions } from "../../../src/core";
import { peWavelength } from "../../../src/examples/peWavelength";

describe("peWavelength", () => {
  it("peWavelength(0, d) is 2π for every width", () => {
    for (const d of [2, 16, 512]) expect(peWavelength(0, d)).toBe(2 * Math.PI);
  });
  it("peWavelength(i, 512) grows geometrically and stays below 10000 · 2π", () => {
    expect(peWavelength(1, 512) / peWavelength(0, 512)).toBeCloseTo(10000 ** (2 / 512), 12);
    expect(peWavelength(255, 512)).toBeLessThan(10000 * 2 * Math.PI);
    expect(peWavelength(255, 512)).toBeGreaterThan(0.9 * 10000 * 2 * Math.PI);
  });
  it("peWavelength(i, d) is the period of column 2i of sinusoidalPositions", () => {
    const d = 8;
    const period = peWavelength(1, d); // 2π · 10000^(1/4) = 20π, a whole number of positions only by luck: compare the angle
    const pe = sinusoidalPositions(30, d);
    for (const pos of [3, 11, 29]) expect(pe.data[pos * d + 2]).toBeCloseTo(Math.sin((2 * Math.PI * pos) / period), 12);
  });
});
