import { describe, expect, it } from "vitest";
import {
  fromRows,
  maskFromRows,
  matrix,
  multiHeadCrossAttention,
  multiHeadCrossAttentionOutput,
  toRows,
  type Matrix,
  type MultiHeadOptions,
  type MultiHeadParams,
} from "../../../src/core";
import { expectClose, naiveAttention, pseudoRows } from "./helpers";

/** Parameters for dModel, kdim, vdim from the test LCG, with biases. */
function params(heads: number, dModel: number, kdim: number, vdim: number, seed: number): MultiHeadParams {
  return {
    heads,
    wq: fromRows(pseudoRows(dModel, dModel, seed)),
    wk: fromRows(pseudoRows(kdim, dModel, seed + 1)),
    wv: fromRows(pseudoRows(vdim, dModel, seed + 2)),
    wo: fromRows(pseudoRows(dModel, dModel, seed + 3)),
    bq: pseudoRows(1, dModel, seed + 4)[0],
    bk: pseudoRows(1, dModel, seed + 5)[0],
    bv: pseudoRows(1, dModel, seed + 6)[0],
    bo: pseudoRows(1, dModel, seed + 7)[0],
  };
}

/** query (Lq, dModel), key (Lk, kdim), value (Lk, vdim) from the test LCG. */
function inputs(Lq: number, Lk: number, dModel: number, kdim: number, vdim: number, seed: number): [Matrix, Matrix, Matrix] {
  return [fromRows(pseudoRows(Lq, dModel, seed)), fromRows(pseudoRows(Lk, kdim, seed + 1)), fromRows(pseudoRows(Lk, vdim, seed + 2))];
}

/** The fast output and the traced one must be the same numbers, bit for bit. */
function expectSameAsTraced(args: [Matrix, Matrix, Matrix], p: MultiHeadParams, options?: MultiHeadOptions): void {
  const fast = multiHeadCrossAttentionOutput(...args, p, options);
  const traced = multiHeadCrossAttention(...args, p, options).output;
  expect([fast.rows, fast.cols]).toEqual([traced.rows, traced.cols]);
  expect(Array.from(fast.data)).toEqual(Array.from(traced.data));
}

describe("multiHeadCrossAttentionOutput", () => {
  it("multiHeadCrossAttentionOutput(...) equals the traced output bit for bit when Lq, Lk, dModel, kdim and vdim all differ", () => {
    expectSameAsTraced(inputs(3, 5, 8, 6, 4, 10), params(2, 8, 6, 4, 20));
    expectSameAsTraced(inputs(13, 17, 12, 12, 12, 30), params(3, 12, 12, 12, 40));
    expectSameAsTraced(inputs(1, 1, 4, 4, 4, 50), params(4, 4, 4, 4, 60));
  });
  it("multiHeadCrossAttentionOutput(..., {allowed, keyLength, scale}) equals the traced output bit for bit", () => {
    const allowed = maskFromRows(Array.from({ length: 6 }, (_, i) => Array.from({ length: 7 }, (_, j) => (i + j) % 3 !== 0)));
    expectSameAsTraced(inputs(6, 7, 8, 5, 3, 70), params(2, 8, 5, 3, 80), { allowed, keyLength: 5, scale: 0.3 });
  });
  it("multiHeadCrossAttentionOutput(...) agrees with a naive nested-array version within 1e-12", () => {
    const [Lq, Lk, dModel, heads] = [5, 6, 6, 3];
    const [query, key, value] = inputs(Lq, Lk, dModel, dModel, dModel, 90);
    const p = params(heads, dModel, dModel, dModel, 100);
    const project = (x: Matrix, w: Matrix, b: ArrayLike<number>) =>
      toRows(x).map((row) => Array.from({ length: dModel }, (_, j) => row.reduce((s, xi, i) => s + xi * w.data[i * dModel + j], b[j])));
    const [q, k, v] = [project(query, p.wq, p.bq!), project(key, p.wk, p.bk!), project(value, p.wv, p.bv!)];
    const dk = dModel / heads;
    const cols = (m: number[][], h: number) => m.map((r) => r.slice(h * dk, (h + 1) * dk));
    const outs = Array.from({ length: heads }, (_, h) => naiveAttention(cols(q, h), cols(k, h), cols(v, h)).output);
    const concat = fromRows(outs[0].map((_, i) => outs.flatMap((o) => o[i])));
    expectClose(multiHeadCrossAttentionOutput(query, key, value, p), project(concat, p.wo, p.bo!), 1e-12);
  });
  it("multiHeadCrossAttentionOutput(..., {keyLength: 0}) refuses by default and gives bo in every row under the zeros policy", () => {
    const args = inputs(2, 3, 4, 4, 4, 110);
    const p = params(2, 4, 4, 4, 120);
    expect(() => multiHeadCrossAttentionOutput(...args, p, { keyLength: 0 })).toThrow(/^softmax: query row 0 has no allowed key/);
    expect(toRows(multiHeadCrossAttentionOutput(...args, p, { keyLength: 0, fullyMasked: "zeros" }))).toEqual([p.bo, p.bo]);
  });
  it("multiHeadCrossAttentionOutput(...) refuses bad input with the traced path's messages", () => {
    const args = inputs(2, 3, 4, 4, 4, 130);
    const p = params(2, 4, 4, 4, 140);
    const cases: [MultiHeadParams, MultiHeadOptions][] = [
      [{ ...p, heads: 3 }, {}],
      [{ ...p, wk: matrix(3, 4) }, {}],
      [{ ...p, bo: [1, 2] }, {}],
      [p, { keyLength: 9 }],
      [p, { scale: -1 }],
      [p, { scale: 1e308 }], // finite, but the scaled scores overflow
      [p, { fullyMasked: "nan" as never }],
    ];
    for (const [bad, options] of cases) {
      let expected = "";
      try {
        multiHeadCrossAttention(...args, bad, options);
      } catch (error) {
        expected = (error as Error).message;
      }
      expect(expected, JSON.stringify(options)).not.toBe("");
      expect(() => multiHeadCrossAttentionOutput(...args, bad, options)).toThrow(expected);
    }
  });
  it("multiHeadCrossAttentionOutput(...) names an overflowing projection", () => {
    const [, key, value] = inputs(2, 3, 4, 4, 4, 150);
    const huge = matrix(2, 4, [1e308, 1e308, 1e308, 1e308, 0, 0, 0, 0]);
    expect(() => multiHeadCrossAttentionOutput(huge, key, value, params(2, 4, 4, 4, 160))).toThrow(
      /^multiHeadCrossAttention: Q = query wq \+ bq has [+-]Infinity at row 0, column \d/,
    );
  });
  it("multiHeadCrossAttentionOutput(...) does not change its inputs", () => {
    const args = inputs(3, 4, 4, 4, 4, 170);
    const p = params(2, 4, 4, 4, 180);
    const before = [...args, p.wq, p.wk, p.wv, p.wo].map((m) => Array.from(m.data));
    multiHeadCrossAttentionOutput(...args, p);
    expect([...args, p.wq, p.wk, p.wv, p.wo].map((m) => Array.from(m.data))).toEqual(before);
  });
});
