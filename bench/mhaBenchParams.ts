// The weights and biases both multi-head benchmarks (bench/mha.ts, bench/train.ts) run with.
import { randomMatrix, type MultiHeadParams, type Random } from "../src/core";
import { D_MODEL, HEADS } from "./mhaBenchSettings";

/**
 * HEADS heads, weights wq, wk, wv, wo (D_MODEL, D_MODEL) and biases (D_MODEL), drawn from rng in
 * that order, after whatever the caller drew before.
 */
export function mhaBenchParams(rng: Random): MultiHeadParams {
  const std = 1 / Math.sqrt(D_MODEL); // keeps the projections O(1), as a trained layer would
  const bias = () => randomMatrix(rng, 1, D_MODEL, 0.1).data;
  return {
    heads: HEADS,
    wq: randomMatrix(rng, D_MODEL, D_MODEL, std),
    wk: randomMatrix(rng, D_MODEL, D_MODEL, std),
    wv: randomMatrix(rng, D_MODEL, D_MODEL, std),
    wo: randomMatrix(rng, D_MODEL, D_MODEL, std),
    bq: bias(),
    bk: bias(),
    bv: bias(),
    bo: bias(),
  };
}
