import { describe, expect, it } from "vitest";
import { toRows } from "../../../src/core";
import { parameterShapes, seq2seqBackward, seq2seqForward, type ModelParams, type Seq2SeqBatch } from "../../../src/model";
import { expectClose } from "../core/helpers";
import { numericParamGradient, PAD, tinyBatch, tinyConfig, tinyParams } from "./tinyModel";

/** A few parameters from every part of the model: embeddings, both stacks, both final norms, the generator. */
const CHECKED = [
  "srcEmbedding",
  "tgtEmbedding",
  "encoder.0.selfAttention.wk",
  "encoder.1.feedForward.w1",
  "encoder.0.norm2.gamma",
  "encoder.norm.gamma",
  "decoder.0.selfAttention.wo",
  "decoder.0.crossAttention.wv",
  "decoder.1.crossAttention.bq",
  "decoder.1.norm2.beta",
  "decoder.norm.gamma",
  "generator.w",
  "generator.b",
];

describe("seq2seqBackward", () => {
  for (const normFirst of [false, true]) {
    it(`seq2seqBackward(params, config, trace) with normFirst ${normFirst} agrees with central differences of the loss`, () => {
      const config = tinyConfig({ normFirst });
      const params = tinyParams(config);
      const batch = tinyBatch();
      const grads = seq2seqBackward(params, config, seq2seqForward(params, config, batch));
      const loss = (p: ModelParams) => seq2seqForward(p, config, batch).loss.loss;
      for (const name of CHECKED) expectClose(grads.get(name)!, numericParamGradient(loss, params, name), 1e-8);
    });
  }
  it("seq2seqBackward(...) with label smoothing agrees with central differences of the smoothed loss", () => {
    const config = tinyConfig();
    const params = tinyParams(config, 2);
    const batch = tinyBatch();
    const options = { labelSmoothing: 0.1 };
    const grads = seq2seqBackward(params, config, seq2seqForward(params, config, batch, options));
    const loss = (p: ModelParams) => seq2seqForward(p, config, batch, options).loss.loss;
    for (const name of ["decoder.1.crossAttention.wk", "generator.b"]) expectClose(grads.get(name)!, numericParamGradient(loss, params, name), 1e-8);
  });
  it("seq2seqBackward(...) gives every parameter a gradient of its shape, under its name", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const grads = seq2seqBackward(params, config, seq2seqForward(params, config, tinyBatch()));
    const shapes = parameterShapes(config);
    expect([...grads.keys()].sort()).toEqual([...shapes.keys()].sort());
    for (const [name, [rows, cols]] of shapes) expect([grads.get(name)!.rows, grads.get(name)!.cols], name).toEqual([rows, cols]);
  });
  it("seq2seqBackward(...) gives the padding token's embeddings exactly zero gradient: padding is never attended to nor scored", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const grads = seq2seqBackward(params, config, seq2seqForward(params, config, tinyBatch()));
    for (const name of ["srcEmbedding", "tgtEmbedding"]) {
      const rows = toRows(grads.get(name)!);
      expect(rows[PAD].every((g) => g === 0), `${name} row ${PAD}: ${rows[PAD]}`).toBe(true);
      expect(rows[3].some((g) => g !== 0), `${name} row 3, a real token`).toBe(true);
    }
  });
  it("seq2seqBackward(...) of a batch is the token-weighted mean (3 g0 + 2 g1) / 5 of its items' gradients", () => {
    const config = tinyConfig({ normFirst: true });
    const params = tinyParams(config);
    const batch = tinyBatch();
    const gradOf = (b: Seq2SeqBatch) => seq2seqBackward(params, config, seq2seqForward(params, config, b));
    const whole = gradOf(batch);
    const [g0, g1] = [0, 1].map((b) => gradOf({ srcIds: [batch.srcIds[b]], tgtIn: [batch.tgtIn[b]], tgtOut: [batch.tgtOut[b]] }));
    for (const [name, g] of whole) {
      const expected = toRows(g0.get(name)!).map((row, i) => row.map((x, j) => (3 * x + 2 * toRows(g1.get(name)!)[i][j]) / 5));
      expectClose(g, expected, 1e-14);
    }
  });
  it("seq2seqBackward(...) leaves the parameters and the trace's logits as they were", () => {
    const config = tinyConfig();
    const params = tinyParams(config);
    const trace = seq2seqForward(params, config, tinyBatch());
    const logits = trace.items.map((item) => toRows(item.logits));
    seq2seqBackward(params, config, trace);
    for (const [name, p] of tinyParams(config)) expect(toRows(params.get(name)!), name).toEqual(toRows(p));
    expect(trace.items.map((item) => toRows(item.logits))).toEqual(logits);
  });
});
