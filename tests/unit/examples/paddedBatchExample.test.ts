import { describe, expect, it } from "vitest";
import { multiHeadCrossAttentionBatch } from "../../../src/core";
import { paddedBatchExample } from "../../../src/examples/paddedBatchExample";

describe("paddedBatchExample", () => {
  it("paddedBatchExample([5, 3, 2]) pads every source to Lk = 5 and gives padding no weight", () => {
    const { keyLengths, queries, memories, params, Lk } = paddedBatchExample([5, 3, 2]);
    expect(Lk).toBe(5);
    expect(memories.every((m) => m.rows === 5)).toBe(true);
    const traces = multiHeadCrossAttentionBatch(queries, memories, memories, params, { keyLengths });
    traces.forEach((trace, b) => {
      for (const head of trace.perHead) {
        const w = head.attention.weights;
        for (let i = 0; i < w.rows; i++) for (let j = keyLengths[b]; j < Lk; j++) expect(w.data[i * Lk + j]).toBe(0);
      }
    });
  });
});
