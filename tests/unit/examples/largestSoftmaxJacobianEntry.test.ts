import { describe, expect, it } from "vitest";
import { createRandom, softmaxVector } from "../../../src/core";
import { largestAbsEntry, softmaxJacobian } from "../../../src/examples/softmaxJacobian";
import { largestSoftmaxJacobianEntry } from "../../../src/examples/largestSoftmaxJacobianEntry";

describe("largestSoftmaxJacobianEntry", () => {
  it("largestSoftmaxJacobianEntry(p) equals the largest |entry| of the built Jacobian for random rows of 1 to 40 keys, calm and peaked", () => {
    const rng = createRandom(7);
    for (let n = 1; n <= 40; n++) {
      for (const spread of [0.1, 1, 10]) {
        const p = softmaxVector(Array.from({ length: n }, () => rng.normal() * spread));
        expect(largestSoftmaxJacobianEntry(p)).toBeCloseTo(largestAbsEntry(softmaxJacobian(p)), 15);
      }
    }
  });
  it("largestSoftmaxJacobianEntry(p) is the largest p_i (1 - p_i), at the weight nearest 1/2", () => {
    expect(largestSoftmaxJacobianEntry([0.5, 0.5])).toBeCloseTo(0.25, 15);
    expect(largestSoftmaxJacobianEntry([0.7, 0.2, 0.1])).toBeCloseTo(0.7 * 0.3, 15);
    expect(largestSoftmaxJacobianEntry([1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(2 / 9, 15);
  });
  it("largestSoftmaxJacobianEntry is 0 for a one-hot row and for a single key", () => {
    expect(largestSoftmaxJacobianEntry([0, 1, 0])).toBe(0);
    expect(largestSoftmaxJacobianEntry([1])).toBe(0);
  });
});
