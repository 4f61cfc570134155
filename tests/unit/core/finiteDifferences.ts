// Shared by the backward tests: central finite differences of a scalar loss, written with
// nested arrays and plain loops so they share no code with the core's backward, and a check
// for the gradients that must be exactly zero (masked keys, padding, fully masked rows).
import { expect } from "vitest";
import { toRows, type Matrix } from "../../../src/core";

/**
 * The gradient of f at x by central differences, (f(x + h e_ij) - f(x - h e_ij)) / 2h for
 * every entry (i, j), each on a fresh copy of x. The error is about h^2 (curvature) plus
 * 1e-16 |f| / h (rounding): near 1e-10 for values of order 1 with the default h = 1e-6.
 */
export function numericGradient(f: (x: number[][]) => number, x: number[][], h = 1e-6): number[][] {
  return x.map((row, i) =>
    row.map((_, j) => {
      const moved = (delta: number) => f(x.map((r, a) => r.map((value, b) => (a === i && b === j ? value + delta : value))));
      return (moved(h) - moved(-h)) / (2 * h);
    }),
  );
}

/** sum(output * upstream), elementwise: the loss whose gradient with respect to output is upstream. */
export function weightedSum(output: Matrix | number[][], upstream: number[][]): number {
  const rows = Array.isArray(output) ? output : toRows(output);
  let total = 0;
  rows.forEach((row, i) => row.forEach((x, j) => (total += x * upstream[i][j])));
  return total;
}

/** Asserts every entry is exactly 0 (+0 or -0: a masked key's gradient may carry either sign). */
export function expectAllZero(rows: number[][]): void {
  rows.forEach((row, i) => row.forEach((x, j) => expect(x === 0, `[${i}][${j}] is ${x}`).toBe(true)));
}
