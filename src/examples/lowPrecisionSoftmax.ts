import { roundTo, type PrecisionName } from "./roundToFloatFormat";

export interface LowPrecisionSoftmax {
  /** The weights as stored, in the storage format (Lk). */
  weights: number[];
  /** Σ_j e^(s_j − m) as the compute format added it up. */
  sum: number;
}

/**
 * Softmax of one row of scores (Lk) -> weights (Lk) with every result rounded as a kernel working in
 * limited precision rounds it: the scores and the weights are stored in `storage`; s − m, e^(s − m),
 * the running sum (one term added after another, as a single loop adds them) and the division are
 * rounded to `compute`. compute = storage is "everything in float16"; compute = "float32" is what
 * PyTorch's softmax does with half-precision input. Like torch.softmax, it has no policy for a row
 * of −Infinity: m is then −Infinity, s − m is NaN, and so is every weight.
 */
export function lowPrecisionSoftmax(scores: readonly number[], storage: PrecisionName, compute: PrecisionName): LowPrecisionSoftmax {
  const store = roundTo[storage];
  const round = roundTo[compute];
  const stored = scores.map(store);
  // The maximum of stored numbers is one of them: no rounding.
  const m = stored.reduce((a, b) => Math.max(a, b), -Infinity);
  const exps = stored.map((s) => round(Math.exp(round(s - m))));
  let sum = 0;
  for (const e of exps) sum = round(sum + e);
  return { weights: exps.map((e) => store(round(e / sum))), sum };
}
