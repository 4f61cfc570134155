import { describe, expect, it } from "vitest";
import { softmaxVector, toRows } from "../../../src/core";
import { largestAbsEntry, softmaxJacobian } from "../../../src/examples/softmaxJacobian";

describe("softmaxJacobian", () => {
  it("softmaxJacobian([1/2, 1/2]) is [[1/4, -1/4], [-1/4, 1/4]]", () => {
    expect(toRows(softmaxJacobian([0.5, 0.5]))).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });
  it("softmaxJacobian(p) of a one-hot p is all zeros", () => {
    expect(Array.from(softmaxJacobian([0, 1, 0]).data).every((x) => x === 0)).toBe(true);
  });
  it("softmaxJacobian(softmax(s)) agrees with central differences of the core's softmax", () => {
    const s = [0.3, -1.2, 2.0, 0.7];
    const J = softmaxJacobian(softmaxVector(s));
    const h = 1e-6;
    for (let j = 0; j < s.length; j++) {
      const up = softmaxVector(s.map((x, t) => (t === j ? x + h : x)));
      const down = softmaxVector(s.map((x, t) => (t === j ? x - h : x)));
      for (let i = 0; i < s.length; i++) expect(J.data[i * s.length + j]).toBeCloseTo((up[i] - down[i]) / (2 * h), 8);
    }
  });
  it("softmaxJacobian(p) rows sum to 0 (the weights always sum to 1)", () => {
    const J = softmaxJacobian(softmaxVector([1, 2, 3]));
    for (const row of toRows(J)) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 15);
  });
});

describe("largestAbsEntry", () => {
  it("largestAbsEntry(m) is the largest absolute value, sign ignored", () => {
    expect(largestAbsEntry(softmaxJacobian([0.5, 0.5]))).toBe(0.25);
    expect(largestAbsEntry({ rows: 1, cols: 3, data: Float64Array.from([1, -3, 2]) })).toBe(3);
  });
});
