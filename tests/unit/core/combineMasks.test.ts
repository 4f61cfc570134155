import { describe, expect, it } from "vitest";
import { causalMask, combineMasks, keyPaddingMask, maskFromRows, maskToRows } from "../../../src/core";

describe("combineMasks", () => {
  it("combineMasks(a, b) allows a key only where both masks allow it", () => {
    expect(maskToRows(combineMasks(causalMask(3), keyPaddingMask(3, 3, 2)))).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, false],
    ]);
  });
  it("combineMasks(a, b) leaves both inputs unchanged", () => {
    const a = maskFromRows([[true, false]]);
    const b = maskFromRows([[false, true]]);
    expect(maskToRows(combineMasks(a, b))).toEqual([[false, false]]);
    expect(maskToRows(a)).toEqual([[true, false]]);
    expect(maskToRows(b)).toEqual([[false, true]]);
  });
  it("combineMasks(a, b) refuses masks of different shapes", () => {
    expect(() => combineMasks(causalMask(2), causalMask(3))).toThrow(
      /^combineMasks: mask A is 2x2 but mask B is 3x3; mask A and mask B need the same shape$/,
    );
  });
});
