import { describe, expect, it } from "vitest";
import { paddedTranslationExample } from "../../../src/examples/paddedTranslationExample";
import { translationExample } from "../../../src/examples/translationExample";

describe("paddedTranslationExample", () => {
  it("paddedTranslationExample(2) appends two <pad> keys and values and keeps the queries", () => {
    const padded = paddedTranslationExample(2);
    const base = translationExample();
    expect(padded.source).toEqual(["le", "chat", "noir", "dort", "<pad>", "<pad>"]);
    expect(padded.length).toBe(4);
    expect([padded.k.rows, padded.k.cols, padded.v.rows, padded.v.cols]).toEqual([6, base.k.cols, 6, base.v.cols]);
    expect(Array.from(padded.q.data)).toEqual(Array.from(base.q.data));
    expect(Array.from(padded.k.data.subarray(0, base.k.data.length))).toEqual(Array.from(base.k.data));
    expect(Array.from(padded.v.data.subarray(0, base.v.data.length))).toEqual(Array.from(base.v.data));
  });
  it("paddedTranslationExample(0) is the unpadded example", () => {
    expect(paddedTranslationExample(0).source).toEqual(translationExample().source);
  });
});
