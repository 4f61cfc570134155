import { describe, expect, it } from "vitest";
import { AttentionError, fromRows, matrix, rowSums, softmaxRows, softmaxVector, toRows } from "../../../src/core";
import { expectClose, pseudoRows } from "./helpers";

const m = (rows: number[][]) => matrix(rows.length, rows[0].length, rows.flat());

describe("softmaxRows", () => {
  it("softmaxRows(m) of equal scores is uniform", () => {
    expect(toRows(softmaxRows(fromRows([[0, 0], [3, 3]])))).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });
  it("softmaxRows(m) of [0, ln 3] is [1/4, 3/4]", () => {
    expectClose(softmaxRows(fromRows([[0, Math.log(3)]])), [[0.25, 0.75]], 1e-15);
  });
  it("softmaxRows(m) works along each row (the keys), not down the columns", () => {
    expectClose(softmaxRows(fromRows([[0, Math.log(3)], [Math.log(3), 0]])), [
      [0.25, 0.75],
      [0.75, 0.25],
    ], 1e-15);
  });
  it("softmaxRows(m) rows are non-negative and sum to 1, and adding a constant to a row changes nothing", () => {
    const rows = pseudoRows(4, 6, 3).map((r) => r.map((x) => 5 * x));
    const w = softmaxRows(fromRows(rows));
    expect(Array.from(w.data).every((x) => x >= 0)).toBe(true);
    for (const s of rowSums(w)) expect(s).toBeCloseTo(1, 14);
    expectClose(softmaxRows(fromRows(rows.map((r) => r.map((x) => x + 100)))), toRows(w), 1e-14);
  });
  it("softmaxRows(m) agrees with exp(x) / sum exp(x) written out for small scores", () => {
    const rows = pseudoRows(3, 5, 9);
    const expected = rows.map((r) => r.map((x) => Math.exp(x) / r.reduce((s, y) => s + Math.exp(y), 0)));
    expectClose(softmaxRows(fromRows(rows)), expected, 1e-15);
  });
  it("softmaxRows(m) gives a -Infinity entry weight exactly 0", () => {
    expect(toRows(softmaxRows(m([[1, -Infinity, 1]])))).toEqual([[0.5, 0, 0.5]]);
  });
  it("softmaxRows(m) with one key gives weight 1 whatever the score", () => {
    expect(toRows(softmaxRows(fromRows([[5], [-300], [1e300]])))).toEqual([[1], [1], [1]]);
  });
  it("softmaxRows(m) handles huge scores from 1e4 to 1e300 without NaN or overflow", () => {
    expectClose(softmaxRows(fromRows([[1e4, 1e4 - Math.log(3)]])), [[0.75, 0.25]], 1e-12);
    expect(toRows(softmaxRows(fromRows([[1e4, -1e4]])))).toEqual([[1, 0]]);
    expect(toRows(softmaxRows(fromRows([[1e300, -1e300, 1e300]])))).toEqual([[0.5, 0, 0.5]]);
    expect(toRows(softmaxRows(fromRows([[-1e300, -1e300]])))).toEqual([[0.5, 0.5]]);
    // x - max overflows to -Infinity here; exp of it is still exactly 0.
    expect(toRows(softmaxRows(fromRows([[1.7e308, -1.7e308]])))).toEqual([[1, 0]]);
  });
  it("softmaxRows(m) refuses a fully masked row by default, naming the row", () => {
    const scores = m([[0, 1], [-Infinity, -Infinity]]);
    expect(() => softmaxRows(scores)).toThrow(
      /^softmax: query row 1 has no allowed key \(every score is -Infinity\); allow at least one key or pass fullyMasked: "zeros"$/,
    );
    expect(() => softmaxRows(scores, { fullyMasked: "error" })).toThrow(AttentionError);
  });
  it("softmaxRows(m) gives zeros for a fully masked row under the zeros policy", () => {
    const w = softmaxRows(m([[-Infinity, -Infinity], [0, 0]]), { fullyMasked: "zeros" });
    expect(toRows(w)).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
  });
  it("softmaxRows(m) refuses NaN and +Infinity, naming the row and the key", () => {
    expect(() => softmaxRows(m([[0, 0], [0, NaN]]))).toThrow(
      /^softmax: query row 1, key 1 is NaN; scores must be finite numbers or -Infinity \(a blocked key\)$/,
    );
    expect(() => softmaxRows(m([[Infinity, 0]]))).toThrow(/^softmax: query row 0, key 0 is \+Infinity/);
  });
  it("softmaxRows(m) refuses an empty matrix and an unknown policy", () => {
    expect(() => softmaxRows(matrix(0, 3))).toThrow(/^softmax: the score matrix is 0x3; it needs at least one row and one column$/);
    expect(() => softmaxRows(fromRows([[1]]), { fullyMasked: "zero" as never })).toThrow(
      /^softmax: fullyMasked is "zero"; use "zeros" or "error"$/,
    );
  });
  it("softmaxRows(m) leaves m unchanged", () => {
    const scores = fromRows([[1, 2]]);
    softmaxRows(scores);
    expect(toRows(scores)).toEqual([[1, 2]]);
  });
});

describe("softmaxVector", () => {
  it("softmaxVector(xs) normalises one vector", () => {
    const w = softmaxVector([0, Math.log(3)]);
    expect(w[0]).toBeCloseTo(0.25, 15);
    expect(w[1]).toBeCloseTo(0.75, 15);
    expect(Array.from(softmaxVector([2, -Infinity]))).toEqual([1, 0]);
  });
  it("softmaxVector(xs) follows the fully masked policy", () => {
    expect(() => softmaxVector([-Infinity])).toThrow(/^softmax: the vector has no allowed key/);
    expect(Array.from(softmaxVector([-Infinity, -Infinity], { fullyMasked: "zeros" }))).toEqual([0, 0]);
  });
  it("softmaxVector(xs) refuses an empty vector and NaN", () => {
    expect(() => softmaxVector([])).toThrow(/^softmax: the vector is empty; give at least one score$/);
    expect(() => softmaxVector([NaN])).toThrow(/^softmax: the vector, key 0 is NaN/);
  });
});
