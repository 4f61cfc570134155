import { describe, expect, it } from "vitest";
import { fromRows, shapeOf, toRows, transpose } from "../../../src/core";

describe("transpose", () => {
  it("transpose(m) swaps rows and columns", () => {
    const t = transpose(fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]));
    expect(shapeOf(t)).toBe("3x2");
    expect(toRows(t)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
  it("transpose(transpose(m)) is m, and the input is untouched", () => {
    const rows = [[1, 2], [3, 4], [5, 6]];
    const m = fromRows(rows);
    expect(toRows(transpose(transpose(m)))).toEqual(rows);
    expect(toRows(m)).toEqual(rows);
  });
  it("transpose(m) turns a row vector into a column vector", () => {
    expect(toRows(transpose(fromRows([[7, 8, 9]])))).toEqual([[7], [8], [9]]);
  });
});
