import { describe, expect, it } from "vitest";
import { createRandom, fromRows, toRows } from "../../../src/core";
import { invertedDropout } from "../../../src/examples/invertedDropout";

const weights = fromRows([
  [0.7, 0.2, 0.1],
  [0.25, 0.25, 0.5],
]);

describe("invertedDropout", () => {
  it("invertedDropout(m, 0, rng) returns the weights unchanged", () => {
    expect(toRows(invertedDropout(weights, 0, createRandom(1)))).toEqual(toRows(weights));
  });

  it("invertedDropout(m, 0.5, rng) zeroes entries or doubles them", () => {
    const dropped = invertedDropout(weights, 0.5, createRandom(4));
    dropped.data.forEach((x, n) => expect([0, 2 * weights.data[n]]).toContain(x));
  });

  it("invertedDropout(m, p, rng) keeps a fraction near 1 - p and the mean near the original", () => {
    const big = fromRows([Array.from({ length: 20000 }, () => 0.5)]);
    const dropped = invertedDropout(big, 0.25, createRandom(9));
    const kept = dropped.data.filter((x) => x > 0).length / 20000;
    expect(kept).toBeGreaterThan(0.73);
    expect(kept).toBeLessThan(0.77);
    expect(dropped.data.filter((x) => x > 0).every((x) => Math.abs(x - 0.5 / 0.75) < 1e-12)).toBe(true);
  });

  it("invertedDropout(m, 1, rng) and negative p are refused", () => {
    expect(() => invertedDropout(weights, 1, createRandom(1))).toThrow(/p is 1; .*below 1/);
    expect(() => invertedDropout(weights, -0.1, createRandom(1))).toThrow(/p is -0.1/);
  });
});
