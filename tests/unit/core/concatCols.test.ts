import { describe, expect, it } from "vitest";
import { concatCols, fromRows, sliceCols, toRows } from "../../../src/core";

describe("concatCols", () => {
  it("concatCols(ms) puts matrices side by side in order", () => {
    const a = fromRows([[1], [2]]);
    const b = fromRows([[3, 4], [5, 6]]);
    expect(toRows(concatCols([a, b]))).toEqual([
      [1, 3, 4],
      [2, 5, 6],
    ]);
  });
  it("concatCols(slices) undoes sliceCols into consecutive slices", () => {
    const m = fromRows([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]]);
    expect(toRows(concatCols([sliceCols(m, 0, 2), sliceCols(m, 2, 4), sliceCols(m, 4, 6)]))).toEqual(toRows(m));
  });
  it("concatCols([m]) is a copy of m", () => {
    const m = fromRows([[1, 2]]);
    const c = concatCols([m]);
    expect(toRows(c)).toEqual([[1, 2]]);
    expect(c.data).not.toBe(m.data);
  });
  it("concatCols(ms) refuses different row counts and an empty list", () => {
    expect(() => concatCols([fromRows([[1], [2], [3]]), fromRows([[1, 2, 3], [4, 5, 6]])])).toThrow(
      /^concatCols: matrix 1 is 2x3 but matrix 0 is 3x1; every matrix needs the same number of rows$/,
    );
    expect(() => concatCols([])).toThrow(/^concatCols: no matrices given; pass at least one$/);
  });
});
