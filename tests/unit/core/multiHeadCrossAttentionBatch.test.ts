import { describe, expect, it } from "vitest";
import {
  fromRows,
  maskFromRows,
  multiHeadCrossAttention,
  multiHeadCrossAttentionBatch,
  toRows,
  type MultiHeadParams,
} from "../../../src/core";
import { pseudoRows } from "./helpers";

const params: MultiHeadParams = {
  heads: 2,
  wq: fromRows(pseudoRows(4, 4, 1)),
  wk: fromRows(pseudoRows(3, 4, 2)),
  wv: fromRows(pseudoRows(5, 4, 3)),
  wo: fromRows(pseudoRows(4, 4, 4)),
  bq: pseudoRows(1, 4, 5)[0],
};
const query = [fromRows(pseudoRows(2, 4, 10)), fromRows(pseudoRows(2, 4, 11))];
const key = [fromRows(pseudoRows(3, 3, 12)), fromRows(pseudoRows(3, 3, 13))];
const value = [fromRows(pseudoRows(3, 5, 14)), fromRows(pseudoRows(3, 5, 15))];

describe("multiHeadCrossAttentionBatch", () => {
  it("multiHeadCrossAttentionBatch(query, key, value, params) is multiHeadCrossAttention on each item", () => {
    const traces = multiHeadCrossAttentionBatch(query, key, value, params);
    expect(traces).toHaveLength(2);
    traces.forEach((t, b) => {
      expect(toRows(t.output)).toEqual(toRows(multiHeadCrossAttention(query[b], key[b], value[b], params).output));
    });
  });
  it("multiHeadCrossAttentionBatch(..., {keyLengths, allowed}) applies one key length per item and the shared mask to all", () => {
    const allowed = maskFromRows([[true, true, true], [false, true, true]]);
    const traces = multiHeadCrossAttentionBatch(query, key, value, params, { keyLengths: [3, 2], allowed });
    traces.forEach((t, b) => {
      const single = multiHeadCrossAttention(query[b], key[b], value[b], params, { keyLength: [3, 2][b], allowed });
      expect(toRows(t.output)).toEqual(toRows(single.output));
    });
    expect(toRows(traces[1].perHead[0].attention.weights).map((r) => r[2])).toEqual([0, 0]);
  });
  it("multiHeadCrossAttentionBatch(..., {keyLengths}) gives a padded item bit for bit what the trimmed item gives alone", () => {
    // The build-it-yourself lesson says so: the padded keys come last in every sum and add exact zeros.
    const padded = [fromRows(pseudoRows(5, 3, 20)), fromRows(pseudoRows(5, 3, 21))];
    const paddedValues = [fromRows(pseudoRows(5, 5, 22)), fromRows(pseudoRows(5, 5, 23))];
    const keyLengths = [4, 1];
    const traces = multiHeadCrossAttentionBatch(query, padded, paddedValues, params, { keyLengths });
    traces.forEach((t, b) => {
      const n = keyLengths[b];
      const trim = (m: (typeof padded)[number]) => fromRows(toRows(m).slice(0, n));
      const alone = multiHeadCrossAttention(query[b], trim(padded[b]), trim(paddedValues[b]), params);
      expect(Array.from(t.output.data)).toEqual(Array.from(alone.output.data));
    });
  });
  it("multiHeadCrossAttentionBatch([], [], [], params) is an empty list", () => {
    expect(multiHeadCrossAttentionBatch([], [], [], params)).toEqual([]);
  });
  it("multiHeadCrossAttentionBatch(...) refuses batch lists of different sizes", () => {
    expect(() => multiHeadCrossAttentionBatch(query, key.slice(0, 1), value, params)).toThrow(
      /^multiHeadCrossAttentionBatch: query has 2 items but key has 1; every batch list needs one entry per item$/,
    );
    expect(() => multiHeadCrossAttentionBatch(query, key, value.slice(0, 1), params)).toThrow(/value has 1/);
    expect(() => multiHeadCrossAttentionBatch(query, key, value, params, { keyLengths: [3] })).toThrow(/keyLengths has 1/);
  });
  it("multiHeadCrossAttentionBatch(...) says which item failed", () => {
    expect(() => multiHeadCrossAttentionBatch(query, key, value, params, { keyLengths: [3, 9] })).toThrow(
      /^multiHeadCrossAttentionBatch: item 1: multiHeadCrossAttention: keyLength is 9; it must be an integer from 0 to 3$/,
    );
    expect(() => multiHeadCrossAttentionBatch(query, key, value, params, { keyLengths: [0, 3] })).toThrow(
      /^multiHeadCrossAttentionBatch: item 0: softmax: query row 0 has no allowed key/,
    );
  });
  it("multiHeadCrossAttentionBatch(..., {fullyMasked: \"zeros\", scale}) passes the options to every item", () => {
    const traces = multiHeadCrossAttentionBatch(query, key, value, params, { keyLengths: [0, 3], fullyMasked: "zeros", scale: 0.25 });
    expect(toRows(traces[0].concat).flat().every((x) => x === 0)).toBe(true);
    expect(traces.flatMap((t) => t.perHead.map((h) => h.attention.scale))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
