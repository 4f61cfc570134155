import { describe, expect, it } from "vitest";
import { parameterShapes } from "../../../src/model";
import { tinyConfig } from "./tinyModel";

describe("parameterShapes", () => {
  it("parameterShapes(config) names 8 + 16 per encoder layer + 26 per decoder layer parameters", () => {
    // Embeddings 2, final norms 2 x 2, generator 2; encoder layer: attention 8, feed-forward 4, two norms 4;
    // decoder layer: two attentions 16, feed-forward 4, three norms 6.
    for (const [E, D] of [[1, 1], [2, 2], [3, 1]]) {
      expect(parameterShapes(tinyConfig({ encoderLayers: E, decoderLayers: D })).size, `E=${E}, D=${D}`).toBe(8 + 16 * E + 26 * D);
    }
  });
  it("parameterShapes(config) stores weights [in, out] and vectors as (1, n)", () => {
    const s = parameterShapes(tinyConfig({ dModel: 4, dFF: 6, srcVocab: 7, tgtVocab: 5 }));
    expect(s.get("srcEmbedding")).toEqual([7, 4]);
    expect(s.get("tgtEmbedding")).toEqual([5, 4]);
    expect(s.get("encoder.1.selfAttention.wq")).toEqual([4, 4]);
    expect(s.get("decoder.0.crossAttention.bk")).toEqual([1, 4]);
    expect(s.get("decoder.1.feedForward.w1")).toEqual([4, 6]);
    expect(s.get("decoder.1.feedForward.b1")).toEqual([1, 6]);
    expect(s.get("encoder.0.feedForward.w2")).toEqual([6, 4]);
    expect(s.get("decoder.1.norm3.gamma")).toEqual([1, 4]);
    expect(s.get("encoder.norm.beta")).toEqual([1, 4]);
    expect(s.get("generator.w")).toEqual([4, 5]);
    expect(s.get("generator.b")).toEqual([1, 5]);
  });
  it("parameterShapes(config) has no norm3 or cross-attention in the encoder and no layer past the config's count", () => {
    const s = parameterShapes(tinyConfig({ encoderLayers: 1, decoderLayers: 1 }));
    expect(s.has("encoder.0.norm3.gamma")).toBe(false);
    expect(s.has("encoder.0.crossAttention.wq")).toBe(false);
    expect(s.has("encoder.1.norm1.gamma")).toBe(false);
    expect(s.has("decoder.1.norm1.gamma")).toBe(false);
    expect(s.has("decoder.0.crossAttention.wq")).toBe(true);
  });
  it("parameterShapes(config) counts 1753 scalars for dModel 8, dFF 16, vocabularies 8 and 9, one layer each side", () => {
    // Worked as PyTorch counts nn.Transformer's parameters plus two embeddings and a generator:
    // encoder layer 216 + 72 + 144 + 136 + 32 = 600; decoder layer 2 x 288 + 280 + 48 = 904;
    // final norms 32; embeddings 64 + 72; generator 72 + 9.
    const config = tinyConfig({ dModel: 8, heads: 2, dFF: 16, encoderLayers: 1, decoderLayers: 1, srcVocab: 8, tgtVocab: 9 });
    let total = 0;
    for (const [rows, cols] of parameterShapes(config).values()) total += rows * cols;
    expect(total).toBe(600 + 904 + 32 + 136 + 81);
  });
});
