import { describe, expect, it } from "vitest";
import { allowAll, maskFromRows, maskToRows } from "../../../src/core";

describe("maskFromRows", () => {
  it("maskFromRows(rows) stores 1 for allowed and 0 for blocked, row-major", () => {
    const m = maskFromRows([
      [true, false, true],
      [false, true, true],
    ]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(Array.from(m.allowed)).toEqual([1, 0, 1, 0, 1, 1]);
  });
  it("maskToRows(maskFromRows(rows)) gives the rows back", () => {
    const rows = [[true], [false], [true]];
    expect(maskToRows(maskFromRows(rows))).toEqual(rows);
  });
  it("maskFromRows(rows) refuses empty and ragged rows", () => {
    expect(() => maskFromRows([])).toThrow(/^maskFromRows: the mask is empty/);
    expect(() => maskFromRows([[]])).toThrow(/^maskFromRows: the mask is empty/);
    expect(() => maskFromRows([[true, true], [true]])).toThrow(
      /^maskFromRows: row 1 has 1 entries but row 0 has 2; every row needs one entry per key$/,
    );
  });
});

describe("allowAll", () => {
  it("allowAll(Lq, Lk) allows every key for every query (Lq != Lk)", () => {
    expect(maskToRows(allowAll(2, 3))).toEqual([
      [true, true, true],
      [true, true, true],
    ]);
  });
  it("allowAll(Lq, Lk) refuses sizes below 1", () => {
    expect(() => allowAll(0, 3)).toThrow(/^allowAll: Lq is 0; it must be an integer >= 1$/);
    expect(() => allowAll(2, 1.5)).toThrow(/^allowAll: Lk is 1.5/);
  });
});
