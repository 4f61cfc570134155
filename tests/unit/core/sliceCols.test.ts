import { describe, expect, it } from "vitest";
import { fromRows, sliceCols, toRows } from "../../../src/core";

const m = fromRows([
  [1, 2, 3, 4],
  [5, 6, 7, 8],
]);

describe("sliceCols", () => {
  it("sliceCols(m, start, end) takes columns start..end-1 (half-open)", () => {
    expect(toRows(sliceCols(m, 1, 3))).toEqual([
      [2, 3],
      [6, 7],
    ]);
  });
  it("sliceCols(m, 0, cols) is a copy of m, and one column slices work", () => {
    expect(toRows(sliceCols(m, 0, 4))).toEqual(toRows(m));
    expect(sliceCols(m, 0, 4).data).not.toBe(m.data);
    expect(toRows(sliceCols(m, 3, 4))).toEqual([[4], [8]]);
  });
  it("sliceCols(m, start, end) refuses ranges that are empty, reversed, fractional or out of bounds", () => {
    expect(() => sliceCols(m, 2, 7)).toThrow(
      /^sliceCols: columns \[2, 7\) do not fit a 2x4 matrix; use integers with 0 <= start < end <= 4$/,
    );
    expect(() => sliceCols(m, 2, 2)).toThrow(/columns \[2, 2\)/);
    expect(() => sliceCols(m, 3, 1)).toThrow(/columns \[3, 1\)/);
    expect(() => sliceCols(m, -1, 1)).toThrow(/columns \[-1, 1\)/);
    expect(() => sliceCols(m, 0.5, 1)).toThrow(/columns \[0.5, 1\)/);
  });
});
