import { describe, expect, it } from "vitest";
import { fromRows, toRows } from "../../../src/core";
import { permuteRows } from "../../../src/examples/permuteRows";

describe("permuteRows", () => {
  it("permuteRows(m, order) puts row order[n] of m at row n", () => {
    expect(toRows(permuteRows(fromRows([[1, 2], [3, 4], [5, 6]]), [2, 0, 1]))).toEqual([[5, 6], [1, 2], [3, 4]]);
  });
  it("permuteRows(m, identity) is a copy that leaves m unchanged", () => {
    const m = fromRows([[1, 2, 3], [4, 5, 6]]);
    const p = permuteRows(m, [0, 1]);
    expect(toRows(p)).toEqual(toRows(m));
    expect(p.data).not.toBe(m.data);
    permuteRows(m, [1, 0]);
    expect(toRows(m)).toEqual([[1, 2, 3], [4, 5, 6]]);
  });
  it("permuteRows works on one row", () => {
    expect(toRows(permuteRows(fromRows([[7, 8]]), [0]))).toEqual([[7, 8]]);
  });
  it("permuteRows refuses an order that is not a permutation of the row indices, saying what to give", () => {
    const m = fromRows([[1], [2], [3]]);
    expect(() => permuteRows(m, [0, 1])).toThrow(/^permuteRows: order \[0, 1\] does not reorder the rows of a 3x1 matrix; give each row index 0\.\.2 exactly once$/);
    expect(() => permuteRows(m, [0, 1, 1])).toThrow(/order \[0, 1, 1\]/);
    expect(() => permuteRows(m, [0, 1, 3])).toThrow(/order \[0, 1, 3\]/);
    expect(() => permuteRows(m, [0, 1, 1.5])).toThrow(/order \[0, 1, 1.5\]/);
  });
});
