import { describe, expect, it } from "vitest";
import { crossEntropy, fromRows, matrix, rowSums } from "../../../src/core";
import { expectClose, pseudoRows } from "./helpers";

describe("crossEntropy", () => {
  it("crossEntropy(logits, targets) is the mean of -log p[target], worked by hand", () => {
    // Row 0: logits [0, log 3] -> p = [1/4, 3/4], target 1 -> -log(3/4).
    // Row 1: logits [0, 0] -> p = [1/2, 1/2], target 0 -> log 2.
    const t = crossEntropy(fromRows([[0, Math.log(3)], [0, 0]]), [1, 0]);
    expect(t.loss).toBeCloseTo((-Math.log(3 / 4) + Math.log(2)) / 2, 15);
    expectClose(t.probabilities, [[0.25, 0.75], [0.5, 0.5]], 1e-15);
    expect(t.counted).toBe(2);
    expect([t.ignoreIndex, t.labelSmoothing]).toEqual([-100, 0]);
    expect(t.targets).toEqual([1, 0]);
  });
  it("crossEntropy(logits, targets) leaves rows whose target is ignoreIndex out of the mean", () => {
    const logits = fromRows([[0, Math.log(3)], [5, -5], [0, 0]]);
    const t = crossEntropy(logits, [1, -100, 0]);
    expect(t.loss).toBeCloseTo((-Math.log(3 / 4) + Math.log(2)) / 2, 15);
    expect(t.counted).toBe(2);
    const padded = crossEntropy(logits, [1, 0, 0], { ignoreIndex: 0 }); // id 0 as the padding class
    expect(padded.loss).toBeCloseTo(-Math.log(3 / 4), 15);
    expect(padded.counted).toBe(1);
  });
  it("crossEntropy(logits, targets, {labelSmoothing}) uses q = (1 - e) one-hot + e / C, worked by hand", () => {
    // p = [1/4, 3/4], target 1, e = 0.2, C = 2: q = [0.1, 0.9].
    const t = crossEntropy(fromRows([[0, Math.log(3)]]), [1], { labelSmoothing: 0.2 });
    expect(t.loss).toBeCloseTo(-(0.1 * Math.log(1 / 4) + 0.9 * Math.log(3 / 4)), 15);
    expect(t.labelSmoothing).toBe(0.2);
  });
  it("crossEntropy(logits, targets) of a single class is 0, smoothing or not", () => {
    expect(crossEntropy(fromRows([[3.7], [-2]]), [0, 0]).loss).toBe(0);
    expect(crossEntropy(fromRows([[3.7]]), [0], { labelSmoothing: 0.5 }).loss).toBe(0);
  });
  it("crossEntropy(logits, targets) stays finite for logits of ±1000 and gives probability rows summing to 1", () => {
    const t = crossEntropy(fromRows([[1000, 0, -1000], [1000, 0, -1000]]), [0, 1]);
    expect(t.loss).toBeCloseTo((0 + 1000) / 2, 10);
    for (const s of rowSums(t.probabilities)) expect(s).toBeCloseTo(1, 15);
    const mixed = pseudoRows(4, 7, 3);
    for (const s of rowSums(crossEntropy(fromRows(mixed), [0, 6, 3, -100]).probabilities)) expect(s).toBeCloseTo(1, 14);
  });
  it("crossEntropy(logits, targets) keeps its own copy of the targets", () => {
    const targets = [1, 0];
    const t = crossEntropy(matrix(2, 2), targets);
    targets[0] = -100;
    expect(t.targets).toEqual([1, 0]);
  });
  it("crossEntropy(logits, targets) refuses when every target is ignoreIndex, rather than return NaN", () => {
    expect(() => crossEntropy(matrix(2, 3), [-100, -100])).toThrow(
      /^crossEntropy: every target is ignoreIndex \(-100\), so there is no row to average over \(PyTorch would return NaN\); give at least one row a real target$/,
    );
  });
  it("crossEntropy(logits, targets) refuses a target outside [0, C) or not an integer, naming the row", () => {
    expect(() => crossEntropy(matrix(2, 3), [0, 3])).toThrow(
      /^crossEntropy: the target of row 1 is 3, but there are 3 classes; a target must be an integer from 0 to 2, or ignoreIndex \(-100\) to skip the row$/,
    );
    expect(() => crossEntropy(matrix(1, 3), [-1])).toThrow(/^crossEntropy: the target of row 0 is -1,/);
    expect(() => crossEntropy(matrix(1, 3), [1.5])).toThrow(/^crossEntropy: the target of row 0 is 1.5,/);
  });
  it("crossEntropy(logits, targets) refuses a number of targets other than the number of rows", () => {
    expect(() => crossEntropy(matrix(3, 5), [0, 1])).toThrow(
      /^crossEntropy: there are 2 targets but the logits are 3x5; give one target class per row \(3\)$/,
    );
  });
  it("crossEntropy(logits, targets, options) refuses labelSmoothing outside [0, 1) and a non-integer ignoreIndex", () => {
    for (const labelSmoothing of [1, -0.1, NaN]) {
      expect(() => crossEntropy(matrix(1, 2), [0], { labelSmoothing })).toThrow(
        new RegExp(`^crossEntropy: labelSmoothing is ${labelSmoothing}; it must be a number from 0 up to but not including 1 \\(0 turns it off\\)$`),
      );
    }
    expect(() => crossEntropy(matrix(1, 2), [0], { ignoreIndex: 0.5 })).toThrow(
      /^crossEntropy: ignoreIndex is 0.5; it must be an integer \(the default is -100\)$/,
    );
  });
  it("crossEntropy(logits, targets) refuses empty and non-finite logits", () => {
    expect(() => crossEntropy(matrix(0, 3), [])).toThrow(/^crossEntropy: the logit matrix is 0x3; it needs at least one row and one column$/);
    expect(() => crossEntropy(matrix(1, 2, [0, -Infinity]), [0])).toThrow(/^crossEntropy: the logit matrix has -Infinity at row 0, column 1/);
  });
});
