import { describe, expect, it } from "vitest";
import { columnSums, fromRows, matrix } from "../../../src/core";

describe("columnSums", () => {
  it("columnSums(m) sums each column (worked by hand)", () => {
    // [1 + 4, 2 + 5, 3 + 6] = [5, 7, 9]
    expect(Array.from(columnSums(fromRows([[1, 2, 3], [4, 5, 6]])))).toEqual([5, 7, 9]);
  });
  it("columnSums(m) of a single row is that row", () => {
    expect(Array.from(columnSums(fromRows([[-1.5, 0, 2]])))).toEqual([-1.5, 0, 2]);
  });
  it("columnSums(m) of a single column is the sum of all entries", () => {
    // 0.5 - 2 + 4 = 2.5
    expect(Array.from(columnSums(fromRows([[0.5], [-2], [4]])))).toEqual([2.5]);
  });
  it("columnSums(m) of a matrix with no rows is zeros, one per column", () => {
    expect(Array.from(columnSums(matrix(0, 3)))).toEqual([0, 0, 0]);
    expect(columnSums(matrix(2, 0))).toHaveLength(0);
  });
  it("columnSums(m) returns a fresh Float64Array and leaves m alone", () => {
    const m = fromRows([[1, 2], [3, 4]]);
    const sums = columnSums(m);
    expect(sums).toBeInstanceOf(Float64Array);
    sums[0] = 99;
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4]);
  });
});
