import { describe, expect, it } from "vitest";
import {
  fromRows,
  matrix,
  maskFromRows,
  rowSums,
  scaledDotProductAttention,
  scaledDotProductAttentionBackward,
  shapeOf,
  toRows,
  type AttentionOptions,
} from "../../../src/core";
import { expectAllZero, numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

/** Forward then backward on nested arrays, with the central differences of sum(output * dO) in Q, K and V. */
function gradients(q: number[][], k: number[][], v: number[][], dO: number[][], options: AttentionOptions = {}) {
  const trace = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), options);
  const grads = scaledDotProductAttentionBackward(fromRows(q), fromRows(k), fromRows(v), trace, fromRows(dO));
  const loss = (qs: number[][], ks: number[][], vs: number[][]) =>
    weightedSum(scaledDotProductAttention(fromRows(qs), fromRows(ks), fromRows(vs), options).output, dO);
  const numeric = {
    dQ: numericGradient((x) => loss(x, k, v), q),
    dK: numericGradient((x) => loss(q, x, v), k),
    dV: numericGradient((x) => loss(q, k, x), v),
  };
  return { trace, grads, numeric };
}

describe("scaledDotProductAttentionBackward", () => {
  it("scaledDotProductAttentionBackward(q, k, v, trace, dO) gives every stage of a one-query, two-key case worked by hand", () => {
    // dk = 1, scale 1. Scores [ln 3, 0] give weights [3/4, 1/4]; V = [2; 6], so output = 3/4*2 + 1/4*6 = 3.
    const q = fromRows([[1]]);
    const k = fromRows([[Math.log(3)], [0]]);
    const v = fromRows([[2], [6]]);
    const trace = scaledDotProductAttention(q, k, v);
    const g = scaledDotProductAttentionBackward(q, k, v, trace, fromRows([[1]]));
    expectClose(g.dV, [[0.75], [0.25]], 1e-15); // A^T dO
    expectClose(g.dWeights, [[2, 6]], 0); // dO V^T
    // rowsum(dA * A) = 2*3/4 + 6*1/4 = 3; dS = [3/4 (2 - 3), 1/4 (6 - 3)] = [-3/4, 3/4]
    expectClose(g.dScaled, [[-0.75, 0.75]], 1e-15);
    expectClose(g.dQ, [[-0.75 * Math.log(3)]], 1e-15); // dS K = -3/4 ln 3 + 3/4 * 0
    expectClose(g.dK, [[-0.75], [0.75]], 1e-15); // dS^T Q, Q = 1
    expect(toRows(g.dOutput)).toEqual([[1]]);
  });
  it("scaledDotProductAttentionBackward(q, k, v, trace, dO) matches central differences for Lq != Lk and dk != dv", () => {
    const { grads, numeric } = gradients(pseudoRows(3, 4, 41), pseudoRows(5, 4, 42), pseudoRows(5, 2, 43), pseudoRows(3, 2, 44));
    expect([shapeOf(grads.dQ), shapeOf(grads.dK), shapeOf(grads.dV), shapeOf(grads.dWeights), shapeOf(grads.dScaled)]).toEqual([
      "3x4", "5x4", "5x2", "3x5", "3x5",
    ]);
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
    expectClose(grads.dV, numeric.dV, 1e-8);
  });
  it("scaledDotProductAttentionBackward(q, k, v, trace, dO) matches central differences for Lq > Lk", () => {
    const { grads, numeric } = gradients(pseudoRows(6, 3, 45), pseudoRows(2, 3, 46), pseudoRows(2, 3, 47), pseudoRows(6, 3, 48));
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
    expectClose(grads.dV, numeric.dV, 1e-8);
  });
  it("scaledDotProductAttentionBackward(q, k, v, trace, dO) matches central differences with dk = 1 (scale 1)", () => {
    const { trace, grads, numeric } = gradients(pseudoRows(3, 1, 49), pseudoRows(4, 1, 50), pseudoRows(4, 2, 51), pseudoRows(3, 2, 52));
    expect(trace.scale).toBe(1);
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
    expectClose(grads.dV, numeric.dV, 1e-8);
  });
  it("scaledDotProductAttentionBackward(q, k, v, trace, dO) follows the trace's {scale}, matching central differences", () => {
    const { grads, numeric } = gradients(pseudoRows(2, 3, 53), pseudoRows(3, 3, 54), pseudoRows(3, 2, 55), pseudoRows(2, 2, 56), { scale: 1.7 });
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
  });
  it("scaledDotProductAttentionBackward(...) gives dScaled equal to the central differences of the loss in {bias}", () => {
    const q = pseudoRows(2, 3, 57);
    const k = pseudoRows(4, 3, 58);
    const v = pseudoRows(4, 2, 59);
    const dO = pseudoRows(2, 2, 60);
    const bias = [[0.5, -1, 0, 2], [0, 0.25, -0.5, 1]];
    const { grads } = gradients(q, k, v, dO, { bias: fromRows(bias) });
    // The bias is added to the scaled scores, so its gradient is dScaled, entry for entry.
    const numericBias = numericGradient(
      (b) => weightedSum(scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), { bias: fromRows(b) }).output, dO),
      bias,
    );
    expectClose(grads.dScaled, numericBias, 1e-9);
    for (const s of rowSums(grads.dScaled)) expect(Math.abs(s)).toBeLessThan(1e-15);
  });
  it("scaledDotProductAttentionBackward(...) gives a key no query may attend to an exactly zero dScaled column and dK, dV rows", () => {
    const allowed = maskFromRows([
      [true, false, true, true],
      [false, false, true, true],
      [true, false, false, true],
    ]);
    const { grads, numeric } = gradients(pseudoRows(3, 2, 61), pseudoRows(4, 2, 62), pseudoRows(4, 3, 63), pseudoRows(3, 3, 64), { allowed });
    // Key 1 has weight 0 for every query: nothing flows back to it.
    expectAllZero(toRows(grads.dScaled).map((row) => [row[1]]));
    expectAllZero([toRows(grads.dK)[1], toRows(grads.dV)[1]]);
    // Entries blocked for one query only: dScaled is exactly 0 there too.
    const dS = toRows(grads.dScaled);
    expectAllZero([[dS[1][0], dS[2][2]]]);
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
    expectClose(grads.dV, numeric.dV, 1e-8);
  });
  it("scaledDotProductAttentionBackward(...) passes zero gradient through a fully masked row under fullyMasked \"zeros\"", () => {
    const q = pseudoRows(2, 2, 65);
    const k = pseudoRows(3, 2, 66);
    const v = pseudoRows(3, 2, 67);
    const options: AttentionOptions = { allowed: maskFromRows([[true, true, false], [false, false, false]]), fullyMasked: "zeros" };
    const dO = [[1, -2], [5, 7]];
    const { grads, numeric } = gradients(q, k, v, dO, options);
    expectAllZero([toRows(grads.dScaled)[1], toRows(grads.dQ)[1]]);
    // The zeroed row's dO never reaches V: a different dO there gives the same dV, bit for bit.
    const trace = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), options);
    const other = scaledDotProductAttentionBackward(fromRows(q), fromRows(k), fromRows(v), trace, fromRows([[1, -2], [-300, 0.5]]));
    expect(toRows(other.dV)).toEqual(toRows(grads.dV));
    expectClose(grads.dQ, numeric.dQ, 1e-8);
    expectClose(grads.dK, numeric.dK, 1e-8);
    expectClose(grads.dV, numeric.dV, 1e-8);
  });
  it("scaledDotProductAttentionBackward(...) with one key gives exactly zero dQ and dK, and dV the sum of dO's rows", () => {
    // The single weight is 1 whatever the score, so dS = 1 * (dA - dA) = 0.
    const { grads } = gradients([[1, 2], [-3, 0.5], [0, 4]], [[4, -1]], [[7, 8]], [[1, 2], [3, -4], [0.5, 0]]);
    expectAllZero(toRows(grads.dScaled));
    expectAllZero(toRows(grads.dQ));
    expectAllZero(toRows(grads.dK));
    expect(toRows(grads.dV)).toEqual([[1 + 3 + 0.5, 2 - 4 + 0]]);
  });
  it("scaledDotProductAttentionBackward(...) for saturated scores gives a tiny but finite gradient (worked by hand)", () => {
    // dk = 1, scale 1: scores [30, 0], a1 = 1 / (1 + e^30), a0 = 1 - a1. V = [0; 1], dO = [1]: dA = [0, 1],
    // rowsum = a1, dS = [a0 (0 - a1), a1 (1 - a1)] = [-a0 a1, a0 a1]. dQ = dS K = -a0 a1 * 1 + a0 a1 * 0;
    // dK = dS^T Q = [-30 a0 a1, 30 a0 a1]. (dO on the small weight: with dA = [1, 0] the entry a0 (1 - a0)
    // would lose about 3 digits to the cancellation 1 - a0, as in any float64 use of this formula.)
    const a1 = 1 / (1 + Math.exp(30));
    const p = (1 - a1) * a1; // about 9.4e-14
    const { grads } = gradients([[30]], [[1], [0]], [[0], [1]], [[1]]);
    const relative = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);
    expect(relative(toRows(grads.dQ)[0][0], -p)).toBeLessThan(1e-9);
    expect(relative(toRows(grads.dK)[0][0], -30 * p)).toBeLessThan(1e-9);
    expect(relative(toRows(grads.dK)[1][0], 30 * p)).toBeLessThan(1e-9);
  });
  it("scaledDotProductAttentionBackward(...) for huge but finite scores (1e300) gives finite gradients, no NaN", () => {
    // Scores [[1e300, -1e300], [-1e300, 1e300]]: weights exactly the identity, so dS = 0 and dV = dO.
    const { grads } = gradients([[1e150], [-1e150]], [[1e150], [-1e150]], [[1], [2]], [[3], [-4]]);
    for (const m of [grads.dQ, grads.dK, grads.dV, grads.dWeights, grads.dScaled]) expect(Array.from(m.data).every(Number.isFinite)).toBe(true);
    expectAllZero(toRows(grads.dQ));
    expectAllZero(toRows(grads.dK));
    expect(toRows(grads.dV)).toEqual([[3], [-4]]);
  });
  it("scaledDotProductAttentionBackward(...) does not change its inputs or the trace", () => {
    const rows = [pseudoRows(2, 2, 68), pseudoRows(3, 2, 69), pseudoRows(3, 2, 70), pseudoRows(2, 2, 71)];
    const [q, k, v, dO] = rows.map((r) => fromRows(r));
    const trace = scaledDotProductAttention(q, k, v);
    const weights = toRows(trace.weights);
    scaledDotProductAttentionBackward(q, k, v, trace, dO);
    expect([toRows(q), toRows(k), toRows(v), toRows(dO)]).toEqual(rows);
    expect(toRows(trace.weights)).toEqual(weights);
  });
  it("scaledDotProductAttentionBackward(...) refuses dOutput that is not (Lq, dv), naming dOutput and both shapes", () => {
    const [q, k, v] = [fromRows(pseudoRows(2, 3, 72)), fromRows(pseudoRows(4, 3, 73)), fromRows(pseudoRows(4, 5, 74))];
    const trace = scaledDotProductAttention(q, k, v);
    expect(() => scaledDotProductAttentionBackward(q, k, v, trace, matrix(2, 3))).toThrow(
      /^attentionBackward: dOutput is 2x3 but the output it belongs to is 2x5; the gradient of an output has the output's shape$/,
    );
  });
  it("scaledDotProductAttentionBackward(...) refuses NaN and Infinity in dOutput, naming the cell", () => {
    const [q, k, v] = [fromRows([[1]]), fromRows([[1], [2]]), fromRows([[1, 2], [3, 4]])];
    const trace = scaledDotProductAttention(q, k, v);
    expect(() => scaledDotProductAttentionBackward(q, k, v, trace, matrix(1, 2, [0, NaN]))).toThrow(
      /^attentionBackward: dOutput has NaN at row 0, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => scaledDotProductAttentionBackward(q, k, v, trace, matrix(1, 2, [-Infinity, 0]))).toThrow(
      /^attentionBackward: dOutput has -Infinity at row 0, column 0/,
    );
  });
  it("scaledDotProductAttentionBackward(...) refuses a trace from another call, naming the operand and both shapes", () => {
    const trace = scaledDotProductAttention(fromRows(pseudoRows(2, 3, 75)), fromRows(pseudoRows(4, 3, 76)), fromRows(pseudoRows(4, 2, 77)));
    const [q, k, v, dO] = [fromRows(pseudoRows(3, 3, 78)), fromRows(pseudoRows(4, 3, 79)), fromRows(pseudoRows(4, 2, 80)), matrix(3, 2)];
    expect(() => scaledDotProductAttentionBackward(q, k, v, trace, dO)).toThrow(
      /^attentionBackward: Q is 3x3 but it must be 2x3 \(Lq x dk, one row per query of the trace's 2x4 weights\); pass the Q, K and V of the forward call that made the trace$/,
    );
    const q2 = fromRows(pseudoRows(2, 3, 81));
    expect(() => scaledDotProductAttentionBackward(q2, fromRows(pseudoRows(5, 3, 82)), fromRows(pseudoRows(5, 2, 83)), trace, matrix(2, 2))).toThrow(
      /^attentionBackward: K is 5x3 but it must be 4x3 \(Lk x dk, one row per key of the trace's 2x4 weights and as wide as Q\)/,
    );
    // K with another width than Q could not have been multiplied by it.
    expect(() => scaledDotProductAttentionBackward(q2, matrix(4, 2), v, trace, matrix(2, 2))).toThrow(/^attentionBackward: K is 4x2 but it must be 4x3/);
    expect(() => scaledDotProductAttentionBackward(q2, k, matrix(3, 2), trace, matrix(2, 2))).toThrow(/^attentionBackward: V is 3x2 but it must be 4x2/);
    // V as wide as dOutput but not as the trace's output: another call's V.
    expect(() => scaledDotProductAttentionBackward(q2, k, matrix(4, 1), trace, matrix(2, 1))).toThrow(
      /^attentionBackward: V is 4x1 but it must be 4x2 \(Lk x dv, one row per key and as wide as the trace's 2x2 output\)/,
    );
  });
  it("scaledDotProductAttentionBackward(...) refuses NaN in Q, K or V, naming the operand", () => {
    const [q, k, v] = [fromRows([[1, 0]]), fromRows([[1, 2], [3, 4]]), fromRows([[1], [2]])];
    const trace = scaledDotProductAttention(q, k, v);
    expect(() => scaledDotProductAttentionBackward(matrix(1, 2, [NaN, 0]), k, v, trace, matrix(1, 1))).toThrow(
      /^attentionBackward: Q has NaN at row 0, column 0 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => scaledDotProductAttentionBackward(q, k, matrix(2, 1, [0, Infinity]), trace, matrix(1, 1))).toThrow(/^attentionBackward: V has \+Infinity at row 1, column 0/);
  });
});
