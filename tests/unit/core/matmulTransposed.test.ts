import { describe, expect, it } from "vitest";
import { fromRows, matmul, matmulTransposed, shapeOf, toRows, transpose } from "../../../src/core";
import { pseudoRows } from "./helpers";

describe("matmulTransposed", () => {
  it("matmulTransposed(a, b) is A B^T, dot products of rows (worked by hand)", () => {
    const a = fromRows([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const b = fromRows([
      [1, 0],
      [1, 1],
    ]);
    // Row i of A dotted with row j of B: [1, 3], [3, 7], [5, 11].
    const m = matmulTransposed(a, b);
    expect(shapeOf(m)).toBe("3x2");
    expect(toRows(m)).toEqual([
      [1, 3],
      [3, 7],
      [5, 11],
    ]);
  });
  it("matmulTransposed(a, b) equals matmul(a, transpose(b)) bit for bit on a 9x7 by 6x7", () => {
    const a = fromRows(pseudoRows(9, 7, 3));
    const b = fromRows(pseudoRows(6, 7, 4));
    expect(Array.from(matmulTransposed(a, b).data)).toEqual(Array.from(matmul(a, transpose(b)).data));
  });
  it("matmulTransposed(a, b, names) refuses different column counts, in the caller's words", () => {
    expect(() => matmulTransposed(fromRows([[1, 2]]), fromRows([[1, 2, 3]]), { op: "scores", a: "Q", b: "K" })).toThrow(
      /^scores: Q is 1x2 but K is 1x3; Q and K need the same number of columns$/,
    );
  });
});
