import { describe, expect, it } from "vitest";
import { AttentionError, fromRows, get, matrix, shapeOf, toRows, zeros } from "../../../src/core";

describe("matrix", () => {
  it("matrix(rows, cols, data) stores data row-major", () => {
    const m = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(get(m, 1, 0)).toBe(4);
    expect(get(m, 0, 2)).toBe(3);
  });
  it("matrix(rows, cols, data) copies data, so later changes to the source do not leak in", () => {
    const source = [1, 2];
    const m = matrix(1, 2, source);
    source[0] = 99;
    expect(get(m, 0, 0)).toBe(1);
    const typed = new Float64Array([1, 2]);
    expect(matrix(1, 2, typed).data).not.toBe(typed);
  });
  it("matrix(rows, cols) is all zeros", () => {
    expect(Array.from(matrix(2, 2).data)).toEqual([0, 0, 0, 0]);
  });
  it("matrix(rows, cols, data) refuses data of the wrong length", () => {
    expect(() => matrix(2, 3, [1, 2, 3])).toThrow(
      /^matrix: data has 3 entries but a 2x3 matrix needs 6 \(rows \* cols, row-major\)$/,
    );
  });
  it("matrix(rows, cols) refuses negative or fractional sizes", () => {
    expect(() => matrix(-1, 2)).toThrow(/^matrix: rows is -1; it must be an integer >= 0$/);
    expect(() => matrix(2, 1.5)).toThrow(/^matrix: cols is 1.5/);
  });
  it("matrix(rows, cols, data) keeps -Infinity (masked scores are matrices too)", () => {
    expect(get(matrix(1, 1, [-Infinity]), 0, 0)).toBe(-Infinity);
  });
});

describe("zeros", () => {
  it("zeros(rows, cols) is a rows x cols matrix of zeros", () => {
    const z = zeros(3, 2);
    expect(shapeOf(z)).toBe("3x2");
    expect(Array.from(z.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("fromRows", () => {
  it("fromRows(rows) builds a matrix that toRows gives back", () => {
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const m = fromRows(rows);
    expect(shapeOf(m)).toBe("2x3");
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(m)).toEqual(rows);
  });
  it("fromRows(rows, name) refuses ragged rows, naming the matrix and the row", () => {
    expect(() => fromRows([[1, 2], [3]], "Q")).toThrow(
      /^fromRows: Q row 1 has 1 entries but row 0 has 2; every row needs the same number of columns$/,
    );
  });
  it("fromRows(rows, name) refuses empty input", () => {
    expect(() => fromRows([], "K")).toThrow(/^fromRows: K has no rows/);
    expect(() => fromRows([[]], "K")).toThrow(/^fromRows: K row 0 is empty/);
  });
  it("fromRows(rows, name) refuses non-finite entries, naming the row and the column", () => {
    expect(() => fromRows([[1, 2], [3, NaN]], "V")).toThrow(
      /^fromRows: V has NaN at row 1, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => fromRows([[Infinity]])).toThrow(/^fromRows: matrix has Infinity at row 0, column 0/);
    expect(() => fromRows([[1, -Infinity]])).toThrow(AttentionError);
  });
});

describe("toRows", () => {
  it("toRows(m) returns fresh arrays, so editing them leaves m alone", () => {
    const m = fromRows([[1, 2]]);
    toRows(m)[0][0] = 7;
    expect(get(m, 0, 0)).toBe(1);
  });
});

describe("get", () => {
  it("get(m, i, j) refuses indices outside the matrix", () => {
    const m = zeros(2, 3);
    expect(() => get(m, 2, 0)).toThrow(/^get: \(2, 0\) is outside a 2x3 matrix; use 0 <= i < 2 and 0 <= j < 3$/);
    expect(() => get(m, 0, -1)).toThrow(AttentionError);
    expect(() => get(m, 0.5, 0)).toThrow(AttentionError);
  });
});

describe("shapeOf", () => {
  it("shapeOf(m) gives rows x cols", () => {
    expect(shapeOf(zeros(3, 4))).toBe("3x4");
    expect(shapeOf(zeros(1, 1))).toBe("1x1");
  });
});
