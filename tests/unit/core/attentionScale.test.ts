import { describe, expect, it } from "vitest";
import { AttentionError } from "../../../src/core/errors";
import { attentionScale, scaledOverflowError } from "../../../src/core/attentionScale";

describe("attentionScale", () => {
  it("attentionScale(dk) is 1/sqrt(dk): 0.5 for dk = 4, 1 for dk = 1", () => {
    expect(attentionScale(4)).toBe(0.5);
    expect(attentionScale(1)).toBe(1);
    expect(attentionScale(64)).toBe(0.125);
  });

  it("attentionScale(dk, scale) returns a given scale unchanged, even 1 (unscaled)", () => {
    expect(attentionScale(64, 1)).toBe(1);
    expect(attentionScale(3, 0.25)).toBe(0.25);
  });

  it("attentionScale(dk, scale) refuses zero, negative, NaN and infinite scales with the default it would use", () => {
    for (const bad of [0, -1, Number.NaN, Infinity]) {
      expect(() => attentionScale(4, bad)).toThrow(AttentionError);
      expect(() => attentionScale(4, bad)).toThrow(/^attention: scale is .*; it must be a finite number greater than 0 \(the default is 1\/sqrt\(dk\) = 0\.5\)$/);
    }
  });

  it("scaledOverflowError(i, j, x) names the query, the key and the value", () => {
    const error = scaledOverflowError(2, 3, Infinity);
    expect(error).toBeInstanceOf(AttentionError);
    expect(error.op).toBe("attention");
    expect(error.message).toBe("attention: the scaled score of query 2, key 3 is Infinity; Q K^T overflowed, so scale Q or K down");
  });
});
