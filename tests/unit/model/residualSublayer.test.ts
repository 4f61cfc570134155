import { describe, expect, it } from "vitest";
import { fromRows, matrix, scale, toRows, type Matrix } from "../../../src/core";
import { feedForward, feedForwardBackward, residualSublayer, residualSublayerBackward, type FeedForwardTrace } from "../../../src/model";
import { numericGradient, weightedSum } from "../core/finiteDifferences";
import { expectClose, pseudoRows } from "../core/helpers";

const EPS = 1e-5;

/** A norm under "s.norm" with the given gain and shift. */
function normParams(gamma: number[], beta: number[]): Map<string, Matrix> {
  return new Map([["s.norm.gamma", fromRows([gamma])], ["s.norm.beta", fromRows([beta])]]);
}

/** f(h) = 2h, with the input it saw as its trace. */
const double = (h: Matrix) => ({ output: scale(h, 2), trace: toRows(h) });

describe("residualSublayer", () => {
  it("residualSublayer(x, ..., normFirst false, f) is post-norm LN(x + f(x)), worked by hand", () => {
    // x = [1, 3], f(x) = [2, 6]: x + f(x) = [3, 9], mean 6, biased variance 9: LN = [-3, 3] / sqrt(9 + eps) * gamma + beta.
    const t = residualSublayer(fromRows([[1, 3]]), normParams([2, 1], [0.5, -1]), "s.norm", EPS, false, double);
    const s = Math.sqrt(9 + EPS);
    expectClose(t.output, [[(-3 / s) * 2 + 0.5, 3 / s - 1]], 1e-15);
    expect(t.inner, "f saw x itself").toEqual([[1, 3]]);
    expect(t.normFirst).toBe(false);
  });
  it("residualSublayer(x, ..., normFirst true, f) is pre-norm x + f(LN(x)), worked by hand", () => {
    // x = [1, 3]: mean 2, variance 1, LN = [-1, 1] / sqrt(1 + eps) * gamma + beta; output x + 2 LN(x).
    const t = residualSublayer(fromRows([[1, 3]]), normParams([2, 1], [0.5, -1]), "s.norm", EPS, true, double);
    const s = Math.sqrt(1 + EPS);
    const ln = [(-1 / s) * 2 + 0.5, 1 / s - 1];
    expectClose(t.inner, [ln], 1e-15); // f saw LN(x), not x
    expectClose(t.output, [[1 + 2 * ln[0], 3 + 2 * ln[1]]], 1e-15);
    expect(t.normFirst).toBe(true);
  });
  it("residualSublayer(x, ..., normFirst true, f) keeps the residual path outside the norm: f = 0 gives x back", () => {
    const zero = (h: Matrix) => ({ output: matrix(h.rows, h.cols), trace: null });
    const x = fromRows([[1, 30, -2], [4, 4, 5]]);
    expect(toRows(residualSublayer(x, normParams([3, 3, 3], [1, 1, 1]), "s.norm", EPS, true, zero).output)).toEqual(toRows(x));
    // Post-norm with f = 0 is LN(x): each row has mean beta = 0 and variance about gamma^2 = 1.
    const post = toRows(residualSublayer(x, normParams([1, 1, 1], [0, 0, 0]), "s.norm", EPS, false, zero).output);
    for (const row of post) expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
  });
});

