import { describe, expect, it } from "vitest";
import {
  fromRows,
  maskFromRows,
  maskToRows,
  matrix,
  multiHeadCrossAttention,
  multiHeadCrossAttentionOutput,
  projectKeysValues,
  shapeOf,
  sliceCols,
  toRows,
  type MultiHeadParams,
} from "../../../src/core";
import { expectClose, naiveAttention, pseudoRows } from "./helpers";

/** x w + b with nested arrays. */
const project = (x: number[][], w: number[][], b?: number[]) =>
  x.map((row) => w[0].map((_, j) => row.reduce((s, xi, i) => s + xi * w[i][j], b ? b[j] : 0)));

/** Multi-head cross-attention written out independently: project, attend on column blocks, join, project. */
function naiveMha(
  query: number[][],
  key: number[][],
  value: number[][],
  p: { heads: number; wq: number[][]; wk: number[][]; wv: number[][]; wo: number[][]; bq?: number[]; bk?: number[]; bv?: number[]; bo?: number[] },
  allowed?: boolean[][],
) {
  const q = project(query, p.wq, p.bq);
  const k = project(key, p.wk, p.bk);
  const v = project(value, p.wv, p.bv);
  const dk = q[0].length / p.heads;
  const cols = (m: number[][], h: number) => m.map((r) => r.slice(h * dk, (h + 1) * dk));
  const heads = Array.from({ length: p.heads }, (_, h) => naiveAttention(cols(q, h), cols(k, h), cols(v, h), { allowed }));
  const concat = query.map((_, i) => heads.flatMap((h) => h.output[i]));
  return { weights: heads.map((h) => h.weights), output: project(concat, p.wo, p.bo) };
}

/** Nested-array parameters for dModel, kdim, vdim, and the same as core params. */
function makeParams(heads: number, dModel: number, kdim: number, vdim: number, seed: number, withBias = true) {
  const nested = {
    heads,
    wq: pseudoRows(dModel, dModel, seed),
    wk: pseudoRows(kdim, dModel, seed + 1),
    wv: pseudoRows(vdim, dModel, seed + 2),
    wo: pseudoRows(dModel, dModel, seed + 3),
    ...(withBias
      ? {
          bq: pseudoRows(1, dModel, seed + 4)[0],
          bk: pseudoRows(1, dModel, seed + 5)[0],
          bv: pseudoRows(1, dModel, seed + 6)[0],
          bo: pseudoRows(1, dModel, seed + 7)[0],
        }
      : {}),
  };
  const params: MultiHeadParams = {
    ...nested,
    wq: fromRows(nested.wq),
    wk: fromRows(nested.wk),
    wv: fromRows(nested.wv),
    wo: fromRows(nested.wo),
  };
  return { nested, params };
}

const identity = (n: number) => fromRows(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));

