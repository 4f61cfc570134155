import { describe, expect, it } from "vitest";
import { scalingSweep, scalingSweepSlices } from "../../../src/examples/scalingSweep";

const Lk = 8;
const sweep = scalingSweep({ dks: [1, 16, 256], Lk });

describe("scalingSweep", () => {
  it("scalingSweep at dk = 1 gives the same numbers with and without the scale (1/sqrt(1) = 1)", () => {
    expect(sweep[0].entropyScaled).toBe(sweep[0].entropyUnscaled);
    expect(sweep[0].jacobianScaled).toBe(sweep[0].jacobianUnscaled);
  });
  it("scalingSweep keeps the scaled entropy roughly constant as dk grows, below log(Lk)", () => {
    for (const point of sweep) {
      expect(Math.abs(point.entropyScaled - sweep[0].entropyScaled)).toBeLessThan(0.15);
      expect(point.entropyScaled).toBeLessThan(Math.log(Lk));
    }
  });
  it("scalingSweep: unscaled rows saturate as dk grows (entropy and Jacobian fall, the top weight nears 1)", () => {
    expect(sweep[1].entropyUnscaled).toBeLessThan(sweep[0].entropyUnscaled);
    expect(sweep[2].entropyUnscaled).toBeLessThan(sweep[1].entropyUnscaled);
    expect(sweep[2].jacobianUnscaled).toBeLessThan(sweep[2].jacobianScaled / 3);
    expect(sweep[2].maxWeightUnscaled).toBeGreaterThan(0.9);
  });
  it("scalingSweep: a Jacobian entry never exceeds 1/4 (p(1 - p) is at most 1/4)", () => {
    for (const point of sweep) expect(Math.max(point.jacobianScaled, point.jacobianUnscaled)).toBeLessThanOrEqual(0.25);
  });
  it("scalingSweepSlices yields between widths (one width per slice) and returns scalingSweep's points", () => {
    const options = { dks: [2, 8, 32], Lk: 4, Lq: 5, seed: 9 };
    const slices = scalingSweepSlices(options);
    let yields = 0;
    let step = slices.next();
    while (!step.done) {
      yields++;
      step = slices.next();
    }
    expect(yields).toBe(2);
    expect(step.value).toEqual(scalingSweep(options));
    expect(step.value.map((p) => p.dk)).toEqual([2, 8, 32]);
  });
  it("scalingSweepSlices returns a sweep already made at once, without a slice", () => {
    const options = { dks: [4, 16], Lk: 3, Lq: 2, seed: 1 };
    const first = scalingSweep(options);
    const again = scalingSweepSlices(options).next();
    expect(again.done).toBe(true);
    expect(again.value).toEqual(first);
  });
  it("scalingSweep with widthFactor 8 (1/√d_model for 8 heads) makes every scaled row flatter than 1/√d_k, on the same draws", () => {
    const options = { dks: [4, 64, 512], Lk: 8, Lq: 16 };
    const right = scalingSweep(options);
    const wrong = scalingSweep({ ...options, widthFactor: 8 });
    wrong.forEach((point, n) => {
      expect(point.entropyUnscaled).toBe(right[n].entropyUnscaled);
      expect(point.entropyScaled).toBeGreaterThan(right[n].entropyScaled);
      expect(point.maxWeightScaled).toBeLessThan(right[n].maxWeightScaled);
    });
  });
});
