import { describe, expect, it } from "vitest";
import { fromRows, matrix, relu, toRows } from "../../../src/core";

describe("relu", () => {
  it("relu(x) keeps positive entries and turns negative entries and 0 into 0", () => {
    expect(toRows(relu(fromRows([[-1, 0, 2.5], [3, -0.5, 1e-300]])))).toEqual([[0, 0, 2.5], [3, 0, 1e-300]]);
  });
  it("relu(x) keeps the shape and leaves x alone", () => {
    const x = fromRows([[-2], [2]]);
    const y = relu(x);
    expect([y.rows, y.cols]).toEqual([2, 1]);
    expect(toRows(x)).toEqual([[-2], [2]]);
  });
  it("relu(x) refuses NaN and ±Infinity, naming the cell", () => {
    expect(() => relu(matrix(1, 2, [0, NaN]))).toThrow(
      /^relu: x has NaN at row 0, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => relu(matrix(1, 1, [-Infinity]))).toThrow(/^relu: x has -Infinity at row 0, column 0/);
  });
});
