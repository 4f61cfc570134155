import { describe, expect, it } from "vitest";
import { matmulTransposedInto } from "../../../src/core";
import { pseudoRows } from "./helpers";

/** The textbook dot products, summed from 0 in index order: (n, m) x (p, m)^T -> (n, p). */
const naive = (a: number[][], bt: number[][]) => a.map((row) => bt.map((col) => row.reduce((s, x, t) => s + x * col[t], 0)));

describe("matmulTransposedInto", () => {
  it("matmulTransposedInto(a, bt, out, n, p, m) equals the in-order dot products bit for bit, for every remainder of n and p mod 4", () => {
    for (const n of [1, 2, 3, 4, 5, 7, 8, 9]) {
      for (const p of [1, 3, 4, 6, 8, 11]) {
        for (const m of [1, 2, 5, 32]) {
          const a = pseudoRows(n, m, n * 100 + m);
          const bt = pseudoRows(p, m, p * 1000 + m);
          const out = new Float64Array(n * p);
          matmulTransposedInto(
            { data: Float64Array.from(a.flat()), offset: 0, stride: m },
            { data: Float64Array.from(bt.flat()), offset: 0, stride: m },
            { data: out, offset: 0, stride: p },
            n,
            p,
            m,
          );
          expect(Array.from(out), `n ${n}, p ${p}, m ${m}`).toEqual(naive(a, bt).flat());
        }
      }
    }
  });
  it("matmulTransposedInto(...) reads and writes strided windows, leaving everything outside the window alone", () => {
    // A: columns 1..2 of a 5x4 array; Bt: columns 2..3 of a 6x4 array; out: columns 1..6 of a 5x8 array.
    const bigA = pseudoRows(5, 4, 1);
    const bigB = pseudoRows(6, 4, 2);
    const out = new Float64Array(5 * 8).fill(7);
    matmulTransposedInto(
      { data: Float64Array.from(bigA.flat()), offset: 1, stride: 4 },
      { data: Float64Array.from(bigB.flat()), offset: 2, stride: 4 },
      { data: out, offset: 1, stride: 8 },
      5,
      6,
      2,
    );
    const expected = naive(
      bigA.map((r) => r.slice(1, 3)),
      bigB.map((r) => r.slice(2, 4)),
    );
    for (let i = 0; i < 5; ++i) {
      expect(Array.from(out.subarray(i * 8, i * 8 + 8))).toEqual([7, ...expected[i], 7]);
    }
  });
  it("matmulTransposedInto(...) with 2x2 integers gives the hand-worked product", () => {
    // A = [[1, 2], [3, 4]], B = [[5, 6], [7, 8]] so Bt = [[5, 7], [6, 8]];
    // A B = [[1*5+2*7, 1*6+2*8], [3*5+4*7, 3*6+4*8]] = [[19, 22], [43, 50]].
    const out = new Float64Array(4);
    matmulTransposedInto(
      { data: Float64Array.of(1, 2, 3, 4), offset: 0, stride: 2 },
      { data: Float64Array.of(5, 7, 6, 8), offset: 0, stride: 2 },
      { data: out, offset: 0, stride: 2 },
      2,
      2,
      2,
    );
    expect(Array.from(out)).toEqual([19, 22, 43, 50]);
  });
});
