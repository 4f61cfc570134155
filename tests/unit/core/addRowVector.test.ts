import { describe, expect, it } from "vitest";
import { addRowVector, fromRows, toRows } from "../../../src/core";

describe("addRowVector", () => {
  it("addRowVector(m, bias) adds bias[j] to column j of every row", () => {
    expect(toRows(addRowVector(fromRows([[1, 2, 3], [4, 5, 6]]), [10, 20, 30]))).toEqual([
      [11, 22, 33],
      [14, 25, 36],
    ]);
  });
  it("addRowVector(m, bias) accepts a Float64Array and leaves m alone", () => {
    const m = fromRows([[1, 1]]);
    expect(toRows(addRowVector(m, new Float64Array([0.5, -1])))).toEqual([[1.5, 0]]);
    expect(toRows(m)).toEqual([[1, 1]]);
  });
  it("addRowVector(m, bias) refuses a bias whose length is not cols", () => {
    expect(() => addRowVector(fromRows([[1, 2, 3, 4]]), [1, 2, 3, 4, 5])).toThrow(
      /^addRowVector: bias has length 5 but X is 1x4; bias needs one entry per column \(4\)$/,
    );
  });
  it("addRowVector(m, bias, names) words the error with the caller's names", () => {
    expect(() => addRowVector(fromRows([[1, 2]]), [1], { op: "linear", m: "X W", bias: "bq" })).toThrow(
      /^linear: bq has length 1 but X W is 1x2; bq needs one entry per column \(2\)$/,
    );
  });
});
