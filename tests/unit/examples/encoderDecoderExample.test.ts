import { describe, expect, it } from "vitest";
import { matmul, toRows } from "../../../src/core";
import { crossAttentionInputs, encoderDecoderExample } from "../../../src/examples/encoderDecoderExample";

describe("encoderDecoderExample", () => {
  it("encoderDecoderExample() has a (Lk, dModel) memory and per layer (dModel, dk|dv) weights and (Lq, dModel) states", () => {
    const ex = encoderDecoderExample();
    expect([ex.memory.rows, ex.memory.cols]).toEqual([4, 6]);
    expect(ex.layers).toHaveLength(3);
    for (const layer of ex.layers) {
      expect([layer.wq.rows, layer.wq.cols, layer.wk.rows, layer.wk.cols, layer.wv.rows, layer.wv.cols]).toEqual([6, 4, 6, 4, 6, 3]);
      expect([layer.targetStates.rows, layer.targetStates.cols]).toEqual([5, 6]);
    }
  });

  it("encoderDecoderExample(seed) is the same for the same seed and differs for another", () => {
    expect(toRows(encoderDecoderExample(3).memory)).toEqual(toRows(encoderDecoderExample(3).memory));
    expect(toRows(encoderDecoderExample(3).memory)).not.toEqual(toRows(encoderDecoderExample(4).memory));
  });

  it("crossAttentionInputs(ex, l) gives Q (Lq, dk) from the target states and K (Lk, dk), V (Lk, dv) from the memory", () => {
    const ex = encoderDecoderExample();
    const { q, k, v } = crossAttentionInputs(ex, 1);
    expect([q.rows, q.cols, k.rows, k.cols, v.rows, v.cols]).toEqual([5, 4, 4, 4, 4, 3]);
    // Independent of linear(): the products written as plain matmuls of the documented operands.
    expect(toRows(k)).toEqual(toRows(matmul(ex.memory, ex.layers[1].wk)));
    expect(toRows(v)).toEqual(toRows(matmul(ex.memory, ex.layers[1].wv)));
    expect(toRows(q)).toEqual(toRows(matmul(ex.layers[1].targetStates, ex.layers[1].wq)));
  });

  it("crossAttentionInputs gives each layer its own K and V from the one shared memory", () => {
    const ex = encoderDecoderExample();
    expect(toRows(crossAttentionInputs(ex, 0).k)).not.toEqual(toRows(crossAttentionInputs(ex, 1).k));
    expect(toRows(crossAttentionInputs(ex, 0).v)).not.toEqual(toRows(crossAttentionInputs(ex, 2).v));
  });

  it("crossAttentionInputs refuses a layer that does not exist, naming the valid range", () => {
    expect(() => crossAttentionInputs(encoderDecoderExample(), 3)).toThrow(/layer 3 does not exist; use 0 to 2/);
  });
});
