import { describe, expect, it } from "vitest";
import { toRows, type Matrix } from "../../../src/core";
import { decoderBlockConfig, decoderBlockExample } from "../../../src/examples/decoderBlockExample";
import { expectClose } from "../core/helpers";

/** Row-wise LayerNorm with gain 1 and shift 0 (what initParams gives every norm), written out: (x - mean) / sqrt(var + 1e-5). */
function plainLayerNorm(m: Matrix): number[][] {
  return toRows(m).map((row) => {
    const mean = row.reduce((s, v) => s + v, 0) / row.length;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / row.length;
    return row.map((v) => (v - mean) / Math.sqrt(variance + 1e-5));
  });
}

/** rows x (cols) W + b with nested loops, the slice of columns [from, to) of W and b. */
function project(x: Matrix, w: Matrix, b: Matrix, from: number, to: number): number[][] {
  return toRows(x).map((row) =>
    Array.from({ length: to - from }, (_, c) => row.reduce((s, v, k) => s + v * w.data[k * w.cols + from + c], b.data[from + c])),
  );
}

describe("decoderBlockExample", () => {
  it("decoderBlockExample({ normFirst }) runs 'le chat noir dort' into the decoder inputs '<bos> the black cat is sleeping' with 6 decoder layers", () => {
    for (const normFirst of [false, true]) {
      const { source, targetIn, trace, config } = decoderBlockExample({ normFirst });
      expect(source).toEqual(["le", "chat", "noir", "dort"]);
      expect(targetIn).toEqual(["<bos>", "the", "black", "cat", "is", "sleeping"]);
      expect([trace.memory.rows, trace.memory.cols]).toEqual([4, 8]);
      expect(trace.decoder).toHaveLength(6);
      expect(config.normFirst).toBe(normFirst);
      const out = trace.decoder[5].feedForward.output;
      expect([out.rows, out.cols]).toEqual([6, 8]);
    }
  });

  it("decoderBlockExample gives post-norm and pre-norm the same parameters, so only the arrangement differs", () => {
    const post = decoderBlockExample({ normFirst: false }).params;
    const pre = decoderBlockExample({ normFirst: true }).params;
    expect([...pre.keys()]).toEqual([...post.keys()]);
    for (const [name, p] of post) expect(toRows(pre.get(name)!), name).toEqual(toRows(p));
  });

  it("decoderBlockExample({ decoderLayers }) keeps a decoder layer's parameters whatever the depth of the stack", () => {
    const four = decoderBlockExample({ normFirst: true, decoderLayers: 4 }).params;
    const twelve = decoderBlockExample({ normFirst: true, decoderLayers: 12 }).params;
    for (const name of ["decoder.3.crossAttention.wq", "decoder.0.feedForward.w1", "encoder.1.selfAttention.wk"]) {
      expect(toRows(twelve.get(name)!), name).toEqual(toRows(four.get(name)!));
    }
    expect(twelve.has("decoder.11.norm3.gamma")).toBe(true);
  });

  it("decoderBlockConfig refuses 0, 13 and 2.5 decoder layers and names the range", () => {
    for (const n of [0, 13, 2.5]) expect(() => decoderBlockConfig(false, n)).toThrow(`${n} decoder layers; choose a whole number from 1 to 12`);
  });

  it("in every decoder layer, cross-attention's keys and values are the one memory through that layer's own W_K and W_V", () => {
    const { trace, params, config } = decoderBlockExample({ normFirst: false });
    const dk = config.dModel / config.heads;
    trace.decoder.forEach((layer, l) => {
      layer.crossAttention.inner.perHead.forEach((head, h) => {
        const at = (name: string) => params.get(`decoder.${l}.crossAttention.${name}`)!;
        expectClose(head.k, project(trace.memory, at("wk"), at("bk"), h * dk, (h + 1) * dk), 1e-12);
        expectClose(head.v, project(trace.memory, at("wv"), at("bv"), h * dk, (h + 1) * dk), 1e-12);
      });
    });
    // The layers' keys differ although the memory is one matrix: each layer has its own W_K.
    expect(toRows(trace.decoder[0].crossAttention.inner.perHead[0].k)).not.toEqual(toRows(trace.decoder[1].crossAttention.inner.perHead[0].k));
  });

  it("cross-attention's queries read the stream after self-attention (post-norm) or its LayerNorm (pre-norm)", () => {
    const post = decoderBlockExample({ normFirst: false }).trace;
    const pre = decoderBlockExample({ normFirst: true }).trace;
    for (let l = 0; l < 6; ++l) {
      expect(toRows(post.decoder[l].crossAttention.inner.input)).toEqual(toRows(post.decoder[l].selfAttention.output));
      expectClose(pre.decoder[l].crossAttention.inner.input, plainLayerNorm(pre.decoder[l].selfAttention.output), 1e-12);
    }
  });

  it("masked self-attention gives no weight to a later target position, in every head of every layer", () => {
    for (const normFirst of [false, true]) {
      for (const layer of decoderBlockExample({ normFirst }).trace.decoder) {
        for (const head of layer.selfAttention.inner.perHead) {
          toRows(head.attention.weights).forEach((row, i) => row.forEach((w, j) => (j > i ? expect(w, `[${i}][${j}]`).toBe(0) : expect(w).toBeGreaterThan(0))));
        }
      }
    }
  });
});
