import { createRandom, randomMatrix } from "../core";

/**
 * n dot products q·k, each of two fresh vectors of dk independent standard normal components
 * (mean 0, variance 1): the setting of the variance argument for 1/sqrt(dk). Returns (n).
 * Seeded, so a lesson's quoted numbers and its figure agree on every machine.
 */
export function dotProductSamples(dk: number, n: number, seed = 1): Float64Array {
  const rng = createRandom(seed);
  const q = randomMatrix(rng, n, dk); // (n, dk): one query per sample
  const k = randomMatrix(rng, n, dk); // (n, dk): one key per sample
  const out = new Float64Array(n);
  // Only the n matched pairs (row t of q with row t of k), so every sample is independent.
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let c = 0; c < dk; c++) s += q.data[t * dk + c] * k.data[t * dk + c];
    out[t] = s;
  }
  return out;
}
