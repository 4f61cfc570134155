import { describe, expect, it } from "vitest";
import { toRows } from "../../../src/core";
import {
  greedyDecode,
  initParams,
  optimizerState,
  seq2seqBackward,
  seq2seqForward,
  trainingStep,
  type ModelConfig,
  type Seq2SeqBatch,
} from "../../../src/model";
import { expectClose } from "../core/helpers";
import { BOS, EOS, PAD, snapshot, tinyBatch, tinyConfig, tinyParams } from "./tinyModel";

/** Copy three tokens (3, 4, 5) through; the last pair is shorter and padded. */
const COPY: Seq2SeqBatch = {
  srcIds: [[3, 4, 5], [5, 3, 4], [4, 4, 3], [5, 5, PAD]],
  tgtIn: [[BOS, 3, 4, 5], [BOS, 5, 3, 4], [BOS, 4, 4, 3], [BOS, 5, 5, PAD]],
  tgtOut: [[3, 4, 5, EOS], [5, 3, 4, EOS], [4, 4, 3, EOS], [5, 5, EOS, PAD]],
};

/** `steps` Adam steps from initParams(config, seed) on COPY: the losses and the final parameters. */
function train(config: ModelConfig, seed: number, steps: number) {
  let params = initParams(config, seed);
  let state = optimizerState(params);
  const losses: number[] = [];
  for (let s = 0; s < steps; ++s) {
    const r = trainingStep(params, state, config, COPY, { lr: 0.02 });
    ({ params, state } = r);
    losses.push(r.loss);
  }
  return { losses, params };
}

const COPY_CONFIG = tinyConfig({ dModel: 8, heads: 2, dFF: 16, encoderLayers: 1, decoderLayers: 1 });

describe("optimizerState", () => {
  it("optimizerState(params) starts every parameter at step 0 with zero moments of its size", () => {
    const params = tinyParams(tinyConfig());
    const state = optimizerState(params);
    expect([...state.keys()]).toEqual([...params.keys()]);
    for (const [name, p] of params) {
      const s = state.get(name)!;
      expect(s.step, name).toBe(0);
      expect([s.m.length, s.v.length], name).toEqual([p.data.length, p.data.length]);
      expect(s.m.every((x) => x === 0) && s.v.every((x) => x === 0), name).toBe(true);
    }
  });
});

describe("trainingStep", () => {
  it("trainingStep(params, state, config, batch, adam) is pure: the parameters, the state and the batch are left as they were", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const state = optimizerState(params);
    const batch = tinyBatch();
    const before = snapshot(params);
    const batchBefore = JSON.stringify(batch);
    const r = trainingStep(params, state, config, batch, { lr: 0.01 });
    expect(snapshot(params)).toEqual(before);
    for (const s of state.values()) expect(s.step === 0 && s.m.every((x) => x === 0) && s.v.every((x) => x === 0)).toBe(true);
    expect(JSON.stringify(batch)).toBe(batchBefore);
    expect(snapshot(r.params)).not.toEqual(before);
  });
  it("trainingStep(...) returns the loss before the update and Adam's first step p - lr g / (|g| + eps)", () => {
    const config = tinyConfig({ normFirst: true });
    const params = tinyParams(config);
    const batch = tinyBatch();
    const trace = seq2seqForward(params, config, batch);
    const grads = seq2seqBackward(params, config, trace);
    const lr = 0.01;
    const eps = 1e-8;
    const r = trainingStep(params, optimizerState(params), config, batch, { lr, eps });
    expect(r.loss).toBe(trace.loss.loss);
    // Step 1: the bias-corrected moments are g and g^2, so the update is lr * g / (|g| + eps).
    for (const [name, p] of params) {
      const g = grads.get(name)!.data;
      const expected = toRows({ rows: p.rows, cols: p.cols, data: p.data.map((x, k) => x - (lr * g[k]) / (Math.abs(g[k]) + eps)) });
      expectClose(r.params.get(name)!, expected, 1e-15);
      expect(r.state.get(name)!.step, name).toBe(1);
    }
  });
  it("trainingStep(...) repeated 40 times on a copy task with a fixed seed lowers the loss below a tenth of its start", () => {
    const { losses } = train(COPY_CONFIG, 7, 40);
    expect(losses[39]).toBeLessThan(0.1 * losses[0]);
    // Downhill on the whole: every 5-step average below the one before.
    const means = [0, 5, 10, 15, 20, 25, 30, 35].map((s) => losses.slice(s, s + 5).reduce((a, b) => a + b, 0) / 5);
    means.slice(1).forEach((m, k) => expect(m, `steps ${5 * k + 5}..${5 * k + 9}`).toBeLessThan(means[k]));
  });
  it("trainingStep(...) with pre-norm also learns the copy task: the loss falls below a quarter of its start in 30 steps", () => {
    const { losses } = train({ ...COPY_CONFIG, normFirst: true }, 7, 30);
    expect(losses[29]).toBeLessThan(0.25 * losses[0]);
  });
  it("trainingStep(...) from the same seed gives identical parameters, bit for bit; another seed does not", () => {
    const a = train(COPY_CONFIG, 3, 5);
    const b = train(COPY_CONFIG, 3, 5);
    const c = train(COPY_CONFIG, 4, 5);
    expect(b.losses).toEqual(a.losses);
    for (const [name, p] of a.params) expect(Array.from(b.params.get(name)!.data), name).toEqual(Array.from(p.data));
    expect(Array.from(c.params.get("generator.w")!.data)).not.toEqual(Array.from(a.params.get("generator.w")!.data));
  });
  it("trainingStep(...) trained on the copy task makes greedyDecode copy each training source", () => {
    const { params } = train(COPY_CONFIG, 7, 30);
    for (const [b, src] of COPY.srcIds.entries()) {
      const want = COPY.tgtOut[b].filter((t) => t !== PAD);
      expect(greedyDecode(params, COPY_CONFIG, src, { bos: BOS, eos: EOS, maxLength: 6 }).tokens, `source ${src}`).toEqual(want);
    }
  });
  it("trainingStep(...) refuses an optimizer state that lacks a parameter, naming it", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const state = optimizerState(params);
    state.delete("decoder.0.crossAttention.bv");
    expect(() => trainingStep(params, state, config, tinyBatch(), { lr: 0.01 })).toThrow(
      /^trainingStep: the optimizer state has nothing for decoder\.0\.crossAttention\.bv; start from optimizerState\(params\)$/,
    );
  });
  it("trainingStep(...) refuses a learning rate that is not > 0", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    expect(() => trainingStep(params, optimizerState(params), config, tinyBatch(), { lr: 0 })).toThrow(/^adamStep: lr is 0; it must be a finite number greater than 0$/);
  });
});
