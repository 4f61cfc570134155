import { describe, expect, it } from "vitest";
import { AttentionError, createRandom, randomMatrix, shapeOf } from "../../../src/core";

// Reference values were computed outside the core, from the mulberry32
// definition written with explicit 32-bit arithmetic in Python:
//   s = (s + 0x6D2B79F5) mod 2^32; t = imul(s ^ s>>>15, 1 | s);
//   t = (t + imul(t ^ t>>>7, 61 | t)) ^ t; u = (t ^ t>>>14) / 2^32
describe("createRandom", () => {
  it("createRandom(1).next() gives the mulberry32 sequence for seed 1", () => {
    const rng = createRandom(1);
    expect([rng.next(), rng.next(), rng.next(), rng.next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741,
    ]);
  });
  it("createRandom(0) and createRandom(42) give their mulberry32 sequences", () => {
    const zero = createRandom(0);
    expect([zero.next(), zero.next()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
    const r = createRandom(42);
    expect([r.next(), r.next(), r.next(), r.next()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693,
    ]);
  });
  it("createRandom(seed).normal() is Box-Muller on two uniforms: sqrt(-2 ln(1 - u1)) cos(2 pi u2)", () => {
    // From the seed-42 uniforms above, computed in Python.
    const r = createRandom(42);
    expect(r.normal()).toBeCloseTo(-1.2848381576290195, 14);
    expect(r.normal()).toBeCloseTo(-0.9453528099747296, 14);
  });
  it("createRandom(seed) reduces the seed modulo 2^32", () => {
    const a = createRandom(-1);
    expect([a.next(), a.next()]).toEqual([0.8964226141106337, 0.189478256739676]);
    expect(createRandom(2 ** 32 + 1).next()).toBe(createRandom(1).next());
  });
  it("createRandom(seed) is deterministic and seeds differ", () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.normal());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
  it("createRandom(seed).next() stays in [0, 1) with mean about 1/2 and variance about 1/12", () => {
    const r = createRandom(123);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let t = 0; t < n; ++t) {
      const u = r.next();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.003);
  });
  it("createRandom(seed).normal() has mean about 0, variance about 1 and no skew", () => {
    const r = createRandom(2024);
    const n = 100_000;
    const xs = Array.from({ length: n }, () => r.normal());
    expect(xs.every(Number.isFinite)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
    const skew = xs.reduce((a, x) => a + (x - mean) ** 3, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    expect(Math.abs(skew)).toBeLessThan(0.05);
  });
  it("createRandom(seed) refuses a non-integer seed", () => {
    expect(() => createRandom(1.5)).toThrow(/^createRandom: seed is 1.5; it must be an integer$/);
    expect(() => createRandom(NaN)).toThrow(AttentionError);
  });
});

describe("randomMatrix", () => {
  it("randomMatrix(rng, rows, cols, std) fills row by row with std times the normals", () => {
    const m = randomMatrix(createRandom(42), 1, 2, 3);
    expect(shapeOf(m)).toBe("1x2");
    expect(m.data[0]).toBeCloseTo(3 * -1.2848381576290195, 13);
    expect(m.data[1]).toBeCloseTo(3 * -0.9453528099747296, 13);
  });
  it("randomMatrix(rng, rows, cols) has standard deviation 1 by default and draws from rng in order", () => {
    const a = randomMatrix(createRandom(5), 2, 3);
    const r = createRandom(5);
    expect(Array.from(a.data)).toEqual(Array.from({ length: 6 }, () => r.normal()));
  });
  it("randomMatrix(rng, rows, cols, 0) is all zeros", () => {
    expect(Array.from(randomMatrix(createRandom(1), 2, 2, 0).data).every((x) => x === 0)).toBe(true);
  });
  it("randomMatrix(rng, rows, cols, std) refuses a bad std or size", () => {
    expect(() => randomMatrix(createRandom(1), 2, 2, -1)).toThrow(
      /^randomMatrix: std is -1; it must be a finite number >= 0$/,
    );
    expect(() => randomMatrix(createRandom(1), 2, 2, NaN)).toThrow(/std is NaN/);
    expect(() => randomMatrix(createRandom(1), -2, 2)).toThrow(/^randomMatrix: rows is -2/);
  });
});
