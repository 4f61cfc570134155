import { describe, expect, it } from "vitest";
import { allowAll, fromRows, projectKeysValues, toRows } from "../../../src/core";
import {
  decoderLayer,
  decoderLayerBackward,
  keyMask,
  multiHeadParamsAt,
  zerosLike,
  type DecoderMasks,
  type ModelConfig,
  type ModelParams,
} from "../../../src/model";
import { numericGradient, weightedSum } from "../core/finiteDifferences";
import { expectClose, pseudoRows } from "../core/helpers";
import { BOS, numericParamGradient, PAD, tinyConfig, tinyParams } from "./tinyModel";

const SRC = [3, 5, 4, PAD]; // the last source position is padding
const TGT_IN = [BOS, 4, 3];
const Y = pseudoRows(3, 4, 201); // (Lt, dModel)
const MEMORY = pseudoRows(4, 4, 202); // (Ls, dModel)
const D_OUT = pseudoRows(3, 4, 203);
const MASKS: DecoderMasks = { self: keyMask(3, TGT_IN, PAD, true), cross: keyMask(3, SRC, PAD) };

/** Layer 1's output, (Lt, dModel). */
const run = (y: number[][], memory: number[][], params: ModelParams, config: ModelConfig, masks = MASKS) =>
  toRows(decoderLayer(fromRows(y), fromRows(memory), params, config, 1, masks).feedForward.output);

/** `rows` with row i moved by a non-constant amount (a constant shift would vanish in a LayerNorm). */
const moveRow = (rows: number[][], i: number) => rows.map((row, r) => (r === i ? row.map((v, j) => v + 1 + j * j) : row));

describe("decoderLayer", () => {
  for (const normFirst of [false, true]) {
    it(`decoderLayer(y, memory, ...) with normFirst ${normFirst}: changing the padded source position's memory changes no output`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const moved = moveRow(MEMORY, 3);
      expect(run(Y, moved, params, config)).toEqual(run(Y, MEMORY, params, config));
      // Without padding in the cross mask the same change reaches every target position.
      const open = { ...MASKS, cross: allowAll(3, 4) };
      const a = run(Y, MEMORY, params, config, open);
      const b = run(Y, moved, params, config, open);
      for (let i = 0; i < 3; ++i) expect(b[i], `row ${i} without the padding mask`).not.toEqual(a[i]);
    });
    it(`decoderLayer(y, memory, ...) with normFirst ${normFirst} is causal: changing target position j changes no output before j`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const base = run(Y, MEMORY, params, config);
      for (const j of [1, 2]) {
        const after = run(moveRow(Y, j), MEMORY, params, config);
        expect(after.slice(0, j), `rows before ${j}`).toEqual(base.slice(0, j));
        expect(after[j], `row ${j}`).not.toEqual(base[j]);
      }
      // A later position does read the earlier ones.
      expect(run(moveRow(Y, 0), MEMORY, params, config)[2]).not.toEqual(base[2]);
    });
  }
  it("decoderLayer(y, memory, ...) keeps every target row and gives cross-attention weights that sum to 1 with none on padding", () => {
    const config = tinyConfig();
    const trace = decoderLayer(fromRows(Y), fromRows(MEMORY), tinyParams(config), config, 1, MASKS);
    expect([trace.feedForward.output.rows, trace.feedForward.output.cols]).toEqual([3, 4]);
    expect(trace.crossAttention.inner.perHead.length).toBe(2);
    for (const head of trace.crossAttention.inner.perHead) {
      const w = toRows(head.attention.weights); // (Lt, Ls)
      expect(w.length).toBe(3);
      for (const row of w) {
        expect(row[3]).toBe(0);
        expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-14);
      }
    }
  });
  it("decoderLayer(y, memory, ..., crossKeysValues) with K and V projected beforehand gives the same output bit for bit", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const kv = projectKeysValues(fromRows(MEMORY), fromRows(MEMORY), multiHeadParamsAt(params, "decoder.1.crossAttention", config.heads));
    const cached = decoderLayer(fromRows(Y), fromRows(MEMORY), params, config, 1, MASKS, kv);
    expect(toRows(cached.feedForward.output)).toEqual(run(Y, MEMORY, params, config));
  });
});

describe("decoderLayerBackward", () => {
  for (const normFirst of [false, true]) {
    it(`decoderLayerBackward(trace, ...) with normFirst ${normFirst} agrees with central differences of sum(output * dOut) for y, memory and the layer's parameters`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const trace = decoderLayer(fromRows(Y), fromRows(MEMORY), params, config, 1, MASKS);
      expect(trace.feedForward.inner.hidden.data.every((h) => Math.abs(h) > 1e-4), "no unit at the ReLU kink").toBe(true);
      const grads = zerosLike(config);
      const { dX, dMemory } = decoderLayerBackward(trace, fromRows(MEMORY), params, config, 1, fromRows(D_OUT), grads);
      expectClose(dX, numericGradient((y) => weightedSum(run(y, MEMORY, params, config), D_OUT), Y), 1e-8);
      expectClose(dMemory, numericGradient((m) => weightedSum(run(Y, m, params, config), D_OUT), MEMORY), 1e-8);
      expect(toRows(dMemory)[3].every((g) => g === 0), "the padded memory row gets no gradient").toBe(true);
      const loss = (p: ModelParams) => weightedSum(run(Y, MEMORY, p, config), D_OUT);
      for (const name of [
        "decoder.1.selfAttention.wq", "decoder.1.selfAttention.bk", "decoder.1.selfAttention.wv",
        "decoder.1.crossAttention.wq", "decoder.1.crossAttention.wk", "decoder.1.crossAttention.bv", "decoder.1.crossAttention.wo",
        "decoder.1.norm1.beta", "decoder.1.norm2.gamma", "decoder.1.norm3.gamma", "decoder.1.feedForward.w2", "decoder.1.feedForward.b1",
      ]) {
        expectClose(grads.get(name)!, numericParamGradient(loss, params, name), 1e-8);
      }
      expect(grads.get("decoder.0.crossAttention.wk")!.data.every((g) => g === 0), "layer 0 untouched").toBe(true);
    });
  }
});
