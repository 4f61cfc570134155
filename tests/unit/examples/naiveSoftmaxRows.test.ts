import { describe, expect, it } from "vitest";
import { fromRows, matrix, toRows } from "../../../src/core";
import { naiveSoftmaxRows } from "../../../src/examples/naiveSoftmaxRows";

describe("naiveSoftmaxRows", () => {
  it("naiveSoftmaxRows(m) of [0, ln 3] is [1/4, 3/4] row by row", () => {
    const w = toRows(naiveSoftmaxRows(fromRows([[0, Math.log(3)], [Math.log(3), 0]])));
    expect(w[0][0]).toBeCloseTo(0.25, 15);
    expect(w[0][1]).toBeCloseTo(0.75, 15);
    expect(w[1][0]).toBeCloseTo(0.75, 15);
  });
  it("naiveSoftmaxRows(m) overflows: exp(1000) is Infinity, so the row becomes [NaN, 0]", () => {
    expect(toRows(naiveSoftmaxRows(fromRows([[1000, 0]])))).toEqual([[NaN, 0]]);
  });
  it("naiveSoftmaxRows(m) of a row of -Infinity is 0 / 0 = NaN everywhere", () => {
    expect(toRows(naiveSoftmaxRows(matrix(1, 3, [-Infinity, -Infinity, -Infinity])))).toEqual([[NaN, NaN, NaN]]);
  });
});
