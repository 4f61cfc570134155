import { describe, expect, it } from "vitest";
import { applyMask, fromRows, maskFromRows, toRows } from "../../../src/core";

describe("applyMask", () => {
  it("applyMask(scores, mask) puts -Infinity where the mask blocks and keeps the rest", () => {
    const scores = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const mask = maskFromRows([
      [true, false, true],
      [false, false, true],
    ]);
    expect(toRows(applyMask(scores, mask))).toEqual([
      [1, -Infinity, 3],
      [-Infinity, -Infinity, 6],
    ]);
    expect(toRows(scores)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
  it("applyMask(scores, mask, op) refuses a mask of another shape", () => {
    expect(() => applyMask(fromRows([[1, 2]]), maskFromRows([[true]]))).toThrow(
      /^applyMask: the mask is 1x1 but the score matrix is 1x2; the mask and the score matrix need the same shape$/,
    );
  });
});
