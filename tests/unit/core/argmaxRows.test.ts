import { describe, expect, it } from "vitest";
import { argmaxRows, fromRows, matrix } from "../../../src/core";

describe("argmaxRows", () => {
  it("argmaxRows(m) gives the column of each row's largest entry", () => {
    expect(Array.from(argmaxRows(fromRows([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])))).toEqual([1, 0]);
  });
  it("argmaxRows(m) takes the first column on ties", () => {
    expect(Array.from(argmaxRows(fromRows([[0.5, 0.5]])))).toEqual([0]);
  });
  it("argmaxRows(m) gives -1 for a row with nothing above -Infinity", () => {
    expect(Array.from(argmaxRows(matrix(2, 2, [-Infinity, -Infinity, -Infinity, 3])))).toEqual([-1, 1]);
  });
});
