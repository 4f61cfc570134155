import { describe, expect, it } from "vitest";
import { fromRows, matrix, toRows, type Matrix } from "../../../src/core";
import { feedForward, feedForwardBackward } from "../../../src/model";
import { numericGradient, weightedSum } from "../core/finiteDifferences";
import { expectClose, pseudoRows } from "../core/helpers";

/** A feed-forward network under "ff" from nested arrays; each bias is one row. */
function ffParams(w1: number[][], b1: number[], w2: number[][], b2: number[]): Map<string, Matrix> {
  return new Map([
    ["ff.w1", fromRows(w1)],
    ["ff.b1", fromRows([b1])],
    ["ff.w2", fromRows(w2)],
    ["ff.b2", fromRows([b2])],
  ]);
}

/** Zero gradients for the four parameters under "ff". */
function ffZeros(dModel: number, dFF: number): Map<string, Matrix> {
  return new Map([["ff.w1", matrix(dModel, dFF)], ["ff.b1", matrix(1, dFF)], ["ff.w2", matrix(dFF, dModel)], ["ff.b2", matrix(1, dModel)]]);
}

const HAND = ffParams([[1, 2], [3, -4]], [0.5, 0], [[1, 0], [0.5, 2]], [1, 1]);

describe("feedForward", () => {
  it("feedForward(x, params, prefix) computes relu(x W1 + b1) W2 + b2, worked by hand", () => {
    // Row [1, -1]: hidden [1 - 3 + 0.5, 2 + 4] = [-1.5, 6], relu [0, 6], output [0 + 3 + 1, 0 + 12 + 1].
    // Row [2, 0]: hidden [2.5, 4], output [2.5 + 2 + 1, 0 + 8 + 1].
    const t = feedForward(fromRows([[1, -1], [2, 0]]), HAND, "ff");
    expect(toRows(t.hidden)).toEqual([[-1.5, 6], [2.5, 4]]);
    expect(toRows(t.activated)).toEqual([[0, 6], [2.5, 4]]);
    expect(toRows(t.output)).toEqual([[4, 13], [5.5, 9]]);
  });
  it("feedForward(x, params, prefix) acts on each position alone: a row's output ignores the other rows", () => {
    const one = feedForward(fromRows([[1, -1]]), HAND, "ff");
    const two = feedForward(fromRows([[1, -1], [100, -7]]), HAND, "ff");
    expect(toRows(two.output)[0]).toEqual(toRows(one.output)[0]);
  });
});

describe("feedForwardBackward", () => {
  it("feedForwardBackward(trace, params, prefix, dY, grads) agrees with finite differences for x, W1, b1, W2, b2 (L = 3, dModel 4, dFF 5)", () => {
    const r = (rows: number, cols: number, seed: number) => pseudoRows(rows, cols, seed).map((row) => row.map((v) => v / 2));
    const parts = { x: r(3, 4, 1), w1: r(4, 5, 2), b1: r(1, 5, 3), w2: r(5, 4, 4), b2: r(1, 4, 5) };
    const dOut = pseudoRows(3, 4, 6);
    type Parts = typeof parts;
    const loss = (p: Parts) => weightedSum(feedForward(fromRows(p.x), ffParams(p.w1, p.b1[0], p.w2, p.b2[0]), "ff").output, dOut);
    const params = ffParams(parts.w1, parts.b1[0], parts.w2, parts.b2[0]);
    const trace = feedForward(fromRows(parts.x), params, "ff");
    // Finite differences need no unit sitting at the ReLU kink.
    expect(trace.hidden.data.every((h) => Math.abs(h) > 1e-3)).toBe(true);
    const grads = ffZeros(4, 5);
    const dX = feedForwardBackward(trace, params, "ff", fromRows(dOut), grads);
    const numeric = (name: keyof Parts) => numericGradient((m) => loss({ ...parts, [name]: m }), parts[name]);
    expectClose(dX, numeric("x"), 1e-8);
    expectClose(grads.get("ff.w1")!, numeric("w1"), 1e-8);
    expectClose(grads.get("ff.b1")!, numeric("b1"), 1e-8);
    expectClose(grads.get("ff.w2")!, numeric("w2"), 1e-8);
    expectClose(grads.get("ff.b2")!, numeric("b2"), 1e-8);
  });
  it("feedForwardBackward(trace, params, prefix, dY, grads) passes nothing through a unit ReLU turned off", () => {
    // Row [1, -1] has hidden unit 0 at -1.5 (off): its column of dW1 and its db1 stay 0.
    const trace = feedForward(fromRows([[1, -1]]), HAND, "ff");
    const grads = ffZeros(2, 2);
    const dX = feedForwardBackward(trace, HAND, "ff", fromRows([[1, 1]]), grads);
    // dActivated = dY W2^T = [1, 2.5]; unit 0 off -> dHidden = [0, 2.5]; dX = dHidden W1^T = [5, -10].
    expect(toRows(dX)).toEqual([[5, -10]]);
    expect(toRows(grads.get("ff.w1")!)).toEqual([[0, 2.5], [0, -2.5]]);
    expect(Array.from(grads.get("ff.b1")!.data)).toEqual([0, 2.5]);
    expect(toRows(grads.get("ff.w2")!)).toEqual([[0, 0], [6, 6]]); // activated^T dY
    expect(Array.from(grads.get("ff.b2")!.data)).toEqual([1, 1]);
  });
  it("feedForwardBackward(trace, params, prefix, dY, grads) adds to gradients already there", () => {
    const trace = feedForward(fromRows([[1, -1]]), HAND, "ff");
    const grads = ffZeros(2, 2);
    grads.get("ff.b2")!.data.fill(10);
    feedForwardBackward(trace, HAND, "ff", fromRows([[1, -2]]), grads);
    expect(Array.from(grads.get("ff.b2")!.data)).toEqual([11, 8]);
  });
});
