import { afterEach, describe, expect, it } from "vitest";
import { createRandom, fromRows, maskFromRows, randomMatrix, scaledDotProductAttention, toRows, type Mask, type Matrix } from "../../../src/core";
import { blockwiseAttention, scoreBufferEntries, type BlockState } from "../../../src/examples/blockwiseAttention";
import { expectClose } from "../core/helpers";

/** Random Q (Lq, dk), K (Lk, dk), V (Lk, dv) with scores spread wide enough that the running maximum moves. */
function inputs(Lq: number, Lk: number, dk: number, dv: number, seed: number): { q: Matrix; k: Matrix; v: Matrix } {
  const rng = createRandom(seed);
  return { q: randomMatrix(rng, Lq, dk, 2), k: randomMatrix(rng, Lk, dk, 2), v: randomMatrix(rng, Lk, dv) };
}

function expectSameAsCore(q: Matrix, k: Matrix, v: Matrix, blockSize: number, allowed?: Mask): void {
  const core = scaledDotProductAttention(q, k, v, { allowed, fullyMasked: "zeros" });
  const ours = blockwiseAttention(q, k, v, blockSize, { allowed, fullyMasked: "zeros" });
  expectClose(ours.output, toRows(core.output), 1e-12);
}

describe("blockwiseAttention", () => {
  it("blockwiseAttention(q, k, v, blockSize) equals the core's output within 1e-12 for Lq != Lk and block sizes 1, 3, Lk and > Lk", () => {
    const { q, k, v } = inputs(3, 7, 4, 2, 1);
    for (const blockSize of [1, 2, 3, 7, 50]) expectSameAsCore(q, k, v, blockSize);
  });

  it("blockwiseAttention(q, k, v, blockSize) equals the core for dk = 1 and for one key", () => {
    const wide = inputs(4, 9, 1, 3, 2);
    for (const blockSize of [1, 4]) expectSameAsCore(wide.q, wide.k, wide.v, blockSize);
    const one = inputs(2, 1, 3, 2, 3);
    expectSameAsCore(one.q, one.k, one.v, 1);
    expectSameAsCore(one.q, one.k, one.v, 5);
    // One key gets all the weight: the output is V's row.
    expectClose(blockwiseAttention(one.q, one.k, one.v, 1).output, [toRows(one.v)[0], toRows(one.v)[0]], 1e-15);
  });

  it("blockwiseAttention(q, k, v, blockSize) survives huge scores that would overflow exp without the running maximum", () => {
    const q = fromRows([[30], [-30]]);
    const k = fromRows([[1], [20], [35], [2]]);
    const v = fromRows([[1, 0], [0, 1], [2, 2], [3, -1]]);
    // Scores up to 30 * 35 = 1050: e^1050 is Infinity in double precision.
    for (const blockSize of [1, 2, 3]) expectSameAsCore(q, k, v, blockSize);
  });

  it("blockwiseAttention(q, k, v, blockSize, {allowed}) masks keys, also a whole first block, and a fully masked row is zeros or an error", () => {
    const { q, k, v } = inputs(3, 6, 2, 2, 4);
    const allowed = maskFromRows([
      [false, false, false, true, false, true], // the first block of 3 is all masked
      [true, false, true, false, true, false],
      [false, false, false, false, false, false], // no allowed key at all
    ]);
    for (const blockSize of [1, 2, 3, 4, 6]) expectSameAsCore(q, k, v, blockSize, allowed);
    expect(toRows(blockwiseAttention(q, k, v, 2, { allowed, fullyMasked: "zeros" }).output)[2]).toEqual([0, 0]);
    expect(() => blockwiseAttention(q, k, v, 2, { allowed })).toThrow(/^blockwiseAttention: query row 2 has no allowed key/);
  });

  it("blockwiseAttention(q, k, v, blockSize, {scale}) uses the given scale like the core", () => {
    const { q, k, v } = inputs(2, 5, 3, 1, 5);
    const core = scaledDotProductAttention(q, k, v, { scale: 0.9 });
    expectClose(blockwiseAttention(q, k, v, 2, { scale: 0.9 }).output, toRows(core.output), 1e-12);
  });

  it("blockwiseAttention reports a peak score buffer of Lq x blockSize and ceil(Lk / blockSize) blocks", () => {
    const { q, k, v } = inputs(5, 11, 2, 2, 6);
    expect(blockwiseAttention(q, k, v, 4)).toMatchObject({ peakScoreEntries: 5 * 4, blocks: 3 });
    expect(blockwiseAttention(q, k, v, 1)).toMatchObject({ peakScoreEntries: 5, blocks: 11 });
    // A block larger than Lk holds every key once: the buffer is the whole Lq x Lk.
    expect(blockwiseAttention(q, k, v, 64)).toMatchObject({ peakScoreEntries: 5 * 11, blocks: 1 });
    expect(scoreBufferEntries(4096, 4096, 128)).toBe(4096 * 128);
  });

  describe("allocations", () => {
    const Original = globalThis.Float64Array;
    afterEach(() => {
      globalThis.Float64Array = Original;
    });

    it("blockwiseAttention(q, k, v, 4) never allocates an Lq x Lk array: every Float64Array it makes is smaller", () => {
      const Lq = 6;
      const Lk = 40;
      const { q, k, v } = inputs(Lq, Lk, 3, 2, 7);
      const lengths: number[] = [];
      globalThis.Float64Array = new Proxy(Original, {
        construct(target, args: unknown[]) {
          const made = Reflect.construct(target, args) as Float64Array;
          lengths.push(made.length);
          return made;
        },
      });
      const result = blockwiseAttention(q, k, v, 4);
      globalThis.Float64Array = Original;
      expect(lengths).toContain(Lq * 4);
      expect(Math.max(...lengths)).toBeLessThan(Lq * Lk);
      expect(result.peakScoreEntries).toBe(Lq * 4);
      // The spy does see a full-size buffer when there is one: the core makes Lq x Lk scores.
      globalThis.Float64Array = new Proxy(Original, {
        construct(target, args: unknown[]) {
          const made = Reflect.construct(target, args) as Float64Array;
          lengths.push(made.length);
          return made;
        },
      });
      scaledDotProductAttention(q, k, v);
      globalThis.Float64Array = Original;
      expect(lengths).toContain(Lq * Lk);
    });
  });

  it("blockwiseAttention(q, k, v, blockSize, {onBlock}) reports m, l and o after every block, matching their definitions on the keys read so far", () => {
    const { q, k, v } = inputs(2, 7, 3, 2, 8);
    const scaled = toRows(scaledDotProductAttention(q, k, v).scaled);
    const states: BlockState[] = [];
    blockwiseAttention(q, k, v, 3, { onBlock: (state) => states.push(state) });
    expect(states.map((s) => [s.block, s.start, s.end])).toEqual([[0, 0, 3], [1, 3, 6], [2, 6, 7]]);
    for (const state of states) {
      for (let i = 0; i < 2; i++) {
        const seen = scaled[i].slice(0, state.end);
        const m = Math.max(...seen);
        const p = seen.map((s) => Math.exp(s - m));
        expect(state.m[i]).toBe(m);
        expect(state.l[i]).toBeCloseTo(p.reduce((a, b) => a + b, 0), 12);
        const o = toRows(state.o)[i];
        for (let c = 0; c < 2; c++) expect(o[c]).toBeCloseTo(p.reduce((sum, pj, j) => sum + pj * v.data[j * 2 + c], 0), 12);
      }
    }
  });

  it("blockwiseAttention refuses a bad block size, mismatched shapes and a mask of the wrong shape, naming them", () => {
    const { q, k, v } = inputs(2, 3, 2, 1, 9);
    expect(() => blockwiseAttention(q, k, v, 0)).toThrow("blockwiseAttention: blockSize is 0; it must be an integer >= 1");
    expect(() => blockwiseAttention(q, k, v, 1.5)).toThrow(/blockSize is 1.5/);
    expect(() => blockwiseAttention(q, fromRows([[1, 2, 3]]), v, 1)).toThrow("blockwiseAttention: Q is 2x2 but K is 1x3; Q and K need the same number of columns (dk)");
    expect(() => blockwiseAttention(q, k, fromRows([[1]]), 1)).toThrow(/K is 3x2 but V is 1x1/);
    expect(() => blockwiseAttention(q, k, v, 1, { allowed: maskFromRows([[true, true]]) })).toThrow(/the allowed mask is 1x2 but the scores are 2x3/);
  });
});
