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

  it("paddedBatchExample(lengths, heads, seed, { Lq, dModel }) gives every item Lq queries and Lk keys of width dModel, and keeps the default batch unchanged", () => {
    const { queries, memories, params, Lq, Lk } = paddedBatchExample([4, 1], 3, 5, { Lq: 2, dModel: 6 });
    expect([Lq, Lk]).toEqual([2, 4]);
    expect(queries.map((q) => [q.rows, q.cols])).toEqual([[2, 6], [2, 6]]);
    expect(memories.map((m) => [m.rows, m.cols])).toEqual([[4, 6], [4, 6]]);
    expect([params.heads, params.wq.rows, params.wk.rows]).toEqual([3, 6, 6]);
    const byDefault = paddedBatchExample([5, 3, 2], 2, 13);
    const spelledOut = paddedBatchExample([5, 3, 2], 2, 13, { Lq: 3, dModel: 8 });
    expect(spelledOut.queries.map((q) => Array.from(q.data))).toEqual(byDefault.queries.map((q) => Array.from(q.data)));
    expect(spelledOut.memories.map((m) => Array.from(m.data))).toEqual(byDefault.memories.map((m) => Array.from(m.data)));
  });
});
