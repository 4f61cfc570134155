import { describe, expect, it } from "vitest";
import { sinusoidalPositions, toRows } from "../../../src/core";
import { expectClose } from "./helpers";

describe("sinusoidalPositions", () => {
  it("sinusoidalPositions(length, dModel) gives (length, dModel) with position 0 = [0, 1, 0, 1, ...]", () => {
    const pe = sinusoidalPositions(3, 6);
    expect([pe.rows, pe.cols]).toEqual([3, 6]);
    expect(toRows(pe)[0]).toEqual([0, 1, 0, 1, 0, 1]);
  });
  it("sinusoidalPositions(length, 4) pairs sin and cos of pos / 10000^(2i/4): frequencies 1 and 1/100", () => {
    const pe = toRows(sinusoidalPositions(3, 4));
    expectClose([pe[1], pe[2]], [
      [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)],
      [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)],
    ], 1e-15);
  });
  it("sinusoidalPositions(length, dModel) with an odd dModel ends with a sin column", () => {
    const pe = toRows(sinusoidalPositions(2, 3));
    const f = 1 / 10000 ** (2 / 3); // column 2 is 2i = 2
    expectClose([pe[1]], [[Math.sin(1), Math.cos(1), Math.sin(f)]], 1e-15);
    expectClose(sinusoidalPositions(3, 1), [[0], [Math.sin(1)], [Math.sin(2)]], 0);
  });
  it("sinusoidalPositions(length, dModel) puts each (sin, cos) pair on the unit circle and stays in [-1, 1]", () => {
    for (const row of toRows(sinusoidalPositions(50, 8))) {
      for (let c = 0; c < 8; c += 2) expect(row[c] ** 2 + row[c + 1] ** 2).toBeCloseTo(1, 14);
      for (const x of row) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    }
  });
  it("sinusoidalPositions(length, dModel) refuses a length or dModel that is not an integer >= 1", () => {
    expect(() => sinusoidalPositions(0, 4)).toThrow(/^sinusoidalPositions: length is 0; it must be an integer >= 1$/);
    expect(() => sinusoidalPositions(3, 2.5)).toThrow(/^sinusoidalPositions: dModel is 2.5; it must be an integer >= 1$/);
  });
});
