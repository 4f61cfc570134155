import { describe, expect, it } from "vitest";
import {
  fromRows,
  matrix,
  maskFromRows,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBackward,
  scaledDotProductAttention,
  scaledDotProductAttentionBackward,
  shapeOf,
  toRows,
  type Matrix,
  type MultiHeadOptions,
  type MultiHeadParams,
} from "../../../src/core";
import { expectAllZero, numericGradient, weightedSum } from "./finiteDifferences";
import { expectClose, pseudoRows } from "./helpers";

/** Everything the loss depends on, as nested arrays; each bias is one row. */
interface Parts {
  query: number[][];
  key: number[][];
  value: number[][];
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[][];
  bk: number[][];
  bv: number[][];
  bo: number[][];
}
type Name = keyof Parts;
const NAMES: Name[] = ["query", "key", "value", "wq", "wk", "wv", "wo", "bq", "bk", "bv", "bo"];

/** Reproducible parts in [-1, 1) (halved, so the scores stay out of saturation). */
function makeParts(Lq: number, Lk: number, dModel: number, kdim: number, vdim: number, seed: number): Parts {
  const r = (rows: number, cols: number, s: number) => pseudoRows(rows, cols, seed + s).map((row) => row.map((x) => x / 2));
  return {
    query: r(Lq, dModel, 0),
    key: r(Lk, kdim, 1),
    value: r(Lk, vdim, 2),
    wq: r(dModel, dModel, 3),
    wk: r(kdim, dModel, 4),
    wv: r(vdim, dModel, 5),
    wo: r(dModel, dModel, 6),
    bq: r(1, dModel, 7),
    bk: r(1, dModel, 8),
    bv: r(1, dModel, 9),
    bo: r(1, dModel, 10),
  };
}

const paramsOf = (p: Parts, heads: number): MultiHeadParams => ({
  heads,
  wq: fromRows(p.wq),
  wk: fromRows(p.wk),
  wv: fromRows(p.wv),
  wo: fromRows(p.wo),
  bq: p.bq[0],
  bk: p.bk[0],
  bv: p.bv[0],
  bo: p.bo[0],
});

/** Forward, backward, and the central differences of sum(output * dOutput) in every part. */
function check(p: Parts, heads: number, dOutput: number[][], options: MultiHeadOptions = {}) {
  const run = (parts: Parts) =>
    multiHeadCrossAttention(fromRows(parts.query), fromRows(parts.key), fromRows(parts.value), paramsOf(parts, heads), options);
  const trace = run(p);
  const grads = multiHeadCrossAttentionBackward(fromRows(p.query), fromRows(p.key), fromRows(p.value), paramsOf(p, heads), trace, fromRows(dOutput));
  const analytic: Record<Name, Matrix | number[][]> = {
    query: grads.dQuery,
    key: grads.dKey,
    value: grads.dValue,
    wq: grads.dWq,
    wk: grads.dWk,
    wv: grads.dWv,
    wo: grads.dWo,
    bq: [Array.from(grads.dbq)],
    bk: [Array.from(grads.dbk)],
    bv: [Array.from(grads.dbv)],
    bo: [Array.from(grads.dbo)],
  };
  const expectMatchesCentralDifferences = (tol = 1e-8) => {
    for (const name of NAMES) {
      const numeric = numericGradient((x) => weightedSum(run({ ...p, [name]: x }).output, dOutput), p[name]);
      expectClose(analytic[name], numeric, tol);
    }
  };
  return { trace, grads, expectMatchesCentralDifferences };
}

/** x w^T with nested arrays. */
const timesTransposed = (x: number[][], w: number[][]) => x.map((row) => w.map((wr) => row.reduce((s, xi, t) => s + xi * wr[t], 0)));
/** x^T d with nested arrays. */
const transposedTimes = (x: number[][], d: number[][]) => x[0].map((_, i) => d[0].map((_, j) => x.reduce((s, xr, t) => s + xr[i] * d[t][j], 0)));