describe("multiHeadCrossAttention", () => {
  it("multiHeadCrossAttention(query, key, value, params) agrees with a naive version when Lq, Lk, dModel, kdim and vdim all differ", () => {
    const query = pseudoRows(3, 8, 100);
    const key = pseudoRows(5, 6, 101);
    const value = pseudoRows(5, 4, 102);
    const { nested, params } = makeParams(2, 8, 6, 4, 200);
    const t = multiHeadCrossAttention(fromRows(query), fromRows(key), fromRows(value), params);
    const ref = naiveMha(query, key, value, nested);
    expectClose(t.output, ref.output, 1e-12);
    t.perHead.forEach((h, i) => expectClose(h.attention.weights, ref.weights[i], 1e-13));
  });
  it("multiHeadCrossAttention(...) gives the documented trace shapes", () => {
    const { params } = makeParams(2, 8, 6, 4, 300);
    const t = multiHeadCrossAttention(fromRows(pseudoRows(3, 8, 1)), fromRows(pseudoRows(5, 6, 2)), fromRows(pseudoRows(5, 4, 3)), params);
    expect([t.heads, t.dModel, t.dk]).toEqual([2, 8, 4]);
    expect([shapeOf(t.q), shapeOf(t.k), shapeOf(t.v), shapeOf(t.concat), shapeOf(t.output)]).toEqual(["3x8", "5x8", "5x8", "3x8", "3x8"]);
    expect(t.perHead).toHaveLength(2);
    for (const h of t.perHead) {
      expect([shapeOf(h.q), shapeOf(h.k), shapeOf(h.v), shapeOf(h.attention.weights), shapeOf(h.attention.output)]).toEqual([
        "3x4", "5x4", "5x4", "3x5", "3x4",
      ]);
      expect(h.attention.scale).toBe(1 / 2); // 1/sqrt(dk), dk = 4
    }
    expect(maskToRows(t.mask).flat().every(Boolean)).toBe(true);
  });
  it("multiHeadCrossAttention(...) splits heads by column blocks and concatenates their outputs in order", () => {
    const { params } = makeParams(3, 6, 6, 6, 400);
    const t = multiHeadCrossAttention(fromRows(pseudoRows(2, 6, 1)), fromRows(pseudoRows(4, 6, 2)), fromRows(pseudoRows(4, 6, 3)), params);
    t.perHead.forEach((h, i) => {
      expect(toRows(h.q)).toEqual(toRows(sliceCols(t.q, 2 * i, 2 * i + 2)));
      expect(toRows(h.k)).toEqual(toRows(sliceCols(t.k, 2 * i, 2 * i + 2)));
      expect(toRows(h.v)).toEqual(toRows(sliceCols(t.v, 2 * i, 2 * i + 2)));
      expect(toRows(sliceCols(t.concat, 2 * i, 2 * i + 2))).toEqual(toRows(h.attention.output));
    });
  });
  it("multiHeadCrossAttention(...) with one head and identity weights is plain attention on the inputs", () => {
    const query = pseudoRows(2, 3, 7);
    const key = pseudoRows(4, 3, 8);
    const value = pseudoRows(4, 3, 9);
    const I = identity(3);
    const t = multiHeadCrossAttention(fromRows(query), fromRows(key), fromRows(value), { heads: 1, wq: I, wk: I, wv: I, wo: I });
    const ref = naiveAttention(query, key, value);
    expectClose(t.output, ref.output, 1e-14);
    expectClose(t.perHead[0].attention.weights, ref.weights, 1e-14);
  });
  it("multiHeadCrossAttention(...) with heads = dModel uses dk = 1 and scale 1", () => {
    const query = pseudoRows(3, 4, 10);
    const key = pseudoRows(4, 4, 11);
    const value = pseudoRows(4, 4, 12);
    const { nested, params } = makeParams(4, 4, 4, 4, 500, false);
    const t = multiHeadCrossAttention(fromRows(query), fromRows(key), fromRows(value), params);
    expect(t.dk).toBe(1);
    expect(t.perHead.map((h) => h.attention.scale)).toEqual([1, 1, 1, 1]);
    expectClose(t.output, naiveMha(query, key, value, nested).output, 1e-12);
  });
  it("multiHeadCrossAttention(..., {keyLength}) equals running on the unpadded source, with zero weight on padding", () => {
    const query = pseudoRows(3, 4, 20);
    const key = pseudoRows(5, 4, 21);
    const value = pseudoRows(5, 4, 22);
    const { params } = makeParams(2, 4, 4, 4, 600);
    const padded = multiHeadCrossAttention(fromRows(query), fromRows(key), fromRows(value), params, { keyLength: 3 });
    const short = multiHeadCrossAttention(fromRows(query), fromRows(key.slice(0, 3)), fromRows(value.slice(0, 3)), params);
    expectClose(padded.output, toRows(short.output), 1e-14);
    padded.perHead.forEach((h, i) => {
      const w = toRows(h.attention.weights);
      expect(w.map((r) => r.slice(3))).toEqual([[0, 0], [0, 0], [0, 0]]);
      expectClose(w.map((r) => r.slice(0, 3)), toRows(short.perHead[i].attention.weights), 1e-15);
    });
    expect(maskToRows(padded.mask)[0]).toEqual([true, true, true, false, false]);
  });
  it("multiHeadCrossAttention(..., {allowed, keyLength}) blocks a key when either says so", () => {
    const query = pseudoRows(2, 4, 30);
    const key = pseudoRows(3, 4, 31);
    const value = pseudoRows(3, 4, 32);
    const { nested, params } = makeParams(2, 4, 4, 4, 700);
    const allowed = [
      [false, true, true],
      [true, true, true],
    ];
    const t = multiHeadCrossAttention(fromRows(query), fromRows(key), fromRows(value), params, {
      allowed: maskFromRows(allowed),
      keyLength: 2,
    });
    const effective = [
      [false, true, false],
      [true, true, false],
    ];
    expect(maskToRows(t.mask)).toEqual(effective);
    expectClose(t.output, naiveMha(query, key, value, nested, effective).output, 1e-12);
  });
  it("multiHeadCrossAttention(..., {keyLength: 0}) refuses by default and gives output bo under the zeros policy", () => {
    const { nested, params } = makeParams(2, 4, 4, 4, 800);
    const args = [fromRows(pseudoRows(2, 4, 1)), fromRows(pseudoRows(3, 4, 2)), fromRows(pseudoRows(3, 4, 3)), params] as const;
    expect(() => multiHeadCrossAttention(...args, { keyLength: 0 })).toThrow(/^softmax: query row 0 has no allowed key/);
    const t = multiHeadCrossAttention(...args, { keyLength: 0, fullyMasked: "zeros" });
    expect(toRows(t.concat)).toEqual([[0, 0, 0, 0], [0, 0, 0, 0]]);
    // A zero concatenation times Wo is zero, so only the output bias remains.
    expect(toRows(t.output)).toEqual([nested.bo, nested.bo]);
  });
  it("multiHeadCrossAttention(..., {scale}) passes the scale to every head", () => {
    const { params } = makeParams(2, 4, 4, 4, 900);
    const t = multiHeadCrossAttention(fromRows(pseudoRows(1, 4, 1)), fromRows(pseudoRows(2, 4, 2)), fromRows(pseudoRows(2, 4, 3)), params, { scale: 1 });
    expect(t.perHead.map((h) => h.attention.scale)).toEqual([1, 1]);
  });
  it("multiHeadCrossAttention(...) refuses dModel not divisible by heads, listing the heads that would work", () => {
    const { params } = makeParams(4, 6, 6, 6, 1);
    const x = fromRows(pseudoRows(2, 6, 1));
    expect(() => multiHeadCrossAttention(x, x, x, params)).toThrow(
      /^multiHeadCrossAttention: dModel 6 is not divisible by heads 4; choose heads that divide dModel \(1, 2, 3 or 6\)$/,
    );
    const y = fromRows(pseudoRows(2, 7, 1));
    expect(() => multiHeadCrossAttention(y, y, y, { ...params, heads: 2 })).toThrow(/choose heads that divide dModel \(1 or 7\)$/);
  });
  it("multiHeadCrossAttention(...) refuses heads that are not an integer >= 1", () => {
    const { params } = makeParams(1, 4, 4, 4, 1);
    const x = fromRows(pseudoRows(2, 4, 1));
    expect(() => multiHeadCrossAttention(x, x, x, { ...params, heads: 0 })).toThrow(
      /^multiHeadCrossAttention: heads is 0; it must be an integer >= 1$/,
    );
    expect(() => multiHeadCrossAttention(x, x, x, { ...params, heads: 1.5 })).toThrow(/heads is 1.5/);
  });
  it("multiHeadCrossAttention(...) refuses each weight of the wrong shape, naming it", () => {
    const { params } = makeParams(2, 8, 6, 4, 1);
    const [q, k, v] = [fromRows(pseudoRows(3, 8, 1)), fromRows(pseudoRows(5, 6, 2)), fromRows(pseudoRows(5, 4, 3))];
    expect(() => multiHeadCrossAttention(q, k, v, { ...params, wq: matrix(8, 6) })).toThrow(
      /^multiHeadCrossAttention: wq is 8x6 but it must be 8x8 \(dModel x dModel, dModel being the query width\)$/,
    );
    expect(() => multiHeadCrossAttention(q, k, v, { ...params, wk: matrix(5, 8) })).toThrow(
      /^multiHeadCrossAttention: wk is 5x8 but it must be 6x8 \(kdim x dModel, kdim being the key width\)$/,
    );
    expect(() => multiHeadCrossAttention(q, k, v, { ...params, wv: matrix(6, 8) })).toThrow(/wv is 6x8 but it must be 4x8 \(vdim x dModel/);
    expect(() => multiHeadCrossAttention(q, k, v, { ...params, wo: matrix(8, 4) })).toThrow(/wo is 8x4 but it must be 8x8/);
  });
  it("multiHeadCrossAttention(...) refuses biases of the wrong length or with non-finite entries", () => {
    const { params } = makeParams(2, 4, 4, 4, 1);
    const x = fromRows(pseudoRows(2, 4, 1));
    expect(() => multiHeadCrossAttention(x, x, x, { ...params, bk: [1, 2, 3] })).toThrow(
      /^multiHeadCrossAttention: bk has length 3; it must have dModel = 4 entries$/,
    );
    expect(() => multiHeadCrossAttention(x, x, x, { ...params, bo: [0, 0, NaN, 0] })).toThrow(
      /^multiHeadCrossAttention: bo has NaN at index 2; every entry must be a finite number$/,
    );
    expect(() => multiHeadCrossAttention(x, x, x, { ...params, wq: matrix(4, 4, new Array(16).fill(Infinity)) })).toThrow(
      /^multiHeadCrossAttention: wq has \+Infinity at row 0, column 0/,
    );
  });
  it("multiHeadCrossAttention(...) refuses key and value of different lengths", () => {
    const { params } = makeParams(2, 4, 4, 4, 1);
    expect(() => multiHeadCrossAttention(fromRows(pseudoRows(2, 4, 1)), matrix(5, 4), matrix(4, 4), params)).toThrow(
      /^multiHeadCrossAttention: key is 5x4 but value is 4x4; key and value need the same number of rows \(Lk\), one per source token$/,
    );
  });
  it("multiHeadCrossAttention(..., options) refuses keyLength outside 0..Lk and a mask that is not (Lq, Lk)", () => {
    const { params } = makeParams(2, 4, 4, 4, 1);
    const [q, k] = [fromRows(pseudoRows(2, 4, 1)), fromRows(pseudoRows(3, 4, 2))];
    expect(() => multiHeadCrossAttention(q, k, k, params, { keyLength: 4 })).toThrow(
      /^multiHeadCrossAttention: keyLength is 4; it must be an integer from 0 to 3$/,
    );
    expect(() => multiHeadCrossAttention(q, k, k, params, { keyLength: 1.5 })).toThrow(/keyLength is 1.5/);
    expect(() => multiHeadCrossAttention(q, k, k, params, { allowed: maskFromRows([[true, true, true]]) })).toThrow(
      /^multiHeadCrossAttention: the allowed mask is 1x3 but there are 2 queries and 3 keys; it must be 2x3 \(Lq x Lk\)$/,
    );
  });
  it("multiHeadCrossAttention(...) refuses empty and non-finite inputs, naming them", () => {
    const { params } = makeParams(1, 2, 2, 2, 1);
    expect(() => multiHeadCrossAttention(matrix(0, 2), matrix(1, 2), matrix(1, 2), params)).toThrow(
      /^multiHeadCrossAttention: query is 0x2; it needs at least one row and one column$/,
    );
    expect(() => multiHeadCrossAttention(matrix(1, 2), matrix(1, 2, [0, NaN]), matrix(1, 2), params)).toThrow(
      /^multiHeadCrossAttention: key has NaN at row 0, column 1/,
    );
  });
  it("multiHeadCrossAttention(...) does not change its inputs or weights", () => {
    const { nested, params } = makeParams(2, 4, 4, 4, 1000);
    const rows = [pseudoRows(2, 4, 1), pseudoRows(3, 4, 2), pseudoRows(3, 4, 3)];
    const [q, k, v] = rows.map((r) => fromRows(r));
    multiHeadCrossAttention(q, k, v, params, { keyLength: 2 });
    expect([toRows(q), toRows(k), toRows(v)]).toEqual(rows);
    expect([toRows(params.wq), toRows(params.wk), toRows(params.wv), toRows(params.wo)]).toEqual([nested.wq, nested.wk, nested.wv, nested.wo]);
    expect(params.bq).toEqual(nested.bq);
  });
  it("multiHeadCrossAttention(..., {keysValues: projectKeysValues(key, value, params)}) gives the trace of projecting them itself, bit for bit", () => {
    const { params } = makeParams(2, 8, 6, 4, 700);
    const [query, key, value] = [fromRows(pseudoRows(3, 8, 701)), fromRows(pseudoRows(5, 6, 702)), fromRows(pseudoRows(5, 4, 703))];
    const cached = projectKeysValues(key, value, params);
    // K = key wk + bk computed independently for one entry: row 1, column 3.
    const nestedKey = pseudoRows(5, 6, 702);
    const wk = pseudoRows(6, 8, 701);
    const bk = pseudoRows(1, 8, 705)[0];
    expect(cached.k.data[1 * 8 + 3]).toBeCloseTo(nestedKey[1].reduce((sum, x, t) => sum + x * wk[t][3], bk[3]), 12);
    const fresh = multiHeadCrossAttention(query, key, value, params);
    const reused = multiHeadCrossAttention(query, key, value, params, { keysValues: cached });
    expect(Array.from(reused.output.data)).toEqual(Array.from(fresh.output.data));
    expect(Array.from(reused.perHead[1].attention.weights.data)).toEqual(Array.from(fresh.perHead[1].attention.weights.data));
  });
  it("multiHeadCrossAttention(..., {keysValues}) refuses projected keys of another shape, naming them", () => {
    const { params } = makeParams(2, 8, 6, 4, 710);
    const [query, key, value] = [fromRows(pseudoRows(3, 8, 711)), fromRows(pseudoRows(5, 6, 712)), fromRows(pseudoRows(5, 4, 713))];
    const other = projectKeysValues(fromRows(pseudoRows(4, 6, 714)), fromRows(pseudoRows(4, 4, 715)), params);
    expect(() => multiHeadCrossAttention(query, key, value, params, { keysValues: other })).toThrow(
      /^multiHeadCrossAttention: the projected keys K are 4x8 but there are 5 keys and dModel is 8; they must be 5x8, projected from this key and value$/,
    );
    expect(() => multiHeadCrossAttentionOutput(query, key, value, params, { keysValues: projectKeysValues(key, value, params) })).toThrow(
      /keysValues \(cached K and V\) is read by multiHeadCrossAttention only/,
    );
  });
});
