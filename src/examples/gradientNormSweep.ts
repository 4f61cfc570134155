import { createRandom, randomMatrix, scaledDotProductAttention, scaledDotProductAttentionBackward, type Matrix } from "../core";

/** How large the queries' gradients are at one width: over every query row ‖dQ_i‖ of every draw. */
export interface GradientNormStats {
  mean: number;
  median: number;
  /** Share of query rows whose gradient norm is below `deadBelow`: queries that (almost) stop learning. */
  dead: number;
}

/** One width dk of the sweep, with the 1/sqrt(dk) scale and without it (scale 1), on the same draws. */
export interface GradientNormPoint {
  dk: number;
  scaled: GradientNormStats;
  unscaled: GradientNormStats;
}

export interface GradientNormSweepOptions {
  /** The widths to try. */
  dks: readonly number[];
  /** Keys per query. */
  Lk: number;
  /** Queries per draw. */
  Lq?: number;
  /** Width of the values and of the upstream gradient dO. */
  dv?: number;
  /** Random draws of Q, K, V and dO per width. */
  draws?: number;
  /** A query row counts as dead when ‖dQ_i‖ is below this. */
  deadBelow?: number;
  seed?: number;
}

/** Euclidean norm of each row of m (rows, cols) -> rows numbers. */
function rowNorms(m: Matrix): number[] {
  return Array.from({ length: m.rows }, (_, i) => Math.hypot(...m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

function stats(norms: number[], deadBelow: number): GradientNormStats {
  const sorted = [...norms].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / n,
    median: (sorted[(n - 1) >> 1] + sorted[n >> 1]) / 2,
    dead: sorted.filter((x) => x < deadBelow).length / n,
  };
}

/**
 * For each width dk: `draws` draws of Q (Lq, dk), K (Lk, dk), V (Lk, dv) and an upstream gradient
 * dO (Lq, dv), all with independent unit-variance components; the core's forward and backward with
 * scale 1/sqrt(dk) and with scale 1 on the same draws; and the statistics of the per-query gradient
 * norms ‖dQ_i‖. Scaled, they stay put as dk grows. Unscaled, most rows saturate and get almost no
 * gradient (the median collapses) while the few near-tied rows get large ones (the mean does not).
 */
export function gradientNormSweep({ dks, Lk, Lq = 16, dv = 8, draws = 16, deadBelow = 1e-3, seed = 1 }: GradientNormSweepOptions): GradientNormPoint[] {
  return dks.map((dk) => {
    const rng = createRandom(seed * 100_003 + dk);
    const scaled: number[] = [];
    const unscaled: number[] = [];
    for (let d = 0; d < draws; d++) {
      const q = randomMatrix(rng, Lq, dk); // (Lq, dk)
      const k = randomMatrix(rng, Lk, dk); // (Lk, dk)
      const v = randomMatrix(rng, Lk, dv); // (Lk, dv)
      const dO = randomMatrix(rng, Lq, dv); // (Lq, dv): the gradient the layers above send back
      for (const [norms, scale] of [
        [scaled, 1 / Math.sqrt(dk)],
        [unscaled, 1],
      ] as const) {
        const trace = scaledDotProductAttention(q, k, v, { scale });
        norms.push(...rowNorms(scaledDotProductAttentionBackward(q, k, v, trace, dO).dQ)); // (Lq, dk) -> Lq norms
      }
    }
    return { dk, scaled: stats(scaled, deadBelow), unscaled: stats(unscaled, deadBelow) };
  });
}