describe("multiHeadCrossAttentionBackward", () => {
  it("multiHeadCrossAttentionBackward(...) matches central differences in all 11 inputs when Lq, Lk, dModel, kdim and vdim differ", () => {
    const p = makeParts(3, 4, 4, 3, 5, 100);
    const { grads, expectMatchesCentralDifferences } = check(p, 2, pseudoRows(3, 4, 120));
    expect([shapeOf(grads.dQuery), shapeOf(grads.dKey), shapeOf(grads.dValue)]).toEqual(["3x4", "4x3", "4x5"]);
    expect([shapeOf(grads.dWq), shapeOf(grads.dWk), shapeOf(grads.dWv), shapeOf(grads.dWo), shapeOf(grads.dConcat)]).toEqual([
      "4x4", "3x4", "5x4", "4x4", "3x4",
    ]);
    expect([grads.dbq, grads.dbk, grads.dbv, grads.dbo].map((b) => b.length)).toEqual([4, 4, 4, 4]);
    expect(grads.perHead).toHaveLength(2);
    expectMatchesCentralDifferences();
  });
  it("multiHeadCrossAttentionBackward(...) matches central differences for Lq > Lk with three heads and {scale}", () => {
    const { expectMatchesCentralDifferences } = check(makeParts(5, 2, 6, 2, 3, 200), 3, pseudoRows(5, 6, 220), { scale: 0.9 });
    expectMatchesCentralDifferences();
  });
  it("multiHeadCrossAttentionBackward(...) with heads = dModel (dk = 1) matches central differences", () => {
    const { trace, expectMatchesCentralDifferences } = check(makeParts(2, 3, 3, 3, 3, 300), 3, pseudoRows(2, 3, 320));
    expect(trace.dk).toBe(1);
    expectMatchesCentralDifferences();
  });
  it("multiHeadCrossAttentionBackward(...) gives dbk of zero: a key bias shifts each score row by a constant, which softmax ignores", () => {
    const { grads } = check(makeParts(3, 4, 4, 3, 5, 400), 2, pseudoRows(3, 4, 420));
    expectClose([Array.from(grads.dbk)], [[0, 0, 0, 0]], 1e-14);
  });
  it("multiHeadCrossAttentionBackward(..., {keyLength}) gives padding keys exactly zero dKey and dValue rows, and matches central differences", () => {
    const options = { keyLength: 2, allowed: maskFromRows([[true, true, true, true], [false, true, true, true], [true, false, true, false]]) };
    const { grads, expectMatchesCentralDifferences } = check(makeParts(3, 4, 4, 3, 5, 500), 2, pseudoRows(3, 4, 520), options);
    // Keys 2 and 3 are padding: weight 0 in every head, so their rows of dK, dV and of the inputs' gradients are 0.
    for (const head of grads.perHead) expectAllZero([...toRows(head.dK).slice(2), ...toRows(head.dV).slice(2)]);
    expectAllZero([...toRows(grads.dKey).slice(2), ...toRows(grads.dValue).slice(2)]);
    expect(toRows(grads.dKey)[0].some((x) => x !== 0)).toBe(true);
    expectMatchesCentralDifferences();
  });
  it("multiHeadCrossAttentionBackward(..., {keyLength: 0, fullyMasked: \"zeros\"}) passes zero gradient to everything but wo's bias", () => {
    const p = makeParts(2, 3, 4, 4, 4, 600);
    const dOutput = [[1, -2, 0.5, 3], [4, 0.25, -1, 2]];
    const { grads } = check(p, 2, dOutput, { keyLength: 0, fullyMasked: "zeros" });
    for (const m of [grads.dQuery, grads.dKey, grads.dValue, grads.dWq, grads.dWk, grads.dWv, grads.dWo]) expectAllZero(toRows(m));
    expectAllZero([Array.from(grads.dbq), Array.from(grads.dbk), Array.from(grads.dbv)]);
    // output = bo for every query, so dbo sums dOutput over the queries: [1 + 4, -2 + 0.25, 0.5 - 1, 3 + 2]
    expect(Array.from(grads.dbo)).toEqual([5, -1.75, -0.5, 5]);
  });
  it("multiHeadCrossAttentionBackward(...) with one head and identity wo equals single-head attention backward after the projections", () => {
    const p = makeParts(3, 4, 3, 2, 4, 700);
    const identity = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    const dO = pseudoRows(3, 3, 720);
    const params = { ...paramsOf(p, 1), wo: fromRows(identity), bo: undefined };
    const trace = multiHeadCrossAttention(fromRows(p.query), fromRows(p.key), fromRows(p.value), params);
    const grads = multiHeadCrossAttentionBackward(fromRows(p.query), fromRows(p.key), fromRows(p.value), params, trace, fromRows(dO));
    // concat = output - bo with wo = I, so dConcat = dOutput; the one head is attention on the projected Q, K, V.
    expectClose(grads.dConcat, dO, 0);
    const single = scaledDotProductAttentionBackward(trace.q, trace.k, trace.v, scaledDotProductAttention(trace.q, trace.k, trace.v), fromRows(dO));
    const [dQ, dK, dV] = [toRows(single.dQ), toRows(single.dK), toRows(single.dV)];
    expectClose(grads.perHead[0].dQ, dQ, 0);
    expectClose(grads.dQuery, timesTransposed(dQ, p.wq), 1e-14);
    expectClose(grads.dKey, timesTransposed(dK, p.wk), 1e-14);
    expectClose(grads.dValue, timesTransposed(dV, p.wv), 1e-14);
    expectClose(grads.dWq, transposedTimes(p.query, dQ), 1e-14);
    expectClose(grads.dWk, transposedTimes(p.key, dK), 1e-14);
    expectClose(grads.dWv, transposedTimes(p.value, dV), 1e-14);
  });
  it("multiHeadCrossAttentionBackward(...) without biases still returns the bias gradients, matching central differences at zero", () => {
    const p = makeParts(2, 3, 4, 4, 4, 800);
    const zero = [[0, 0, 0, 0]];
    const dO = pseudoRows(2, 4, 820);
    const params: MultiHeadParams = { heads: 2, wq: fromRows(p.wq), wk: fromRows(p.wk), wv: fromRows(p.wv), wo: fromRows(p.wo) };
    const [query, key, value] = [fromRows(p.query), fromRows(p.key), fromRows(p.value)];
    const grads = multiHeadCrossAttentionBackward(query, key, value, params, multiHeadCrossAttention(query, key, value, params), fromRows(dO));
    const withZeroBiases = { ...p, bq: zero, bk: zero, bv: zero, bo: zero };
    const loss = (name: Name, x: number[][]) =>
      weightedSum(
        multiHeadCrossAttention(query, key, value, paramsOf({ ...withZeroBiases, [name]: x }, 2)).output,
        dO,
      );
    expectClose([Array.from(grads.dbq)], numericGradient((x) => loss("bq", x), zero), 1e-8);
    expectClose([Array.from(grads.dbv)], numericGradient((x) => loss("bv", x), zero), 1e-8);
    expectClose([Array.from(grads.dbo)], numericGradient((x) => loss("bo", x), zero), 1e-8);
  });
  it("multiHeadCrossAttentionBackward(...) does not change its inputs, weights or trace", () => {
    const p = makeParts(2, 3, 4, 4, 4, 900);
    const params = paramsOf(p, 2);
    const [query, key, value] = [fromRows(p.query), fromRows(p.key), fromRows(p.value)];
    const trace = multiHeadCrossAttention(query, key, value, params);
    const concat = toRows(trace.concat);
    multiHeadCrossAttentionBackward(query, key, value, params, trace, fromRows(pseudoRows(2, 4, 920)));
    expect([toRows(query), toRows(key), toRows(value)]).toEqual([p.query, p.key, p.value]);
    expect([toRows(params.wq), toRows(params.wk), toRows(params.wv), toRows(params.wo)]).toEqual([p.wq, p.wk, p.wv, p.wo]);
    expect(params.bq).toEqual(p.bq[0]);
    expect(toRows(trace.concat)).toEqual(concat);
  });
  it("multiHeadCrossAttentionBackward(...) refuses dModel not divisible by heads with the forward's message under its own name", () => {
    const p = makeParts(2, 3, 6, 6, 6, 1000);
    const [query, key, value] = [fromRows(p.query), fromRows(p.key), fromRows(p.value)];
    const trace = multiHeadCrossAttention(query, key, value, paramsOf(p, 2));
    const bad = paramsOf(p, 4);
    let forward = "";
    try {
      multiHeadCrossAttention(query, key, value, bad);
    } catch (e) {
      forward = (e as Error).message;
    }
    expect(forward).toBe("multiHeadCrossAttention: dModel 6 is not divisible by heads 4; choose heads that divide dModel (1, 2, 3 or 6)");
    expect(() => multiHeadCrossAttentionBackward(query, key, value, bad, trace, matrix(2, 6))).toThrow(
      forward.replace(/^multiHeadCrossAttention:/, "multiHeadCrossAttentionBackward:"),
    );
  });
  it("multiHeadCrossAttentionBackward(...) refuses dOutput that is not (Lq, dModel), naming dOutput and both shapes", () => {
    const p = makeParts(2, 3, 4, 3, 5, 1100);
    const [query, key, value, params] = [fromRows(p.query), fromRows(p.key), fromRows(p.value), paramsOf(p, 2)];
    const trace = multiHeadCrossAttention(query, key, value, params);
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, trace, matrix(3, 4))).toThrow(
      /^multiHeadCrossAttentionBackward: dOutput is 3x4 but the output it belongs to is 2x4; the gradient of an output has the output's shape$/,
    );
  });
  it("multiHeadCrossAttentionBackward(...) refuses NaN and Infinity in dOutput, naming the cell", () => {
    const p = makeParts(2, 3, 4, 3, 5, 1200);
    const [query, key, value, params] = [fromRows(p.query), fromRows(p.key), fromRows(p.value), paramsOf(p, 2)];
    const trace = multiHeadCrossAttention(query, key, value, params);
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, trace, matrix(2, 4, [0, 0, 0, 0, 0, NaN, 0, 0]))).toThrow(
      /^multiHeadCrossAttentionBackward: dOutput has NaN at row 1, column 1 \(counting from 0\); every entry must be a finite number$/,
    );
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, trace, matrix(2, 4, [Infinity, 0, 0, 0, 0, 0, 0, 0]))).toThrow(
      /^multiHeadCrossAttentionBackward: dOutput has \+Infinity at row 0, column 0/,
    );
  });
  it("multiHeadCrossAttentionBackward(...) refuses a trace from another call, giving both calls' sizes", () => {
    const p = makeParts(3, 4, 4, 3, 5, 1300);
    const params = paramsOf(p, 2);
    const [query, key, value] = [fromRows(p.query), fromRows(p.key), fromRows(p.value)];
    const shorter = multiHeadCrossAttention(fromRows(p.query.slice(0, 2)), key, value, params);
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, shorter, matrix(3, 4))).toThrow(
      /^multiHeadCrossAttentionBackward: the trace is of 2 heads over 2 queries and 4 keys \(dModel 4\) but the inputs give 2 heads, 3 queries and 4 keys \(dModel 4\); pass the trace of this forward call$/,
    );
    const oneHead = multiHeadCrossAttention(query, key, value, { ...params, heads: 1 });
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, oneHead, matrix(3, 4))).toThrow(
      /^multiHeadCrossAttentionBackward: the trace is of 1 heads over 3 queries and 4 keys \(dModel 4\) but the inputs give 2 heads/,
    );
    const fewerKeys = multiHeadCrossAttention(query, fromRows(p.key.slice(0, 3)), fromRows(p.value.slice(0, 3)), params);
    expect(() => multiHeadCrossAttentionBackward(query, key, value, params, fewerKeys, matrix(3, 4))).toThrow(/over 3 queries and 3 keys/);
  });
  it("multiHeadCrossAttentionBackward(...) refuses bad inputs and weights the way the forward does, under its own name", () => {
    const p = makeParts(2, 3, 4, 3, 5, 1400);
    const [query, key, value, params] = [fromRows(p.query), fromRows(p.key), fromRows(p.value), paramsOf(p, 2)];
    const trace = multiHeadCrossAttention(query, key, value, params);
    expect(() => multiHeadCrossAttentionBackward(query, key, value, { ...params, wk: matrix(4, 4) }, trace, matrix(2, 4))).toThrow(
      /^multiHeadCrossAttentionBackward: wk is 4x4 but it must be 3x4 \(kdim x dModel, kdim being the key width\)$/,
    );
    expect(() => multiHeadCrossAttentionBackward(query, key, matrix(2, 5), params, trace, matrix(2, 4))).toThrow(
      /^multiHeadCrossAttentionBackward: key is 3x3 but value is 2x5; key and value need the same number of rows/,
    );
  });
});