describe("residualSublayerBackward", () => {
  for (const normFirst of [false, true]) {
    it(`residualSublayerBackward(trace, ...) with normFirst ${normFirst} and f a feed-forward network agrees with finite differences for x, gamma, beta and W1`, () => {
      const r = (rows: number, cols: number, seed: number, k = 0.5) => pseudoRows(rows, cols, seed).map((row) => row.map((v) => v * k));
      const parts = {
        x: r(3, 4, 11), gamma: r(1, 4, 12, 0.25).map((row) => row.map((g) => 1 + g)), beta: r(1, 4, 13),
        w1: r(4, 5, 14), b1: r(1, 5, 15), w2: r(5, 4, 16), b2: r(1, 4, 17),
      };
      type Parts = typeof parts;
      const paramsOf = (p: Parts) =>
        new Map(
          (["gamma", "beta"] as const).map((n) => [`s.norm.${n}`, fromRows(p[n])] as [string, Matrix])
            .concat((["w1", "b1", "w2", "b2"] as const).map((n) => [`s.ff.${n}`, fromRows(p[n])])),
        );
      const f = (params: Map<string, Matrix>) => (h: Matrix) => {
        const trace = feedForward(h, params, "s.ff");
        return { output: trace.output, trace };
      };
      const dOut = pseudoRows(3, 4, 18);
      const loss = (p: Parts) => weightedSum(residualSublayer(fromRows(p.x), paramsOf(p), "s.norm", EPS, normFirst, f(paramsOf(p))).output, dOut);
      const params = paramsOf(parts);
      const trace = residualSublayer(fromRows(parts.x), params, "s.norm", EPS, normFirst, f(params));
      expect(trace.inner.hidden.data.every((h) => Math.abs(h) > 1e-3), "no unit at the ReLU kink").toBe(true);
      const grads = new Map([...params].map(([n, p]) => [n, matrix(p.rows, p.cols)]));
      const dX = residualSublayerBackward(trace, params, "s.norm", fromRows(dOut), grads, (inner: FeedForwardTrace, d) =>
        feedForwardBackward(inner, params, "s.ff", d, grads),
      );
      const numeric = (name: keyof Parts) => numericGradient((m) => loss({ ...parts, [name]: m }), parts[name]);
      expectClose(dX, numeric("x"), 1e-8);
      expectClose(grads.get("s.norm.gamma")!, numeric("gamma"), 1e-8);
      expectClose(grads.get("s.norm.beta")!, numeric("beta"), 1e-8);
      expectClose(grads.get("s.ff.w1")!, numeric("w1"), 1e-8);
    });
  }
  it("residualSublayerBackward(trace, ...) with normFirst true passes dY straight through the residual: f = 0 gives dX = dY", () => {
    const zero = (h: Matrix) => ({ output: matrix(h.rows, h.cols), trace: null });
    const params = normParams([2, 1, 3], [0, 0, 0]);
    const trace = residualSublayer(fromRows([[1, 2, 4]]), params, "s.norm", EPS, true, zero);
    const grads = new Map([["s.norm.gamma", matrix(1, 3)], ["s.norm.beta", matrix(1, 3)]]);
    // f' of a constant f is 0, so the norm sees no gradient and dX is exactly dY.
    const dX = residualSublayerBackward(trace, params, "s.norm", fromRows([[1, -2, 5]]), grads, (_inner, d) => matrix(d.rows, d.cols));
    expect(toRows(dX)).toEqual([[1, -2, 5]]);
    expect(Array.from(grads.get("s.norm.beta")!.data)).toEqual([0, 0, 0]);
  });
  it("residualSublayerBackward(trace, ...) with normFirst false hands f the gradient after the norm, dBeta = the column sums of dY", () => {
    const params = normParams([1, 1], [0, 0]);
    const trace = residualSublayer(fromRows([[1, 3], [0, 5]]), params, "s.norm", EPS, false, double);
    const grads = new Map([["s.norm.gamma", matrix(1, 2)], ["s.norm.beta", matrix(1, 2)]]);
    let seen: Matrix | undefined;
    const dX = residualSublayerBackward(trace, params, "s.norm", fromRows([[1, 2], [3, -1]]), grads, (_inner, d) => {
      seen = d;
      return scale(d, 2); // f(h) = 2h
    });
    expect(Array.from(grads.get("s.norm.beta")!.data)).toEqual([4, 1]);
    // dX = dS + f'(dS) = 3 dS, with dS what f was handed.
    expectClose(dX, toRows(scale(seen!, 3)), 1e-15);
    expect(Math.abs(toRows(seen!)[0][0])).toBeGreaterThan(0); // the norm's gradient, not zero, and...
    expect(toRows(seen!)).not.toEqual([[1, 2], [3, -1]]); // ...not dY itself
  });
});
