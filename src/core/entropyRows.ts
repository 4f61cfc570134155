import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/**
 * The entropy of each row of attention weights, -sum p log p in nats: (Lq, Lk) -> (Lq).
 * 0 means the query looks at one key only; log(Lk) means it spreads evenly.
 * Terms with p = 0 count as 0 (the limit of p log p), so blocked keys and
 * all-zero rows add nothing.
 */
export function entropyRows(weights: Matrix): Float64Array {
  assertMatrix(weights, "entropyRows", "the weight matrix");
  const out = new Float64Array(weights.rows);
  for (let i = 0; i < weights.rows; ++i) {
    let h = 0;
    for (let j = 0; j < weights.cols; ++j) {
      const p = weights.data[i * weights.cols + j];
      if (p > 0) h -= p * Math.log(p);
    }
    out[i] = h;
  }
  return out;
}
