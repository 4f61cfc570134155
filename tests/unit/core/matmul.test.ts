import { describe, expect, it } from "vitest";
import { fromRows, matmul, shapeOf, toRows } from "../../../src/core";
import { expectClose, pseudoRows } from "./helpers";

describe("matmul", () => {
  it("matmul(a, b) multiplies a 2x3 by a 3x2 (worked by hand)", () => {
    const a = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    // [1*7+2*9+3*11, 1*8+2*10+3*12] = [58, 64]; [4*7+5*9+6*11, 4*8+5*10+6*12] = [139, 154]
    expect(toRows(matmul(a, b))).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });
  it("matmul(a, b) agrees with the i-j-k dot product definition on a 5x7 by 7x3", () => {
    const A = pseudoRows(5, 7, 1);
    const B = pseudoRows(7, 3, 2);
    const expected = A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
    expectClose(matmul(fromRows(A), fromRows(B)), expected, 1e-12);
  });
  it("matmul(a, b) of a column by a row is their outer product (inner size 1)", () => {
    const m = matmul(fromRows([[1], [2]]), fromRows([[3, 4, 5]]));
    expect(shapeOf(m)).toBe("2x3");
    expect(toRows(m)).toEqual([
      [3, 4, 5],
      [6, 8, 10],
    ]);
  });
  it("matmul(a, b) does not change its inputs", () => {
    const a = fromRows([[1, 2]]);
    const b = fromRows([[3], [4]]);
    matmul(a, b);
    expect(toRows(a)).toEqual([[1, 2]]);
    expect(toRows(b)).toEqual([[3], [4]]);
  });
  it("matmul(a, b) refuses mismatched inner sizes with both shapes and the rule", () => {
    expect(() => matmul(fromRows(pseudoRows(3, 4, 1)), fromRows(pseudoRows(5, 3, 2)))).toThrow(
      /^matmul: A is 3x4 but B is 5x3; A needs as many columns as B has rows$/,
    );
  });
  it("matmul(a, b, names) words the error with the caller's names", () => {
    expect(() =>
      matmul(fromRows([[1, 2]]), fromRows([[1, 2]]), { op: "scores", a: "Q", b: "K^T" }),
    ).toThrow(/^scores: Q is 1x2 but K\^T is 1x2; Q needs as many columns as K\^T has rows$/);
  });
});
