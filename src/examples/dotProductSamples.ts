import { createRandom } from "../core";
import { runToEnd } from "./runToEnd";

/** Samples already drawn, by (dk, n, seed): a figure's width menu revisits a handful of widths. */
const drawn = new Map<string, Float64Array>();

/** Dot products drawn between two yields: about 50,000 normals, a few ms on a phone slowed 4x. */
const NORMALS_PER_SLICE = 50_000;

/**
 * dotProductSamples in slices: a generator that yields after every few thousand products (so a
 * page can run it one slice per task, keeping each task short on a slow phone) and returns the
 * samples. Samples already drawn for (dk, n, seed) return at once.
 */
export function* dotProductSampleSlices(dk: number, n: number, seed = 1): Generator<void, Float64Array> {
  const key = `${dk},${n},${seed}`;
  const done = drawn.get(key);
  if (done) return done;
  const rng = createRandom(seed);
  const out = new Float64Array(n);
  const perSlice = Math.max(1, Math.floor(NORMALS_PER_SLICE / (2 * dk)));
  for (let t = 0; t < n; t++) {
    // Sample t draws its own q (dk) and then its own k (dk), so every sample is independent.
    let s = 0;
    const q = Array.from({ length: dk }, () => rng.normal()); // (dk)
    for (let c = 0; c < dk; c++) s += q[c] * rng.normal();
    out[t] = s;
    if ((t + 1) % perSlice === 0 && t + 1 < n) yield;
  }
  drawn.set(key, out);
  return out;
}

/**
 * n dot products q·k, each of two fresh vectors of dk independent standard normal components
 * (mean 0, variance 1): the setting of the variance argument for 1/sqrt(dk). Returns (n), a copy
 * the caller may write into. Seeded, so a lesson's quoted numbers and its figure agree on every machine.
 */
export function dotProductSamples(dk: number, n: number, seed = 1): Float64Array {
  return runToEnd(dotProductSampleSlices(dk, n, seed)).slice();
}
