import { describe, expect, it, vi } from "vitest";
import { projectKeysValues } from "../../../src/core";
import { decodingCacheCost, encode, greedyDecode, multiHeadParamsAt, type ModelConfig, type ModelParams } from "../../../src/model";
import checkpointJson from "../../../src/train/checkpoint/default.json";
import { checkpointModel, type LabCheckpoint } from "../../../src/train/labCheckpoint";
import { labDataset } from "../../../src/train/labDataset";
import { BOS, EOS } from "../../../src/train/translationVocabulary";
import { tinyConfig, tinyParams } from "./tinyModel";

// A counting wrapper around the core's one product kernel: every matrix product of the core
// (matmul, matmulTransposed, the fused multi-head output) runs through matmulTransposedInto, and a
// call multiplies (n, m) by (m, p): n p m multiply-adds. So `counted` is every multiply-add of a decode.
const counter = vi.hoisted(() => ({ multiplyAdds: 0 }));
vi.mock("../../../src/core/matmulTransposedInto", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/core/matmulTransposedInto")>();
  return {
    ...original,
    matmulTransposedInto: (...args: Parameters<typeof original.matmulTransposedInto>) => {
      const [, , , n, p, m] = args;
      counter.multiplyAdds += n * p * m;
      return original.matmulTransposedInto(...args);
    },
  };
});

/** Every multiply-add the core's products perform while `run` runs. */
function counted<T>(run: () => T): { result: T; multiplyAdds: number } {
  counter.multiplyAdds = 0;
  const result = run();
  return { result, multiplyAdds: counter.multiplyAdds };
}

/** One greedy decode with and without the cross K/V cache, each with its counted multiply-adds. */
function decodeBothWays(params: ModelParams, config: ModelConfig, src: number[], options: { bos: number; eos: number; maxLength: number }) {
  const cached = counted(() => greedyDecode(params, config, src, options));
  const uncached = counted(() => greedyDecode(params, config, src, { ...options, cacheCrossKeysValues: false }));
  return { cached, uncached };
}

describe("decodingCacheCost", () => {
  it("decodingCacheCost(config, shape) gives 2 Ls d² per layer projection, the saving (steps - 1) x layers x 2 Ls d² and 2 x layers x Ls x d cached numbers", () => {
    // d = 4, 3 layers, Ls = 5, 6 steps, by hand: one projection 2 * 5 * 16 = 160.
    const cost = decodingCacheCost({ dModel: 4, decoderLayers: 3 }, { sourceLength: 5, steps: 6 });
    expect(cost).toEqual({
      crossProjection: 160,
      crossWithCache: 480,
      crossWithoutCache: 2880,
      saved: 2400,
      crossCacheNumbers: 120,
      selfCacheNumbers: 144,
    });
  });

  it("decodingCacheCost(..., { steps: 1 }) saves nothing: one step projects once either way", () => {
    const cost = decodingCacheCost({ dModel: 8, decoderLayers: 2 }, { sourceLength: 1, steps: 1 });
    expect(cost.saved).toBe(0);
    expect(cost.crossWithCache).toBe(cost.crossWithoutCache);
    expect(cost.crossCacheNumbers).toBe(2 * 2 * 1 * 8);
  });

  it("decodingCacheCost(..., { beams }) multiplies the self-attention cache by the beams and leaves the shared cross K/V alone", () => {
    const one = decodingCacheCost({ dModel: 8, decoderLayers: 2 }, { sourceLength: 7, steps: 5 });
    const four = decodingCacheCost({ dModel: 8, decoderLayers: 2 }, { sourceLength: 7, steps: 5, beams: 4 });
    expect(four.selfCacheNumbers).toBe(4 * one.selfCacheNumbers);
    expect(four.crossCacheNumbers).toBe(one.crossCacheNumbers);
    expect(four.saved).toBe(one.saved);
  });

  it("decodingCacheCost(...) refuses sizes that are not positive integers, naming them", () => {
    const config = { dModel: 4, decoderLayers: 1 };
    expect(() => decodingCacheCost(config, { sourceLength: 0, steps: 3 })).toThrow(/^decodingCacheCost: sourceLength is 0; it must be an integer >= 1$/);
    expect(() => decodingCacheCost(config, { sourceLength: 3, steps: 2.5 })).toThrow(/^decodingCacheCost: steps is 2.5; it must be an integer >= 1$/);
    expect(() => decodingCacheCost(config, { sourceLength: 3, steps: 2, beams: 0 })).toThrow(/^decodingCacheCost: beams is 0; it must be an integer >= 1$/);
    expect(() => decodingCacheCost({ dModel: 4, decoderLayers: 0 }, { sourceLength: 3, steps: 2 })).toThrow(/^decodingCacheCost: decoderLayers is 0/);
  });

  it("decodingCacheCost(...).saved equals the multiply-adds counted in the core's products on a real decode of the trained checkpoint, uncached minus cached", () => {
    const dataset = labDataset();
    const { params, config } = checkpointModel(checkpointJson as unknown as LabCheckpoint, dataset);
    const pair = dataset.validation.find((p) => p.english.length === 7)!;
    const src = pair.english.map((w) => dataset.english.id(w));
    const { cached, uncached } = decodeBothWays(params, config, src, { bos: BOS, eos: EOS, maxLength: src.length + 4 });
    expect(uncached.result.tokens).toEqual(cached.result.tokens);
    const steps = cached.result.steps.length;
    expect(steps).toBeGreaterThan(1);
    const cost = decodingCacheCost(config, { sourceLength: src.length, steps });
    expect(cost.saved).toBeGreaterThan(0);
    expect(uncached.multiplyAdds - cached.multiplyAdds).toBe(cost.saved);
    // The count sees every product: the projections are a part of the decode, not all of it.
    expect(cached.multiplyAdds).toBeGreaterThan(cost.crossWithCache);
  });

  it("decodingCacheCost(...).saved equals the counted difference with two decoder layers and a padded source", () => {
    const config = tinyConfig({ decoderLayers: 2, normFirst: true });
    const params = tinyParams(config, 5);
    const src = [3, 5, 4, 6, 0]; // the last position is padding: it is still a row of K and V
    const { cached, uncached } = decodeBothWays(params, config, src, { bos: 1, eos: 2, maxLength: 6 });
    const steps = cached.result.steps.length;
    expect(steps).toBeGreaterThan(1);
    expect(uncached.multiplyAdds - cached.multiplyAdds).toBe(decodingCacheCost(config, { sourceLength: src.length, steps }).saved);
    expect(uncached.result.crossProjections - cached.result.crossProjections).toBe((steps - 1) * config.decoderLayers);
  });

  it("decodingCacheCost(...).crossCacheNumbers is the size of the K and V the decoder keeps, layer by layer", () => {
    const config = tinyConfig({ decoderLayers: 3 });
    const params = tinyParams(config, 2);
    const src = [3, 5, 4];
    const { memory } = encode(params, config, src);
    let held = 0;
    for (let l = 0; l < config.decoderLayers; l++) {
      const { k, v } = projectKeysValues(memory, memory, multiHeadParamsAt(params, `decoder.${l}.crossAttention`, config.heads));
      held += k.data.length + v.data.length;
    }
    expect(held).toBe(decodingCacheCost(config, { sourceLength: src.length, steps: 4 }).crossCacheNumbers);
  });
});
