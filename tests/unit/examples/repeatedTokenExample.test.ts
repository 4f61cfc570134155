import { describe, expect, it } from "vitest";
import { add, argmaxRows, scale, scaledDotProductAttention, sinusoidalPositions, toRows } from "../../../src/core";
import { repeatedSource, repeatedTokenExample } from "../../../src/examples/repeatedTokenExample";
import { expectClose } from "../core/helpers";

const [first, second] = [0, 3]; // the two "the"

describe("repeatedTokenExample", () => {
  it("repeatedTokenExample(false): both “the” rows of the memory are the same, so every query gives them the same weight", () => {
    expect(repeatedSource[first]).toBe("the");
    expect(repeatedSource[second]).toBe("the");
    const { memory, q, k, v } = repeatedTokenExample(false);
    expect(toRows(memory)[first]).toEqual(toRows(memory)[second]);
    for (const row of toRows(scaledDotProductAttention(q, k, v).weights)) expect(row[first]).toBe(row[second]);
  });

  it("repeatedTokenExample(true) is the same memory plus sinusoidalPositions(Lk, dModel)", () => {
    const without = repeatedTokenExample(false, 5, 8).memory;
    const withPe = repeatedTokenExample(true, 5, 8).memory;
    expectClose(add(withPe, scale(without, -1)), toRows(sinusoidalPositions(repeatedSource.length, 8)), 1e-12);
  });

  it("repeatedTokenExample(true): each query's largest weight is on its own position, so the two “the” are told apart", () => {
    const { q, k, v } = repeatedTokenExample(true);
    const weights = toRows(scaledDotProductAttention(q, k, v).weights);
    expect(Array.from(argmaxRows(scaledDotProductAttention(q, k, v).weights))).toEqual([0, 1, 2, 3, 4]);
    expect(weights[first][first]).toBeGreaterThan(weights[first][second]);
    expect(weights[second][second]).toBeGreaterThan(weights[second][first]);
  });
});
