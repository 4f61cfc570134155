import { describe, expect, it } from "vitest";
import { keyPaddingMask, maskToRows } from "../../../src/core";

describe("keyPaddingMask", () => {
  it("keyPaddingMask(Lq, Lk, length) blocks keys at index >= length for every query", () => {
    expect(maskToRows(keyPaddingMask(2, 4, 3))).toEqual([
      [true, true, true, false],
      [true, true, true, false],
    ]);
  });
  it("keyPaddingMask(Lq, Lk, Lk) blocks nothing and keyPaddingMask(Lq, Lk, 0) blocks everything", () => {
    expect(maskToRows(keyPaddingMask(1, 3, 3))).toEqual([[true, true, true]]);
    expect(maskToRows(keyPaddingMask(2, 2, 0))).toEqual([
      [false, false],
      [false, false],
    ]);
  });
  it("keyPaddingMask(Lq, Lk, length) refuses a length outside 0..Lk or not an integer", () => {
    expect(() => keyPaddingMask(2, 5, 6)).toThrow(/^keyPaddingMask: length is 6; it must be an integer from 0 to 5$/);
    expect(() => keyPaddingMask(2, 5, -1)).toThrow(/length is -1/);
    expect(() => keyPaddingMask(2, 5, 2.5)).toThrow(/length is 2.5/);
  });
});
