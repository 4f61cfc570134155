import { describe, expect, it } from "vitest";
import { dotProductSamples } from "../../../src/examples/dotProductSamples";
import { sampleMoments } from "../../../src/examples/sampleMoments";

describe("dotProductSamples", () => {
  it("dotProductSamples(dk, n) has mean near 0 and variance near dk (a sum of dk unit-variance products)", () => {
    for (const dk of [1, 16, 64]) {
      const { mean, variance } = sampleMoments(dotProductSamples(dk, 20000, 11));
      // The standard error of the variance of n products of normals is about dk * sqrt(2/n + 6/(dk n)).
      expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(dk / 20000));
      expect(variance / dk).toBeGreaterThan(0.93);
      expect(variance / dk).toBeLessThan(1.07);
    }
  });
  it("dotProductSamples(dk, n, seed) gives the same numbers for the same seed and others for another", () => {
    expect(Array.from(dotProductSamples(8, 5, 2))).toEqual(Array.from(dotProductSamples(8, 5, 2)));
    expect(Array.from(dotProductSamples(8, 5, 2))).not.toEqual(Array.from(dotProductSamples(8, 5, 3)));
  });
  it("dotProductSamples(dk, n) returns n numbers", () => {
    expect(dotProductSamples(3, 7).length).toBe(7);
  });
});
