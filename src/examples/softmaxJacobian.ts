import { matrix, type Matrix } from "../core";

/**
 * The Jacobian of softmax at the weights p (n): J[i][j] = d p_i / d s_j = p_i (δ_ij - p_j), that is
 * diag(p) - p pᵀ, shape (n, n). Every entry goes to 0 as p becomes one-hot, which is why a
 * saturated softmax passes almost no gradient back to its scores.
 */
export function softmaxJacobian(p: ArrayLike<number>): Matrix {
  const n = p.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) data[i * n + j] = (i === j ? p[i] : 0) - p[i] * p[j];
  }
  return matrix(n, n, data); // (n, n)
}

/** The largest |entry| of a matrix: one number for "how much gradient can get through". */
export function largestAbsEntry(m: Matrix): number {
  let largest = 0;
  for (const x of m.data) largest = Math.max(largest, Math.abs(x));
  return largest;
}
