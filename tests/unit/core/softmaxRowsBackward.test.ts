import { describe, expect, it } from "vitest";
import { fromRows, matrix, rowSums, softmaxRows, softmaxRowsBackward, toRows } from "../../../src/core";
import { expectAllZero, numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

describe("softmaxRowsBackward", () => {
  it("softmaxRowsBackward(w, dW) gives A * (dA - rowsum(dA * A)) on two rows (worked by hand)", () => {
    const w = fromRows([[0.2, 0.3, 0.5], [0.5, 0.25, 0.25]]);
    const dW = fromRows([[1, 2, 3], [1, 0, 0]]);
    // Row 0: rowsum = 0.2*1 + 0.3*2 + 0.5*3 = 2.3; dS = [0.2*(1 - 2.3), 0.3*(2 - 2.3), 0.5*(3 - 2.3)] = [-0.26, -0.09, 0.35]
    // Row 1: rowsum = 0.5; dS = [0.5*0.5, 0.25*(-0.5), 0.25*(-0.5)] = [0.25, -0.125, -0.125]
    expectClose(softmaxRowsBackward(w, dW), [[-0.26, -0.09, 0.35], [0.25, -0.125, -0.125]], 1e-15);
  });
  it("softmaxRowsBackward(softmaxRows(s), dW) matches central differences of sum(softmax(S) * dW) for Lq != Lk", () => {
    const S = pseudoRows(3, 5, 31);
    const dW = pseudoRows(3, 5, 32);
    const dS = softmaxRowsBackward(softmaxRows(fromRows(S)), fromRows(dW));
    expectClose(dS, numericGradient((s) => weightedSum(softmaxRows(fromRows(s)), dW), S), 1e-9);
  });
  it("softmaxRowsBackward(w, dW) gives rows that sum to 0, since shifting a row's scores leaves its softmax unchanged", () => {
    const dS = softmaxRowsBackward(softmaxRows(fromRows(pseudoRows(4, 6, 33))), fromRows(pseudoRows(4, 6, 34)));
    for (const s of rowSums(dS)) expect(Math.abs(s)).toBeLessThan(1e-15);
  });
  it("softmaxRowsBackward(w, dW) ignores a constant added to a row of dW, since the weights sum to 1", () => {
    const w = softmaxRows(fromRows(pseudoRows(2, 4, 35)));
    const dW = pseudoRows(2, 4, 36);
    const shifted = dW.map((row, i) => row.map((x) => x + [5, -3][i]));
    expectClose(softmaxRowsBackward(w, fromRows(shifted)), toRows(softmaxRowsBackward(w, fromRows(dW))), 1e-14);
  });
  it("softmaxRowsBackward(w, dW) gives exactly zero for a masked key, and central differences agree elsewhere", () => {
    // Key 1 is blocked for query 0 and key 3 for both queries.
    const S = [
      [0.3, -Infinity, 1.2, -Infinity],
      [-0.7, 0.1, 0.4, -Infinity],
    ];
    const dW = [
      [1, 100, -2, 7],
      [0.5, -1, 3, -50],
    ];
    const w = softmaxRows(matrix(2, 4, S.flat())); // fromRows refuses -Infinity, matrix() takes it
    const dS = toRows(softmaxRowsBackward(w, fromRows(dW)));
    expectAllZero([[dS[0][1], dS[0][3], dS[1][3]]]);
    // Moving a -Infinity score by h leaves it -Infinity, so the numeric gradient there is 0 too.
    expectClose(dS, numericGradient((s) => weightedSum(softmaxRows(matrix(2, 4, s.flat())), dW), S), 1e-9);
  });
  it("softmaxRowsBackward(w, dW) passes zero gradient through a fully masked row zeroed under fullyMasked \"zeros\"", () => {
    const w = softmaxRows(matrix(2, 3, [0, 1, 2, -Infinity, -Infinity, -Infinity]), { fullyMasked: "zeros" });
    const dS = toRows(softmaxRowsBackward(w, fromRows([[1, 2, 3], [4, 5, 6]])));
    expectAllZero([dS[1]]);
    expect(dS[0].some((x) => x !== 0)).toBe(true);
  });
  it("softmaxRowsBackward(w, dW) with one key is exactly zero (the weight is 1 whatever the score)", () => {
    const w = softmaxRows(fromRows([[3], [-40]]));
    expect(toRows(w)).toEqual([[1], [1]]);
    // dS = 1 * (dA - 1 * dA) = 0
    expectAllZero(toRows(softmaxRowsBackward(w, fromRows([[2.5], [-7]]))));
  });
  it("softmaxRowsBackward(w, dW) stays finite and tiny for saturated scores, and exactly zero for huge ones", () => {
    // Scores [0, 30]: a0 = 1 / (1 + e^30), a1 = 1 - a0. With dA = [1, 0]: rowsum = a0, so
    // dS0 = a0 (1 - a0) = a0 a1 and dS1 = a1 (0 - a0) = -a0 a1, about 9.4e-14.
    const a0 = 1 / (1 + Math.exp(30));
    const sat = toRows(softmaxRowsBackward(softmaxRows(fromRows([[0, 30]])), fromRows([[1, 0]])));
    expect(Math.abs(sat[0][0] - a0 * (1 - a0)) / (a0 * (1 - a0))).toBeLessThan(1e-9);
    expect(Math.abs(sat[0][1] + a0 * (1 - a0)) / (a0 * (1 - a0))).toBeLessThan(1e-9);
    // Scores 1e300 apart: the weights are exactly [1, 0], so dS = [1 * (1 - 1), 0 * (0 - 1)] = 0, never NaN.
    const huge = softmaxRowsBackward(softmaxRows(fromRows([[1e300, -1e300]])), fromRows([[1, 0]]));
    expectAllZero(toRows(huge));
  });
  it("softmaxRowsBackward(w, dW) does not change its inputs", () => {
    const wRows = [[0.25, 0.75]];
    const dRows = [[2, -1]];
    const [w, dW] = [fromRows(wRows), fromRows(dRows)];
    softmaxRowsBackward(w, dW);
    expect([toRows(w), toRows(dW)]).toEqual([wRows, dRows]);
  });
  it("softmaxRowsBackward(w, dW) refuses dWeights of another shape, naming dWeights and both shapes", () => {
    expect(() => softmaxRowsBackward(matrix(2, 3), matrix(3, 2))).toThrow(
      /^softmaxRowsBackward: dWeights is 3x2 but the output it belongs to is 2x3; the gradient of an output has the output's shape$/,
    );
  });
  it("softmaxRowsBackward(w, dW, op) names the caller's operation", () => {
    expect(() => softmaxRowsBackward(matrix(2, 3), matrix(2, 2), "attentionBackward")).toThrow(/^attentionBackward: dWeights is 2x2 but the output it belongs to is 2x3/);
  });
  it("softmaxRowsBackward(w, dW) refuses NaN and Infinity in dWeights, naming the cell", () => {
    expect(() => softmaxRowsBackward(matrix(1, 3), matrix(1, 3, [0, 0, NaN]))).toThrow(
      /^softmaxRowsBackward: dWeights has NaN at row 0, column 2 \(counting from 0\); every entry must be a finite number$/,
    );
    // Even at a masked key (weight 0), where it would make 0 * Infinity = NaN.
    expect(() => softmaxRowsBackward(fromRows([[1, 0]]), matrix(1, 2, [0, Infinity]))).toThrow(/^softmaxRowsBackward: dWeights has \+Infinity at row 0, column 1/);
  });
});
