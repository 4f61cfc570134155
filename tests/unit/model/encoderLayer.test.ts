import { describe, expect, it } from "vitest";
import { allowAll, fromRows, toRows, type Mask } from "../../../src/core";
import { encoderLayer, encoderLayerBackward, keyMask, zerosLike, type ModelConfig, type ModelParams } from "../../../src/model";
import { numericGradient, weightedSum } from "../core/finiteDifferences";
import { expectClose, pseudoRows } from "../core/helpers";
import { numericParamGradient, PAD, tinyConfig, tinyParams } from "./tinyModel";

const SRC = [3, 5, 4, PAD]; // the last source position is padding
const X = pseudoRows(4, 4, 101); // (Ls, dModel)
const D_OUT = pseudoRows(4, 4, 102);

/** Layer 1's output, (Ls, dModel). */
const run = (x: number[][], params: ModelParams, config: ModelConfig, mask: Mask) => encoderLayer(fromRows(x), params, config, 1, mask).feedForward.output;

describe("encoderLayer", () => {
  it("encoderLayer(x, params, config, layer, mask) keeps the shape (Ls, dModel)", () => {
    const config = tinyConfig();
    const out = run(X, tinyParams(config), config, keyMask(4, SRC, PAD));
    expect([out.rows, out.cols]).toEqual([4, 4]);
  });
  for (const normFirst of [false, true]) {
    it(`encoderLayer(x, ...) with normFirst ${normFirst}: changing a padded position's input changes no other position's output`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      // Not a constant shift: LayerNorm would remove that before attention saw it.
      const moved = X.map((row, i) => (i === 3 ? row.map((v, j) => v + 1 + j * j) : row));
      const before = toRows(run(X, params, config, keyMask(4, SRC, PAD)));
      const after = toRows(run(moved, params, config, keyMask(4, SRC, PAD)));
      expect(after.slice(0, 3)).toEqual(before.slice(0, 3)); // blocked as a key: exactly no effect
      expect(after[3]).not.toEqual(before[3]); // the padded query itself still moves
      // Without the mask the same change reaches every position.
      const open = toRows(run(X, params, config, allowAll(4, 4)));
      const openMoved = toRows(run(moved, params, config, allowAll(4, 4)));
      for (let i = 0; i < 3; ++i) expect(openMoved[i], `row ${i} without the mask`).not.toEqual(open[i]);
    });
  }
  it("encoderLayer(x, ...) with normFirst false and true differ (post-norm ends on a LayerNorm, pre-norm on a residual)", () => {
    const post = tinyConfig({ normFirst: false });
    const pre = tinyConfig({ normFirst: true });
    const params = tinyParams(post);
    const a = toRows(run(X, params, post, keyMask(4, SRC, PAD)));
    const b = toRows(run(X, params, pre, keyMask(4, SRC, PAD)));
    expect(b).not.toEqual(a);
    // Post-norm rows are LayerNorm outputs: (row - beta) / gamma has mean 0.
    const gamma = params.get("encoder.1.norm2.gamma")!.data;
    const beta = params.get("encoder.1.norm2.beta")!.data;
    for (const row of a) expect(Math.abs(row.reduce((s, v, j) => s + (v - beta[j]) / gamma[j], 0))).toBeLessThan(1e-12);
  });
});

describe("encoderLayerBackward", () => {
  for (const normFirst of [false, true]) {
    it(`encoderLayerBackward(trace, ...) with normFirst ${normFirst} agrees with central differences of sum(output * dOut) for x and the layer's parameters`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const mask = keyMask(4, SRC, PAD);
      const trace = encoderLayer(fromRows(X), params, config, 1, mask);
      expect(trace.feedForward.inner.hidden.data.every((h) => Math.abs(h) > 1e-4), "no unit at the ReLU kink").toBe(true);
      const grads = zerosLike(config);
      const dX = encoderLayerBackward(trace, params, config, 1, fromRows(D_OUT), grads);
      expectClose(dX, numericGradient((x) => weightedSum(run(x, params, config, mask), D_OUT), X), 1e-8);
      const loss = (p: ModelParams) => weightedSum(run(X, p, config, mask), D_OUT);
      for (const name of [
        "encoder.1.selfAttention.wq", "encoder.1.selfAttention.wk", "encoder.1.selfAttention.bv", "encoder.1.selfAttention.wo",
        "encoder.1.norm1.gamma", "encoder.1.norm2.beta", "encoder.1.feedForward.w1", "encoder.1.feedForward.b2",
      ]) {
        expectClose(grads.get(name)!, numericParamGradient(loss, params, name), 1e-8);
      }
      // Layer 1's backward writes under layer 1 only.
      expect(grads.get("encoder.0.selfAttention.wq")!.data.every((g) => g === 0)).toBe(true);
    });
  }
  it("encoderLayerBackward(trace, ...) gives a padded position's input no gradient through the other positions", () => {
    // Pre-norm with dOut zero on the padded row: the padded input then reaches the loss only as a
    // blocked key, so its gradient is exactly 0.
    const config = tinyConfig({ normFirst: true });
    const params = tinyParams(config);
    const dOut = D_OUT.map((row, i) => (i === 3 ? row.map(() => 0) : row));
    const trace = encoderLayer(fromRows(X), params, config, 1, keyMask(4, SRC, PAD));
    const dX = encoderLayerBackward(trace, params, config, 1, fromRows(dOut), zerosLike(config));
    expect(toRows(dX)[3].every((g) => g === 0), `got ${toRows(dX)[3]}`).toBe(true);
    expect(toRows(dX)[0].some((g) => g !== 0)).toBe(true);
  });
});
