import { describe, expect, it } from "vitest";
import { scalingSweep } from "../../../src/examples/scalingSweep";

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
});
