import { describe, expect, it } from "vitest";
import { maskFromRows, maskToBias, toRows } from "../../../src/core";

const mask = maskFromRows([
  [true, false],
  [false, true],
]);

describe("maskToBias", () => {
  it("maskToBias(mask) is 0 where allowed and -Infinity where blocked", () => {
    expect(toRows(maskToBias(mask))).toEqual([
      [0, -Infinity],
      [-Infinity, 0],
    ]);
  });
  it("maskToBias(mask, blocked) uses a given negative number, the old -1e9 trick", () => {
    expect(toRows(maskToBias(mask, -1e9))).toEqual([
      [0, -1e9],
      [-1e9, 0],
    ]);
  });
  it("maskToBias(mask, blocked) refuses a blocked value that is not negative", () => {
    expect(() => maskToBias(mask, 0)).toThrow(/^maskToBias: blocked is 0; it must be -Infinity or a negative number$/);
    expect(() => maskToBias(mask, NaN)).toThrow(/blocked is NaN/);
  });
});
