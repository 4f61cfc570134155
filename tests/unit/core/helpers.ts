// Test helpers shared by the core unit tests: approximate comparison and a
// deliberately naive attention written with nested arrays and plain loops,
// independent of the core, to check the core against.
import { expect } from "vitest";
import { toRows, type Matrix } from "../../../src/core";

/** Asserts every entry of `got` is within `tol` of `expected` (same shape; -Infinity must match exactly). */
export function expectClose(got: Matrix | number[][], expected: number[][], tol = 1e-12): void {
  const rows = Array.isArray(got) ? got : toRows(got);
  expect(rows.length, "rows").toBe(expected.length);
  rows.forEach((row, i) => {
    expect(row.length, `columns of row ${i}`).toBe(expected[i].length);
    row.forEach((x, j) => {
      const e = expected[i][j];
      if (!Number.isFinite(e)) expect(x, `[${i}][${j}]`).toBe(e);
      else expect(Math.abs(x - e), `[${i}][${j}]: got ${x}, expected ${e}`).toBeLessThanOrEqual(tol);
    });
  });
}

/** softmax(q k^T * scale + bias, masked) v, the slow obvious way. Fully masked rows give zeros. */
export function naiveAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  opts: { scale?: number; allowed?: boolean[][]; bias?: number[][] } = {},
): { weights: number[][]; output: number[][] } {
  const scale = opts.scale ?? 1 / Math.sqrt(q[0].length);
  const weights = q.map((qi, i) => {
    const s = k.map((kj, j) => {
      let dot = 0;
      for (let t = 0; t < qi.length; t++) dot += qi[t] * kj[t];
      const x = dot * scale + (opts.bias ? opts.bias[i][j] : 0);
      return opts.allowed && !opts.allowed[i][j] ? -Infinity : x;
    });
    const m = Math.max(...s);
    if (m === -Infinity) return s.map(() => 0);
    const e = s.map((x) => Math.exp(x - m));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / total);
  });
  const output = weights.map((w) =>
    v[0].map((_, c) => w.reduce((acc, wj, j) => acc + wj * v[j][c], 0)),
  );
  return { weights, output };
}

/** A reproducible nested array of numbers in [-2, 2), from a tiny LCG independent of the core's PRNG. */
export function pseudoRows(rows: number, cols: number, seed: number): number[][] {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 4 - 2;
  };
  return Array.from({ length: rows }, () => Array.from({ length: cols }, next));
}
