import { describe, expect, it } from "vitest";
import { sampleMoments } from "../../../src/examples/sampleMoments";

describe("sampleMoments", () => {
  it("sampleMoments([1, 2, 3, 4]) is mean 2.5, variance 5/3 (divisor n - 1)", () => {
    const { mean, variance } = sampleMoments([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    expect(variance).toBeCloseTo(5 / 3, 15);
  });
  it("sampleMoments(xs) of a constant has variance 0", () => {
    expect(sampleMoments([7, 7, 7]).variance).toBe(0);
  });
  it("sampleMoments(xs) refuses fewer than two numbers", () => {
    expect(() => sampleMoments([1])).toThrow("sampleMoments: 1 numbers; a variance needs at least 2");
  });
});
