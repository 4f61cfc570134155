import { describe, expect, it } from "vitest";
import {
  fromRows,
  get,
  maskFromRows,
  maskToBias,
  matrix,
  rowSums,
  scaledDotProductAttention,
  shapeOf,
  toRows,
} from "../../../src/core";
import { expectClose, naiveAttention, pseudoRows } from "./helpers";

describe("scaledDotProductAttention", () => {
  it("scaledDotProductAttention(q, k, v) matches a two-key case worked by hand", () => {
    // Q = [1, 0] matches key 0 (score 1) and not key 1 (score 0); dk = 2, scale 1/sqrt 2.
    // Weight on key 0 is e^a / (e^a + 1) with a = 1/sqrt 2; output mixes V = 10 and 20.
    const t = scaledDotProductAttention(fromRows([[1, 0]]), fromRows([[1, 0], [0, 1]]), fromRows([[10], [20]]));
    const a = 1 / Math.sqrt(2);
    const w0 = Math.exp(a) / (Math.exp(a) + 1);
    expect(t.scale).toBe(1 / Math.sqrt(2));
    expect(toRows(t.scores)).toEqual([[1, 0]]);
    expectClose(t.scaled, [[a, 0]], 1e-15);
    expectClose(t.masked, [[a, 0]], 1e-15);
    expectClose(t.weights, [[w0, 1 - w0]], 1e-15);
    expectClose(t.output, [[10 * w0 + 20 * (1 - w0)]], 1e-13);
  });
  it("scaledDotProductAttention(q, k, v) gives trace shapes (Lq, Lk) and (Lq, dv) for Lq != Lk", () => {
    const t = scaledDotProductAttention(
      fromRows(pseudoRows(3, 4, 1)),
      fromRows(pseudoRows(5, 4, 2)),
      fromRows(pseudoRows(5, 2, 3)),
    );
    for (const stage of [t.scores, t.scaled, t.masked, t.weights]) expect(shapeOf(stage)).toBe("3x5");
    expect(shapeOf(t.output)).toBe("3x2");
  });
  it("scaledDotProductAttention(q, k, v) agrees with a naive loop for Lq != Lk, and weights rows sum to 1", () => {
    const q = pseudoRows(3, 4, 11);
    const k = pseudoRows(6, 4, 12);
    const v = pseudoRows(6, 5, 13);
    const t = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v));
    const ref = naiveAttention(q, k, v);
    expectClose(t.weights, ref.weights, 1e-14);
    expectClose(t.output, ref.output, 1e-13);
    for (const s of rowSums(t.weights)) expect(s).toBeCloseTo(1, 14);
  });
  it("scaledDotProductAttention(q, k, v) uses scale 1/sqrt(dk): 1 for dk = 1, 1/8 for dk = 64", () => {
    const one = scaledDotProductAttention(fromRows([[2], [3]]), fromRows([[1], [-1], [4]]), fromRows([[1], [2], [3]]));
    expect(one.scale).toBe(1);
    expect(toRows(one.scaled)).toEqual([[2, -2, 8], [3, -3, 12]]);
    expectClose(one.output, naiveAttention([[2], [3]], [[1], [-1], [4]], [[1], [2], [3]]).output, 1e-14);
    const wide = scaledDotProductAttention(fromRows(pseudoRows(2, 64, 1)), fromRows(pseudoRows(3, 64, 2)), fromRows(pseudoRows(3, 1, 3)));
    expect(wide.scale).toBe(0.125);
  });
  it("scaledDotProductAttention(q, k, v, {scale}) multiplies the scores by the given scale", () => {
    const q = pseudoRows(2, 3, 4);
    const k = pseudoRows(4, 3, 5);
    const v = pseudoRows(4, 2, 6);
    const t = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), { scale: 1 });
    expect(t.scale).toBe(1);
    expect(toRows(t.scaled)).toEqual(toRows(t.scores));
    expectClose(t.output, naiveAttention(q, k, v, { scale: 1 }).output, 1e-13);
  });
  it("scaledDotProductAttention(q, k, v) with one key copies that key's value to every query", () => {
    const t = scaledDotProductAttention(fromRows([[1, 2], [-3, 0.5], [0, 0]]), fromRows([[4, -1]]), fromRows([[7, 8, 9]]));
    expect(toRows(t.weights)).toEqual([[1], [1], [1]]);
    expect(toRows(t.output)).toEqual([[7, 8, 9], [7, 8, 9], [7, 8, 9]]);
  });
  it("scaledDotProductAttention(q, k, v, {allowed}) puts -Infinity in masked and weight 0 on blocked keys", () => {
    const q = pseudoRows(2, 3, 21);
    const k = pseudoRows(3, 3, 22);
    const v = pseudoRows(3, 2, 23);
    const allowed = [
      [true, false, true],
      [false, true, true],
    ];
    const t = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), { allowed: maskFromRows(allowed) });
    expect(get(t.masked, 0, 1)).toBe(-Infinity);
    expect(get(t.masked, 1, 0)).toBe(-Infinity);
    expect(get(t.masked, 0, 0)).toBe(get(t.scaled, 0, 0));
    expect(get(t.weights, 0, 1)).toBe(0);
    expect(get(t.weights, 1, 0)).toBe(0);
    expectClose(t.output, naiveAttention(q, k, v, { allowed }).output, 1e-14);
  });
  it("scaledDotProductAttention(q, k, v, {bias}) adds the bias to the scaled scores before softmax", () => {
    const q = pseudoRows(2, 2, 31);
    const k = pseudoRows(3, 2, 32);
    const v = pseudoRows(3, 2, 33);
    const bias = [
      [0.5, -1, 0],
      [2, 0, -0.25],
    ];
    const t = scaledDotProductAttention(fromRows(q), fromRows(k), fromRows(v), { bias: fromRows(bias) });
    expectClose(t.masked, toRows(t.scaled).map((r, i) => r.map((x, j) => x + bias[i][j])), 0);
    expectClose(t.output, naiveAttention(q, k, v, { bias }).output, 1e-14);
  });
  it("scaledDotProductAttention(q, k, v, {bias: maskToBias(mask)}) equals {allowed: mask}", () => {
    const q = fromRows(pseudoRows(3, 2, 41));
    const k = fromRows(pseudoRows(4, 2, 42));
    const v = fromRows(pseudoRows(4, 3, 43));
    const mask = maskFromRows([
      [true, true, false, false],
      [false, true, true, true],
      [true, false, false, true],
    ]);
    const viaMask = scaledDotProductAttention(q, k, v, { allowed: mask });
    const viaBias = scaledDotProductAttention(q, k, v, { bias: maskToBias(mask) });
    expect(toRows(viaBias.masked)).toEqual(toRows(viaMask.masked));
    expect(toRows(viaBias.weights)).toEqual(toRows(viaMask.weights));
  });
  it("scaledDotProductAttention(q, k, v, {allowed}) refuses a fully masked row by default, naming it", () => {
    const allowed = maskFromRows([[true, true], [false, false]]);
    expect(() => scaledDotProductAttention(fromRows([[1], [2]]), fromRows([[1], [2]]), fromRows([[1], [2]]), { allowed })).toThrow(
      /^softmax: query row 1 has no allowed key \(every score is -Infinity\); allow at least one key or pass fullyMasked: "zeros"$/,
    );
  });
  it("scaledDotProductAttention(q, k, v, {fullyMasked: \"zeros\"}) gives a fully masked row zero weights and a zero output", () => {
    const allowed = maskFromRows([[true, false], [false, false]]);
    const t = scaledDotProductAttention(fromRows([[1], [2]]), fromRows([[1], [2]]), fromRows([[-3, 5], [4, 6]]), {
      allowed,
      fullyMasked: "zeros",
    });
    expect(toRows(t.weights)).toEqual([[1, 0], [0, 0]]);
    expect(toRows(t.output)).toEqual([[-3, 5], [0, 0]]);
  });
  it("scaledDotProductAttention(q, k, v) stays finite for scores from 1e4 to 1e300", () => {
    const big = scaledDotProductAttention(fromRows([[100]]), fromRows([[100], [-100]]), fromRows([[1], [2]]));
    expect(toRows(big.scores)).toEqual([[1e4, -1e4]]);
    expect(toRows(big.weights)).toEqual([[1, 0]]);
    const huge = scaledDotProductAttention(fromRows([[1e150], [-1e150]]), fromRows([[1e150], [-1e150]]), fromRows([[1], [2]]));
    expect(toRows(huge.weights)).toEqual([[1, 0], [0, 1]]);
    expect(toRows(huge.output)).toEqual([[1], [2]]);
  });
  it("scaledDotProductAttention(q, k, v) refuses scores that overflow, naming the cell", () => {
    expect(() => scaledDotProductAttention(fromRows([[1e200]]), fromRows([[1], [1e200]]), fromRows([[1], [2]]))).toThrow(
      /^attention: the scaled score of query 0, key 1 is Infinity; Q K\^T overflowed, so scale Q or K down$/,
    );
  });
  it("scaledDotProductAttention(q, k, v) refuses Q and K of different widths", () => {
    expect(() => scaledDotProductAttention(matrix(3, 4), matrix(5, 3), matrix(5, 3))).toThrow(
      /^scores: Q is 3x4 but K is 5x3; Q and K need the same number of columns \(dk\)$/,
    );
  });
  it("scaledDotProductAttention(q, k, v) refuses K and V with different numbers of rows", () => {
    expect(() => scaledDotProductAttention(matrix(3, 4), matrix(5, 4), matrix(4, 3))).toThrow(
      /^attention: K is 5x4 but V is 4x3; K and V need the same number of rows \(Lk\), one per source token$/,
    );
  });
  it("scaledDotProductAttention(q, k, v, options) refuses a mask or bias that is not (Lq, Lk)", () => {
    const [q, k, v] = [matrix(3, 2), matrix(4, 2), matrix(4, 1)];
    expect(() => scaledDotProductAttention(q, k, v, { allowed: maskFromRows([[true, true, true, true]]) })).toThrow(
      /^attention: the allowed mask is 1x4 but the scores are 3x4 \(Lq x Lk\); the allowed mask needs one row per query and one column per key$/,
    );
    expect(() => scaledDotProductAttention(q, k, v, { bias: matrix(4, 3) })).toThrow(
      /^attention: the bias is 4x3 but the scores are 3x4 \(Lq x Lk\)/,
    );
  });
  it("scaledDotProductAttention(q, k, v, {bias}) refuses NaN and +Infinity in the bias", () => {
    const [q, k, v] = [matrix(1, 1), matrix(2, 1), matrix(2, 1)];
    expect(() => scaledDotProductAttention(q, k, v, { bias: matrix(1, 2, [0, NaN]) })).toThrow(
      /^attention: the bias has NaN at row 0, column 1 \(counting from 0\); every entry must be a finite number or -Infinity/,
    );
    expect(() => scaledDotProductAttention(q, k, v, { bias: matrix(1, 2, [Infinity, 0]) })).toThrow(/\+Infinity/);
  });
  it("scaledDotProductAttention(q, k, v, {scale}) refuses a scale that is not finite and positive", () => {
    const [q, k, v] = [matrix(1, 4), matrix(2, 4), matrix(2, 1)];
    for (const scale of [0, -1, NaN, Infinity]) {
      expect(() => scaledDotProductAttention(q, k, v, { scale })).toThrow(
        new RegExp(`^attention: scale is ${scale}; it must be a finite number greater than 0 \\(the default is 1/sqrt\\(dk\\) = 0.5\\)$`),
      );
    }
  });
  it("scaledDotProductAttention(q, k, v) refuses empty and non-finite inputs, naming the operand", () => {
    expect(() => scaledDotProductAttention(matrix(0, 2), matrix(2, 2), matrix(2, 2))).toThrow(
      /^attention: Q is 0x2; it needs at least one row and one column$/,
    );
    expect(() => scaledDotProductAttention(matrix(1, 2), matrix(2, 2), matrix(2, 0))).toThrow(/^attention: V is 2x0/);
    expect(() => scaledDotProductAttention(matrix(1, 2), matrix(2, 2, [0, 0, 0, NaN]), matrix(2, 2))).toThrow(
      /^attention: K has NaN at row 1, column 1/,
    );
  });
  it("scaledDotProductAttention(q, k, v, options) does not change its inputs", () => {
    const rows = { q: pseudoRows(2, 2, 1), k: pseudoRows(3, 2, 2), v: pseudoRows(3, 2, 3) };
    const [q, k, v] = [fromRows(rows.q), fromRows(rows.k), fromRows(rows.v)];
    const bias = fromRows([[0, 1, 2], [3, 4, 5]]);
    const allowed = maskFromRows([[true, false, true], [true, true, false]]);
    scaledDotProductAttention(q, k, v, { bias, allowed });
    expect([toRows(q), toRows(k), toRows(v)]).toEqual([rows.q, rows.k, rows.v]);
    expect(toRows(bias)).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(Array.from(allowed.allowed)).toEqual([1, 0, 1, 1, 1, 0]);
  });
});
