import { describe, expect, it } from "vitest";
import { createRandom, randomMatrix, toRows } from "../../../src/core";
import { permutationEffect } from "../../../src/examples/permutationEffect";
import { translationExample } from "../../../src/examples/translationExample";
import { expectClose, naiveAttention } from "../core/helpers";

const { q, k, v } = translationExample(); // Lq = 5, Lk = 4
const reverse = [3, 2, 1, 0];

describe("permutationEffect", () => {
  it("permutationEffect(..., 'keys-values', order) leaves the output unchanged (Lq != Lk, dk != dv)", () => {
    expect(permutationEffect(q, k, v, "keys-values", reverse).largestChange).toBeLessThan(1e-12);
    const rng = createRandom(9);
    const [q2, k2, v2] = [randomMatrix(rng, 3, 5), randomMatrix(rng, 6, 5), randomMatrix(rng, 6, 2)];
    expect(permutationEffect(q2, k2, v2, "keys-values", [5, 0, 4, 1, 3, 2]).largestChange).toBeLessThan(1e-12);
  });

  it("permutationEffect(..., 'keys', order) changes the output to attention with shuffled keys and the original values", () => {
    const effect = permutationEffect(q, k, v, "keys", reverse);
    expect(effect.largestChange).toBeGreaterThan(0.1);
    const shuffledK = reverse.map((r) => toRows(k)[r]);
    expectClose(effect.after.output, naiveAttention(toRows(q), shuffledK, toRows(v)).output);
  });

  it("permutationEffect(..., 'queries', order) shuffles the output rows the same way, and putting them back changes nothing", () => {
    const order = [1, 2, 3, 4, 0];
    const effect = permutationEffect(q, k, v, "queries", order);
    const before = toRows(effect.before.output);
    expectClose(effect.after.output, order.map((r) => before[r]));
    expect(effect.largestChange).toBeLessThan(1e-12);
  });

  it("permutationEffect with the identity order changes nothing in any mode", () => {
    expect(permutationEffect(q, k, v, "keys", [0, 1, 2, 3]).largestChange).toBe(0);
    expect(permutationEffect(q, k, v, "keys-values", [0, 1, 2, 3]).largestChange).toBe(0);
    expect(permutationEffect(q, k, v, "queries", [0, 1, 2, 3, 4]).largestChange).toBe(0);
  });

  it("permutationEffect refuses an order of the wrong length for the shuffled side", () => {
    expect(() => permutationEffect(q, k, v, "queries", reverse)).toThrow(/permuteRows: order \[3, 2, 1, 0\] does not reorder the rows of a 5x4 matrix/);
  });
});
