import { matrix, type Matrix, type Random } from "../core";

/**
 * Inverted dropout as training-mode frameworks apply it to attention weights (PyTorch's
 * nn.Dropout, dropout_p of scaled_dot_product_attention): each entry is zeroed with probability
 * p and every kept entry is divided by 1 - p, so the expected value is unchanged. A kept weight
 * above 1 - p therefore exceeds 1, and a row no longer sums to 1. (rows, cols) -> (rows, cols).
 */
export function invertedDropout(m: Matrix, p: number, rng: Random): Matrix {
  if (!Number.isFinite(p) || p < 0 || p >= 1) {
    throw new RangeError(`invertedDropout: p is ${p}; the drop probability must be at least 0 and below 1`);
  }
  return matrix(m.rows, m.cols, Array.from(m.data, (x) => (rng.next() < p ? 0 : x / (1 - p))));
}
