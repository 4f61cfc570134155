import { describe, expect, it } from "vitest";
import { dotProductSampleSlices, dotProductSamples } from "../../../src/examples/dotProductSamples";
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
  it("dotProductSampleSlices(512, n) yields every 48 samples (about 50,000 normals) and returns dotProductSamples' numbers", () => {
    const slices = dotProductSampleSlices(512, 200, 4);
    let yields = 0;
    let step = slices.next();
    while (!step.done) {
      yields++;
      step = slices.next();
    }
    expect(yields).toBe(4); // after samples 48, 96, 144 and 192 of 200
    expect(Array.from(step.value)).toEqual(Array.from(dotProductSamples(512, 200, 4)));
  });
  it("dotProductSamples returns a copy: writing into it leaves the next call's numbers alone", () => {
    const first = dotProductSamples(4, 3, 8);
    const kept = Array.from(first);
    first.fill(0);
    expect(Array.from(dotProductSamples(4, 3, 8))).toEqual(kept);
  });
});
