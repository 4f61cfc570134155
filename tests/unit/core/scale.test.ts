import { describe, expect, it } from "vitest";
import { fromRows, scale, toRows } from "../../../src/core";

describe("scale", () => {
  it("scale(m, s) multiplies every entry by s", () => {
    expect(toRows(scale(fromRows([[1, -2], [0.5, 4]]), 0.5))).toEqual([
      [0.5, -1],
      [0.25, 2],
    ]);
  });
  it("scale(m, s) keeps -Infinity for a positive s and leaves m alone", () => {
    const m = { rows: 1, cols: 2, data: new Float64Array([-Infinity, 2]) };
    expect(toRows(scale(m, 3))).toEqual([[-Infinity, 6]]);
    expect(Array.from(m.data)).toEqual([-Infinity, 2]);
  });
  it("scale(m, s) refuses a non-finite factor", () => {
    expect(() => scale(fromRows([[1]]), Infinity)).toThrow(/^scale: the factor is Infinity; it must be a finite number$/);
    expect(() => scale(fromRows([[1]]), NaN)).toThrow(/^scale: the factor is NaN/);
  });
});
