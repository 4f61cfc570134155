import { createRandom, entropyRows, randomMatrix, scaledDotProductAttention, type Matrix } from "../core";
import { largestSoftmaxJacobianEntry } from "./largestSoftmaxJacobianEntry";
import { runToEnd } from "./runToEnd";

/** One width dk of the sweep, averaged over the query rows. */
export interface ScalingPoint {
  dk: number;
  /** Mean row entropy of the weights in nats, with the 1/sqrt(dk) scale and without it (scale 1). */
  entropyScaled: number;
  entropyUnscaled: number;
  /** Mean largest weight of a row: near 1 means the softmax is almost one-hot. */
  maxWeightScaled: number;
  maxWeightUnscaled: number;
  /** Mean over rows of the largest |entry| of that row's softmax Jacobian diag(p) - p pᵀ. */
  jacobianScaled: number;
  jacobianUnscaled: number;
}

export interface ScalingSweepOptions {
  /** The widths to try. */
  dks: readonly number[];
  /** Keys per query. */
  Lk: number;
  /** Query rows averaged over at each width. */
  Lq?: number;
  seed?: number;
  /**
   * The "scaled" statistics use 1/sqrt(widthFactor · dk): 1 is the paper's 1/sqrt(dk); h makes it
   * 1/sqrt(d_model) for h heads of width dk, the mistake the scaling lab shows.
   */
  widthFactor?: number;
}

/** Mean over rows of entropy, largest weight and largest Jacobian entry of weights (Lq, Lk). */
function summarize(weights: Matrix): { entropy: number; maxWeight: number; jacobian: number } {
  const n = weights.cols;
  let maxWeight = 0;
  let jacobian = 0;
  for (let i = 0; i < weights.rows; i++) {
    const row = weights.data.subarray(i * n, (i + 1) * n);
    maxWeight += Math.max(...row);
    jacobian += largestSoftmaxJacobianEntry(row);
  }
  const entropy = entropyRows(weights).reduce((a, b) => a + b, 0);
  return { entropy: entropy / weights.rows, maxWeight: maxWeight / weights.rows, jacobian: jacobian / weights.rows };
}

/** Sweeps already made, by their options: a figure's menu revisits a handful. */
const swept = new Map<string, ScalingPoint[]>();

/**
 * scalingSweep in slices: a generator that yields after each width (so a page can run it one width
 * per task, keeping each task short on a slow phone) and returns the points. A sweep already made
 * for the same options returns at once. The points are shared: read them, do not write into them.
 */
export function* scalingSweepSlices({ dks, Lk, Lq = 64, seed = 3, widthFactor = 1 }: ScalingSweepOptions): Generator<void, ScalingPoint[]> {
  const key = JSON.stringify([dks, Lk, Lq, seed, widthFactor]);
  const done = swept.get(key);
  if (done) return done;
  const points: ScalingPoint[] = [];
  for (const dk of dks) {
    if (points.length > 0) yield;
    const rng = createRandom(seed + dk);
    const q = randomMatrix(rng, Lq, dk); // (Lq, dk)
    const k = randomMatrix(rng, Lk, dk); // (Lk, dk)
    const v = randomMatrix(rng, Lk, 1); // (Lk, 1): the output is not studied here
    const scaled = summarize(scaledDotProductAttention(q, k, v, widthFactor === 1 ? {} : { scale: 1 / Math.sqrt(widthFactor * dk) }).weights);
    const unscaled = summarize(scaledDotProductAttention(q, k, v, { scale: 1 }).weights); // no 1/sqrt(dk)
    points.push({
      dk,
      entropyScaled: scaled.entropy,
      entropyUnscaled: unscaled.entropy,
      maxWeightScaled: scaled.maxWeight,
      maxWeightUnscaled: unscaled.maxWeight,
      jacobianScaled: scaled.jacobian,
      jacobianUnscaled: unscaled.jacobian,
    });
  }
  swept.set(key, points);
  return points;
}

/**
 * For each width dk: random Q (Lq, dk) and K (Lk, dk) with unit-variance components, the weights
 * softmax(Q Kᵀ / sqrt(dk)) and softmax(Q Kᵀ), and how peaked each is. Scaled, the statistics stay put
 * as dk grows; unscaled, the rows saturate towards one-hot and the Jacobian shrinks towards 0.
 */
export function scalingSweep(options: ScalingSweepOptions): ScalingPoint[] {
  return runToEnd(scalingSweepSlices(options));
}
