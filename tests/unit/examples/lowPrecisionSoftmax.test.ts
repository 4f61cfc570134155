import { describe, expect, it } from "vitest";
import { createRandom, softmaxVector } from "../../../src/core";
import { lowPrecisionSoftmax } from "../../../src/examples/lowPrecisionSoftmax";

describe("lowPrecisionSoftmax", () => {
  it("lowPrecisionSoftmax(scores, 'float32', 'float32') is the softmax to float32 accuracy (within 1e-6 relative)", () => {
    const rng = createRandom(1);
    const scores = Array.from({ length: 50 }, () => 3 * rng.normal());
    const exact = softmaxVector(scores.map(Math.fround));
    const { weights } = lowPrecisionSoftmax(scores, "float32", "float32");
    weights.forEach((w, j) => expect(Math.abs(w - exact[j]) / exact[j]).toBeLessThan(1e-6));
  });

  it("lowPrecisionSoftmax(4096 equal scores, 'float16', 'float16') stalls its running sum at 2048, so every weight is 1/2048, twice 1/4096", () => {
    // Every term is e^0 = 1. From 2048 on, float16 numbers are 2 apart: 2048 + 1 is a tie between
    // 2048 and 2050 and goes to 2048, whose significand is even. So the sum never passes 2048.
    const row = new Array(4096).fill(0.25);
    const half = lowPrecisionSoftmax(row, "float16", "float16");
    expect(half.sum).toBe(2048);
    expect(new Set(half.weights)).toEqual(new Set([1 / 2048]));
  });

  it("lowPrecisionSoftmax(4096 equal scores, 'bfloat16', 'bfloat16') stalls at 256 (8 significant bits), and summing in float32 gives 4096", () => {
    const row = new Array(4096).fill(-2);
    expect(lowPrecisionSoftmax(row, "bfloat16", "bfloat16").sum).toBe(256);
    expect(lowPrecisionSoftmax(row, "bfloat16", "float32").sum).toBe(4096);
    expect(lowPrecisionSoftmax(row, "float16", "float32").weights[0]).toBe(1 / 4096);
  });

  it("lowPrecisionSoftmax(scores, 'float16', compute) rounds the scores to float16 first: 1/3 and 0.333251953125 get the same weight", () => {
    const { weights } = lowPrecisionSoftmax([1 / 3, 0.333251953125], "float16", "float32");
    expect(weights[0]).toBe(weights[1]);
    expect(weights[0]).toBe(0.5);
  });

  it("lowPrecisionSoftmax(a row of −Infinity) is NaN everywhere, as torch.softmax gives", () => {
    const { weights, sum } = lowPrecisionSoftmax([-Infinity, -Infinity, -Infinity], "float16", "float32");
    expect(sum).toBeNaN();
    for (const w of weights) expect(w).toBeNaN();
  });

  it("lowPrecisionSoftmax gives a masked key (−Infinity) weight exactly 0 when another key is finite", () => {
    expect(lowPrecisionSoftmax([1, -Infinity, 1], "float16", "float16").weights).toEqual([0.5, 0, 0.5]);
  });
});
