import { describe, expect, it } from "vitest";
import { causalMask, maskToRows } from "../../../src/core";

describe("causalMask", () => {
  it("causalMask(L) allows key j for query i exactly when j <= i", () => {
    expect(maskToRows(causalMask(3))).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
  it("causalMask(Lq, Lk) works for Lq != Lk", () => {
    expect(maskToRows(causalMask(2, 4))).toEqual([
      [true, false, false, false],
      [true, true, false, false],
    ]);
    expect(maskToRows(causalMask(3, 2))).toEqual([
      [true, false],
      [true, true],
      [true, true],
    ]);
  });
  it("causalMask(1) is a single allowed cell", () => {
    expect(maskToRows(causalMask(1))).toEqual([[true]]);
  });
  it("causalMask(Lq) refuses a size below 1", () => {
    expect(() => causalMask(0)).toThrow(/Lq is 0/);
  });
});
