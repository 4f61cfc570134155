import { AttentionError, assertIntegerInRange, assertObject } from "./errors";
import type { Matrix } from "./matrix";

/** A seeded source of random numbers: the same seed gives the same numbers on every machine. */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A standard normal number (mean 0, standard deviation 1). */
  normal(): number;
}

/**
 * A deterministic generator: mulberry32 for uniforms (32-bit integer
 * arithmetic, so identical everywhere) and Box-Muller for normals. Each
 * normal() draws two uniforms and returns the cosine branch only, so the
 * sequence never depends on a hidden cached value. The seed is any integer;
 * it is reduced modulo 2^32.
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) {
    throw new AttentionError("createRandom", { code: "seedNotInteger", params: { seed } });
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u1 = 1 - next(); // in (0, 1], so the logarithm stays finite
    const u2 = next();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  return { next, normal };
}

/**
 * A (rows, cols) matrix of normal numbers with standard deviation `std`,
 * filled row by row from `rng`.
 */
export function randomMatrix(rng: Random, rows: number, cols: number, std = 1): Matrix {
  assertObject(rng, "randomMatrix", "rng", { generator: { rows, cols } });
  assertIntegerInRange(rows, "randomMatrix", "rows", 0);
  assertIntegerInRange(cols, "randomMatrix", "cols", 0);
  if (!Number.isFinite(std) || std < 0) {
    throw new AttentionError("randomMatrix", { code: "stdInvalid", params: { std } });
  }
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; ++i) data[i] = rng.normal() * std;
  return { rows, cols, data };
}
