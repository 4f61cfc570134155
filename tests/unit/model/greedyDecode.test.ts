import { describe, expect, it } from "vitest";
import { fromRows, matrix, toRows, type Matrix } from "../../../src/core";
import { greedyDecode, seq2seqItem, type ModelParams } from "../../../src/model";
import { BOS, EOS, PAD, tinyConfig, tinyParams, withParam } from "./tinyModel";

const SRC = [3, 5, 4, PAD]; // the last source position is padding
const OPTIONS = { bos: BOS, eos: EOS, maxLength: 5 };

/** The column of the largest entry of the last row (the first on ties), by a plain loop. */
function argmaxLast(rows: number[][]): number {
  const last = rows[rows.length - 1];
  let best = 0;
  for (let c = 1; c < last.length; ++c) if (last[c] > last[best]) best = c;
  return best;
}

/** Parameters whose generator ignores its input and always scores `token` highest. */
function alwaysPredicts(params: ModelParams, token: number): Map<string, Matrix> {
  const config = tinyConfig();
  const bias = Array.from({ length: config.tgtVocab }, (_, c) => (c === token ? 1 : 0));
  return withParam(withParam(params, "generator.w", matrix(config.dModel, config.tgtVocab)), "generator.b", fromRows([bias]));
}

describe("greedyDecode", () => {
  it("greedyDecode(...) with cached and uncached cross K, V gives the same tokens and weights bit for bit", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const cached = greedyDecode(params, config, SRC, OPTIONS);
    const uncached = greedyDecode(params, config, SRC, { ...OPTIONS, cacheCrossKeysValues: false });
    expect(uncached.tokens).toEqual(cached.tokens);
    expect(uncached.steps).toEqual(cached.steps);
  });
  it("greedyDecode(...) projects cross K, V decoderLayers times with the cache and decoderLayers x steps without", () => {
    const config = tinyConfig({ decoderLayers: 2 });
    const params = alwaysPredicts(tinyParams(config), 4); // never the end token: runs all 5 steps
    const cached = greedyDecode(params, config, SRC, OPTIONS);
    const uncached = greedyDecode(params, config, SRC, { ...OPTIONS, cacheCrossKeysValues: false });
    expect(cached.steps.length).toBe(5);
    expect(cached.crossProjections).toBe(2);
    expect(uncached.crossProjections).toBe(2 * 5);
  });
  it("greedyDecode(...) picks at each step the argmax of the full model's last logits row over the prefix so far", () => {
    const config = tinyConfig({ normFirst: true });
    const params = tinyParams(config, 3);
    const result = greedyDecode(params, config, SRC, OPTIONS);
    let prefix = [BOS];
    for (const step of result.steps) {
      expect(step.prefix).toEqual(prefix);
      expect(step.token).toBe(argmaxLast(toRows(seq2seqItem(params, config, SRC, prefix).logits)));
      prefix = [...prefix, step.token];
    }
    expect([BOS, ...result.tokens]).toEqual(prefix);
  });
  it("greedyDecode(...) stops after choosing the end token, or after maxLength tokens, whichever is first", () => {
    const config = tinyConfig();
    let stoppedEarly = 0;
    let ranOut = 0;
    for (let seed = 1; seed <= 12; ++seed) {
      const { tokens, steps } = greedyDecode(tinyParams(config, seed), config, SRC, OPTIONS);
      expect(steps.length, `seed ${seed}`).toBe(tokens.length);
      expect(tokens.slice(0, -1).includes(EOS), `seed ${seed}: ${tokens}`).toBe(false);
      if (tokens[tokens.length - 1] === EOS) stoppedEarly += tokens.length < 5 ? 1 : 0;
      else {
        expect(tokens.length, `seed ${seed}: ${tokens}`).toBe(5);
        ranOut += 1;
      }
    }
    expect(ranOut, "some seed ran out of maxLength").toBeGreaterThan(0);
    expect(stoppedEarly, "some seed stopped early on the end token").toBeGreaterThan(0);
  });
  it("greedyDecode(...) whose first choice is the end token returns just [eos] after one step", () => {
    const config = tinyConfig();
    const result = greedyDecode(alwaysPredicts(tinyParams(config), EOS), config, SRC, OPTIONS);
    expect(result.tokens).toEqual([EOS]);
    expect(result.steps.map((s) => s.prefix)).toEqual([[BOS]]);
  });
  it("greedyDecode(...) that never meets the end token returns maxLength tokens, each step's prefix one longer", () => {
    const config = tinyConfig();
    const result = greedyDecode(alwaysPredicts(tinyParams(config), 4), config, SRC, { ...OPTIONS, maxLength: 3 });
    expect(result.tokens).toEqual([4, 4, 4]);
    expect(result.steps.map((s) => s.prefix)).toEqual([[BOS], [BOS, 4], [BOS, 4, 4]]);
    expect(greedyDecode(alwaysPredicts(tinyParams(config), 4), config, SRC, { ...OPTIONS, maxLength: 1 }).tokens).toEqual([4]);
  });
  it("greedyDecode(...) gives per step [layer][head][source position] cross weights that sum to 1 with zero on padding", () => {
    const config = tinyConfig();
    const params = alwaysPredicts(tinyParams(config), 4);
    const { steps } = greedyDecode(params, config, SRC, OPTIONS);
    for (const [s, step] of steps.entries()) {
      expect(step.crossWeights.length).toBe(config.decoderLayers);
      for (const layer of step.crossWeights) {
        expect(layer.length).toBe(config.heads);
        for (const row of layer) {
          expect(row.length).toBe(SRC.length);
          expect(row[3], `step ${s}: the padded source position`).toBe(0);
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1), `step ${s}`).toBeLessThan(1e-14);
        }
      }
    }
  });
  it("greedyDecode(...) reports the cross weights of the prefix's last position, as the full forward pass computes them", () => {
    const config = tinyConfig();
    const params = alwaysPredicts(tinyParams(config), 4);
    const { steps } = greedyDecode(params, config, SRC, { ...OPTIONS, maxLength: 3 });
    const step = steps[2]; // prefix [BOS, 4, 4]: the last position is 2
    const trace = seq2seqItem(params, config, SRC, step.prefix);
    trace.decoder.forEach((layer, l) =>
      layer.crossAttention.inner.perHead.forEach((head, h) => expect(step.crossWeights[l][h]).toEqual(toRows(head.attention.weights)[2])),
    );
  });
  it("greedyDecode(...) refuses a source of only padding", () => {
    const config = tinyConfig();
    expect(() => greedyDecode(tinyParams(config), config, [PAD, PAD], OPTIONS)).toThrow(
      /^greedyDecode: the source sentence is empty or only padding; give at least one word$/,
    );
  });
  it("greedyDecode(...) refuses a bos or eos outside the target vocabulary, naming it", () => {
    const config = tinyConfig(); // tgtVocab 6
    const params = tinyParams(config);
    expect(() => greedyDecode(params, config, SRC, { ...OPTIONS, bos: -1 })).toThrow(/^greedyDecode: bos is -1; it must be an integer from 0 to 5$/);
    expect(() => greedyDecode(params, config, SRC, { ...OPTIONS, bos: 1.5 })).toThrow(/^greedyDecode: bos is 1.5/);
    expect(() => greedyDecode(params, config, SRC, { ...OPTIONS, eos: 6 })).toThrow(/^greedyDecode: eos is 6; it must be an integer from 0 to 5$/);
  });
  it("greedyDecode(...) refuses a maxLength that is not a positive integer", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    expect(() => greedyDecode(params, config, SRC, { ...OPTIONS, maxLength: 0 })).toThrow(/^greedyDecode: maxLength is 0; it must be an integer >= 1$/);
    expect(() => greedyDecode(params, config, SRC, { ...OPTIONS, maxLength: 2.5 })).toThrow(/^greedyDecode: maxLength is 2.5/);
  });
  it("greedyDecode(...) refuses a source id outside the vocabulary and parameters that do not fit the config", () => {
    const config = tinyConfig();
    expect(() => greedyDecode(tinyParams(config), config, [3, 9], OPTIONS)).toThrow(/the id at position 1 is 9, but the vocabulary has 7 tokens/);
    expect(() => greedyDecode(tinyParams(config), tinyConfig({ decoderLayers: 1 }), SRC, OPTIONS)).toThrow(
      /^model: decoder\.1\.selfAttention\.wq is not a parameter of this model$/,
    );
  });
});
