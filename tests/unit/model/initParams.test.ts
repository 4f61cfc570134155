import { describe, expect, it } from "vitest";
import { initParams, parameterShapes } from "../../../src/model";
import { tinyConfig } from "./tinyModel";

/** The largest |entry| of a parameter. */
const maxAbs = (data: Float64Array) => data.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe("initParams", () => {
  it("initParams(config, seed) gives every parameter of parameterShapes its shape, and no other", () => {
    const config = tinyConfig();
    const params = initParams(config, 3);
    const shapes = parameterShapes(config);
    expect([...params.keys()].sort()).toEqual([...shapes.keys()].sort());
    for (const [name, [rows, cols]] of shapes) {
      const p = params.get(name)!;
      expect([p.rows, p.cols, p.data.length], name).toEqual([rows, cols, rows * cols]);
    }
  });
  it("initParams(config, seed) gives the same parameters for the same seed and others for another seed", () => {
    const config = tinyConfig();
    const a = initParams(config, 42);
    const b = initParams(config, 42);
    const c = initParams(config, 43);
    for (const [name, p] of a) expect(Array.from(b.get(name)!.data), name).toEqual(Array.from(p.data));
    for (const name of ["srcEmbedding", "encoder.0.selfAttention.wq", "decoder.1.feedForward.w2", "generator.w"]) {
      expect(Array.from(c.get(name)!.data), name).not.toEqual(Array.from(a.get(name)!.data));
    }
  });
  it("initParams(config, seed) sets layer-norm gains to 1, shifts and attention biases to 0, as nn.LayerNorm and nn.MultiheadAttention", () => {
    const params = initParams(tinyConfig(), 7);
    let gains = 0;
    let zeros = 0;
    for (const [name, p] of params) {
      const last = name.slice(name.lastIndexOf(".") + 1);
      if (last === "gamma") {
        gains += 1;
        expect(Array.from(p.data), name).toEqual(new Array(p.data.length).fill(1));
      } else if (["beta", "bq", "bk", "bv", "bo"].includes(last)) {
        zeros += 1;
        expect(Array.from(p.data), name).toEqual(new Array(p.data.length).fill(0));
      }
    }
    // 2 encoder layers x 2 norms + 2 decoder layers x 3 norms + 2 final norms; attention biases:
    // 4 per attention, 1 attention per encoder layer and 2 per decoder layer; betas as many as gains.
    expect(gains).toBe(4 + 6 + 2);
    expect(zeros).toBe(12 + 4 * (2 + 4));
  });
  it("initParams(config, seed) draws feed-forward biases and the generator from nn.Linear's default U(-1/sqrt(fan_in), 1/sqrt(fan_in))", () => {
    const config = tinyConfig({ dModel: 16, heads: 4, dFF: 64, tgtVocab: 40 });
    const params = initParams(config, 12);
    const cases: [string, number][] = [
      ["encoder.0.feedForward.b1", 1 / Math.sqrt(16)],
      ["decoder.1.feedForward.b2", 1 / Math.sqrt(64)],
      ["generator.w", 1 / Math.sqrt(16)],
      ["generator.b", 1 / Math.sqrt(16)],
    ];
    for (const [name, a] of cases) {
      const m = maxAbs(params.get(name)!.data);
      expect(m, `${name} stays inside ${a}`).toBeLessThanOrEqual(a);
      expect(m, `${name} is drawn, not left at 0`).toBeGreaterThan(0.5 * a);
    }
  });
  it("initParams(config, seed) draws weights from U(-a, a), a = sqrt(6 / (fan_in + fan_out)), in_proj counted as [3 dModel, dModel]", () => {
    const config = tinyConfig({ dModel: 16, heads: 4, dFF: 32, srcVocab: 20, tgtVocab: 24 });
    const params = initParams(config, 11);
    const bound = (fanIn: number, fanOut: number) => Math.sqrt(6 / (fanIn + fanOut));
    const cases: [string, number][] = [
      ["encoder.0.selfAttention.wq", bound(16, 48)],
      ["decoder.1.crossAttention.wk", bound(16, 48)],
      ["decoder.0.selfAttention.wv", bound(16, 48)],
      ["encoder.1.selfAttention.wo", bound(16, 16)],
      ["encoder.0.feedForward.w1", bound(16, 32)],
      ["decoder.1.feedForward.w2", bound(32, 16)],
    ];
    for (const [name, a] of cases) {
      const data = params.get(name)!.data;
      const m = maxAbs(data);
      expect(m, `${name} stays inside a = ${a}`).toBeLessThanOrEqual(a);
      // 256 or more uniform draws: the largest lies within 3% of a unless the range is too narrow.
      expect(m, `${name} reaches near a = ${a}`).toBeGreaterThan(0.97 * a);
      expect(Math.abs(data.reduce((s, x) => s + x, 0) / data.length), `${name} mean`).toBeLessThan(0.1 * a);
    }
  });
  it("initParams(config, seed) draws embeddings from N(0, 1), as nn.Embedding", () => {
    const params = initParams(tinyConfig({ dModel: 16, heads: 4, srcVocab: 64 }), 5);
    const data = params.get("srcEmbedding")!.data; // 1024 draws
    const mean = data.reduce((s, x) => s + x, 0) / data.length;
    const variance = data.reduce((s, x) => s + (x - mean) ** 2, 0) / data.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.abs(variance - 1)).toBeLessThan(0.15);
    expect(maxAbs(data)).toBeGreaterThan(2.5); // a uniform in [-1, 1) or a bounded draw would not get here
  });
  it("initParams(config, seed) refuses a bad config before drawing anything", () => {
    expect(() => initParams(tinyConfig({ dModel: 5, heads: 2 }), 1)).toThrow(/^model: dModel 5 is not divisible by heads 2/);
  });
  it("initParams(config, seed) refuses a seed that is not an integer", () => {
    expect(() => initParams(tinyConfig(), 1.5)).toThrow(/seed is 1.5; it must be an integer/);
  });
  it("initParams(config, seed) draws a one-row weight (dFF = 1, dModel = 1) instead of leaving it 0", () => {
    const ff = initParams(tinyConfig({ dFF: 1 }), 1).get("encoder.0.feedForward.w2")!; // (1, dModel)
    expect(maxAbs(ff.data)).toBeGreaterThan(0);
    const one = initParams(tinyConfig({ dModel: 1, heads: 1 }), 1);
    for (const name of ["encoder.0.selfAttention.wq", "decoder.0.crossAttention.wo", "encoder.0.feedForward.w1", "generator.w"]) {
      expect(maxAbs(one.get(name)!.data), name).toBeGreaterThan(0);
    }
  });
});
