import { describe, expect, it } from "vitest";
import { shapeOf, sinusoidalPositions, toRows } from "../../../src/core";
import { expectClose } from "./helpers";

describe("sinusoidalPositions", () => {
  it("sinusoidalPositions(length, dModel) is (length, dModel)", () => {
    expect(shapeOf(sinusoidalPositions(7, 6))).toBe("7x6");
    expect(shapeOf(sinusoidalPositions(1, 1))).toBe("1x1");
  });

  it("sinusoidalPositions(L, d) row 0 alternates sin 0 = 0 and cos 0 = 1", () => {
    expect(toRows(sinusoidalPositions(1, 6))).toEqual([[0, 1, 0, 1, 0, 1]]);
  });

  it("sinusoidalPositions(L, 4) uses frequencies 1 and 1/10000^(2/4) = 1/100", () => {
    expectClose(sinusoidalPositions(3, 4), [
      [0, 1, 0, 1],
      [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)],
      [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)],
    ], 1e-15);
  });

  it("sinusoidalPositions(L, 3) (odd dModel) ends with a sine of its own frequency 1/10000^(2/3)", () => {
    const slow = 1 / Math.cbrt(10000 ** 2);
    expectClose(sinusoidalPositions(2, 3), [
      [0, 1, 0],
      [Math.sin(1), Math.cos(1), Math.sin(slow)],
    ], 1e-15);
  });

  it("sinusoidalPositions(L, 1) is sin(pos) alone", () => {
    expectClose(sinusoidalPositions(4, 1), [[0], [Math.sin(1)], [Math.sin(2)], [Math.sin(3)]], 1e-15);
  });

  it("sinusoidalPositions(L, 512): the last pair has frequency 10000^(-510/512), and every entry lies in [-1, 1]", () => {
    const pe = sinusoidalPositions(3, 512);
    expect(pe.data[1 * 512 + 510]).toBeCloseTo(Math.sin(10000 ** (-510 / 512)), 15);
    expect(pe.data[2 * 512 + 511]).toBeCloseTo(Math.cos(2 * 10000 ** (-510 / 512)), 15);
    expect(Math.max(...Array.from(pe.data, Math.abs))).toBeLessThanOrEqual(1);
  });

  it("sinusoidalPositions: each column pair of row pos + k is row pos rotated by the angle k·ω (a linear map of PE[pos])", () => {
    const d = 8;
    const pe = sinusoidalPositions(20, d);
    const k = 5;
    for (let i = 0; i < d / 2; i++) {
      const w = 1 / 10000 ** ((2 * i) / d);
      for (let pos = 0; pos + k < 20; pos++) {
        const [s, c] = [pe.data[pos * d + 2 * i], pe.data[pos * d + 2 * i + 1]];
        // sin(a + b) = sin a cos b + cos a sin b; cos(a + b) = cos a cos b - sin a sin b
        expect(pe.data[(pos + k) * d + 2 * i]).toBeCloseTo(s * Math.cos(k * w) + c * Math.sin(k * w), 12);
        expect(pe.data[(pos + k) * d + 2 * i + 1]).toBeCloseTo(c * Math.cos(k * w) - s * Math.sin(k * w), 12);
      }
    }
  });

  it("sinusoidalPositions: the dot product of rows pos and pos + k depends on the offset k only", () => {
    const d = 16;
    const pe = sinusoidalPositions(30, d);
    const dot = (a: number, b: number) => {
      let s = 0;
      for (let c = 0; c < d; c++) s += pe.data[a * d + c] * pe.data[b * d + c];
      return s;
    };
    expect(dot(0, 0)).toBeCloseTo(d / 2, 12);
    for (const k of [1, 3, 9]) {
      for (const pos of [0, 4, 17]) expect(dot(pos, pos + k)).toBeCloseTo(dot(0, k), 12);
    }
  });

  it("sinusoidalPositions refuses a length or dModel below 1 or not an integer, naming it", () => {
    expect(() => sinusoidalPositions(0, 4)).toThrow(/^sinusoidalPositions: length is 0; it must be an integer >= 1$/);
    expect(() => sinusoidalPositions(3, 0)).toThrow(/^sinusoidalPositions: dModel is 0; it must be an integer >= 1$/);
    expect(() => sinusoidalPositions(2.5, 4)).toThrow(/length is 2.5/);
    expect(() => sinusoidalPositions(3, Number.NaN)).toThrow(/dModel is NaN/);
  });
});
