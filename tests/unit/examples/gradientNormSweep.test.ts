import { describe, expect, it } from "vitest";
import { gradientNormSweep } from "../../../src/examples/gradientNormSweep";

const dks = [1, 4, 16, 64, 256, 1024];

describe("gradientNormSweep", () => {
  const points = gradientNormSweep({ dks, Lk: 8 });
  const at = (dk: number) => points.find((p) => p.dk === dk)!;

  it("gradientNormSweep({dks}) returns one point per width, in order", () => {
    expect(points.map((p) => p.dk)).toEqual(dks);
  });

  it("gradientNormSweep at dk = 1 gives the same numbers with and without the scale (1/√1 = 1, same draws)", () => {
    expect(at(1).unscaled).toEqual(at(1).scaled);
  });

  it("gradientNormSweep with the 1/√dk scale keeps the median ‖dQ_i‖ within a factor 3 of dk = 1 and no query dead", () => {
    for (const p of points) {
      expect(p.scaled.median / at(1).scaled.median).toBeGreaterThan(1 / 3);
      expect(p.scaled.median / at(1).scaled.median).toBeLessThan(3);
      expect(p.scaled.dead).toBe(0);
    }
  });

  it("gradientNormSweep without the scale: at dk = 1024 the median ‖dQ_i‖ collapses and a third or more of the queries get almost none", () => {
    expect(at(1024).unscaled.median).toBeLessThan(1e-3 * at(1024).scaled.median);
    expect(at(1024).unscaled.dead).toBeGreaterThan(0.33);
    expect(at(1024).unscaled.dead).toBeGreaterThan(at(64).unscaled.dead);
  });

  it("gradientNormSweep without the scale: the mean ‖dQ_i‖ does not collapse (a few near-tied queries get large gradients)", () => {
    expect(at(1024).unscaled.mean).toBeGreaterThan(at(1024).scaled.mean);
    expect(at(1024).unscaled.mean).toBeGreaterThan(100 * at(1024).unscaled.median);
  });

  it("gradientNormSweep with one key (Lk = 1) gives dQ = 0 exactly: a softmax over one key is always 1", () => {
    for (const p of gradientNormSweep({ dks: [1, 16], Lk: 1, Lq: 3, draws: 2 })) {
      for (const s of [p.scaled, p.unscaled]) expect(s).toEqual({ mean: 0, median: 0, dead: 1 });
    }
  });

  it("gradientNormSweep is deterministic for a seed and differs for another seed", () => {
    const options = { dks: [8], Lk: 5, Lq: 3, dv: 2, draws: 3 };
    expect(gradientNormSweep(options)).toEqual(gradientNormSweep(options));
    expect(gradientNormSweep({ ...options, seed: 2 })[0].scaled.mean).not.toBe(gradientNormSweep(options)[0].scaled.mean);
  });

  it("gradientNormSweep({deadBelow}) counts every row as dead below Infinity and none below 0", () => {
    const options = { dks: [4], Lk: 3, Lq: 2, draws: 2 };
    expect(gradientNormSweep({ ...options, deadBelow: Infinity })[0].scaled.dead).toBe(1);
    expect(gradientNormSweep({ ...options, deadBelow: 0 })[0].unscaled.dead).toBe(0);
  });
});
