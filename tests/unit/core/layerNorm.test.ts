import { describe, expect, it } from "vitest";
import { fromRows, layerNorm, matrix, toRows } from "../../../src/core";
import { expectClose, pseudoRows } from "./helpers";

describe("layerNorm", () => {
  it("layerNorm(x, gamma, beta) matches a two-column row worked by hand, with the biased variance", () => {
    // Row [1, 3]: mean 2, biased variance ((1-2)^2 + (3-2)^2) / 2 = 1 (the unbiased one would be 2),
    // so x-hat = [-1, 1] / sqrt(1 + eps) and y = x-hat * [2, 0.5] + [1, -1].
    const eps = 1e-5;
    const s = Math.sqrt(1 + eps);
    const t = layerNorm(fromRows([[1, 3]]), [2, 0.5], [1, -1], eps);
    expectClose(t.normalized, [[-1 / s, 1 / s]], 1e-15);
    expectClose(t.output, [[1 - 2 / s, -1 + 0.5 / s]], 1e-15);
    expect(t.invStd[0]).toBeCloseTo(1 / s, 15);
  });
  it("layerNorm(x, gamma, beta) gives each normalized row mean 0 and variance var / (var + eps)", () => {
    const rows = pseudoRows(4, 6, 7);
    const eps = 0.1; // large, so the variance visibly falls short of 1
    const t = layerNorm(fromRows(rows), new Array(6).fill(1), new Array(6).fill(0), eps);
    toRows(t.normalized).forEach((xhat, i) => {
      const mean = rows[i].reduce((a, b) => a + b, 0) / 6;
      const variance = rows[i].reduce((a, b) => a + (b - mean) ** 2, 0) / 6;
      expect(xhat.reduce((a, b) => a + b, 0) / 6).toBeCloseTo(0, 14);
      expect(xhat.reduce((a, b) => a + b * b, 0) / 6).toBeCloseTo(variance / (variance + eps), 14);
      expect(t.invStd[i]).toBeCloseTo(1 / Math.sqrt(variance + eps), 14);
    });
    expect(toRows(t.output)).toEqual(toRows(t.normalized));
  });
  it("layerNorm(x, gamma, beta) with d = 1 gives x-hat = 0, so the output is beta", () => {
    const t = layerNorm(fromRows([[5], [-3], [0.25]]), [7], [0.5]);
    expect(toRows(t.normalized)).toEqual([[0], [0], [0]]);
    expect(toRows(t.output)).toEqual([[0.5], [0.5], [0.5]]);
    expect(t.invStd[0]).toBeCloseTo(1 / Math.sqrt(1e-5), 10);
  });
  it("layerNorm(x, gamma, beta) maps a constant row to beta (eps keeps 0 / 0 away)", () => {
    const t = layerNorm(fromRows([[4, 4, 4]]), [1, 2, 3], [-1, 0, 1]);
    expect(toRows(t.output)).toEqual([[-1, 0, 1]]);
  });
  it("layerNorm(x, gamma, beta) ignores a shift of a row: x and x + 100 give the same output", () => {
    const x = pseudoRows(2, 5, 3);
    const gamma = [1, -2, 0.5, 3, 1];
    const beta = [0, 1, 2, 3, 4];
    const shifted = layerNorm(fromRows(x.map((r) => r.map((v) => v + 100))), gamma, beta);
    expectClose(shifted.output, toRows(layerNorm(fromRows(x), gamma, beta).output), 1e-12);
  });
  it("layerNorm(x, gamma, beta) accepts Float64Array parameters and leaves its inputs alone", () => {
    const rows = pseudoRows(2, 3, 9);
    const x = fromRows(rows);
    const gamma = new Float64Array([1, 2, 3]);
    const beta = new Float64Array([0, 0, 1]);
    layerNorm(x, gamma, beta);
    expect(toRows(x)).toEqual(rows);
    expect(Array.from(gamma)).toEqual([1, 2, 3]);
    expect(Array.from(beta)).toEqual([0, 0, 1]);
  });
  it("layerNorm(x, gamma, beta) refuses gamma or beta whose length is not d", () => {
    expect(() => layerNorm(matrix(3, 5), [1, 1, 1, 1], [0, 0, 0, 0, 0])).toThrow(
      /^layerNorm: gamma has length 4 but x is 3x5; gamma needs one entry per column \(d = 5\)$/,
    );
    expect(() => layerNorm(matrix(3, 5), [1, 1, 1, 1, 1], [0])).toThrow(/^layerNorm: beta has length 1 but x is 3x5/);
  });
  it("layerNorm(x, gamma, beta) refuses non-finite gamma, beta and x, naming where", () => {
    expect(() => layerNorm(matrix(1, 3), [1, NaN, 1], [0, 0, 0])).toThrow(
      /^layerNorm: gamma has NaN at index 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => layerNorm(matrix(1, 2), [1, 1], [0, Infinity])).toThrow(/^layerNorm: beta has Infinity at index 1/);
    expect(() => layerNorm(matrix(1, 2, [0, NaN]), [1, 1], [0, 0])).toThrow(/^layerNorm: x has NaN at row 0, column 1/);
  });
  it("layerNorm(x, gamma, beta, eps) refuses eps <= 0 and non-finite eps", () => {
    for (const eps of [0, -1e-5, NaN, Infinity]) {
      expect(() => layerNorm(matrix(1, 2), [1, 1], [0, 0], eps)).toThrow(
        new RegExp(`^layerNorm: eps is ${eps}; it must be a finite number greater than 0 \\(the default is 1e-5\\)`),
      );
    }
  });
  it("layerNorm(x, gamma, beta) refuses an empty x and a row whose variance overflows", () => {
    expect(() => layerNorm(matrix(0, 2), [1, 1], [0, 0])).toThrow(/^layerNorm: x is 0x2; it needs at least one row and one column$/);
    expect(() => layerNorm(fromRows([[1, 2], [1e200, -1e200]]), [1, 1], [0, 0])).toThrow(
      /^layerNorm: the variance of row 1 of x overflowed to Infinity; its entries are too large for float64, so scale x down$/,
    );
  });
});
