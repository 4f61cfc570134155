import { describe, expect, it } from "vitest";
import { fromRows, sinusoidalPositions } from "../../../src/core";
import { positionSimilarity } from "../../../src/examples/positionSimilarity";

describe("positionSimilarity", () => {
  it("positionSimilarity(pe, p) is the cosine of the angle between rows p and j", () => {
    const pe = fromRows([[1, 0], [0, 2], [-3, 0], [1, 1]]);
    const s = positionSimilarity(pe, 0);
    expect(s[0]).toBe(1);
    expect(s[1]).toBe(0);
    expect(s[2]).toBe(-1);
    expect(s[3]).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it("positionSimilarity(sinusoidalPositions(L, d), p) depends on j - p only", () => {
    const pe = sinusoidalPositions(20, 8);
    const from2 = positionSimilarity(pe, 2);
    const from9 = positionSimilarity(pe, 9);
    for (let k = -2; k <= 10; k++) expect(from9[9 + k]).toBeCloseTo(from2[2 + k], 12);
  });
  it("positionSimilarity works on one position", () => {
    const [only] = positionSimilarity(sinusoidalPositions(1, 4), 0);
    expect(only).toBeCloseTo(1, 15);
  });
  it("positionSimilarity(pe, p) refuses a p that is not a row of pe", () => {
    expect(() => positionSimilarity(sinusoidalPositions(3, 4), 3)).toThrow(/^positionSimilarity: p is 3; it must be an integer from 0 to 2$/);
  });
  it("positionSimilarity refuses a row of zeros instead of returning NaN", () => {
    expect(() => positionSimilarity(sinusoidalPositions(3, 1), 1)).toThrow(/^positionSimilarity: row 0 is all zeros/);
  });
});
