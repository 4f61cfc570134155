/**
 * The largest |entry| of softmax's Jacobian diag(p) - p pᵀ at the weights p (n), without building
 * the (n, n) matrix. The diagonal holds p_i (1 - p_i) and the rest -p_i p_j; since the weights sum
 * to 1, p_j <= 1 - p_i, so p_i p_j <= p_i (1 - p_i): the largest entry is max_i p_i (1 - p_i).
 * O(n) instead of O(n²), so a sweep over many rows and widths costs a slow phone no long task.
 */
export function largestSoftmaxJacobianEntry(p: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < p.length; i++) largest = Math.max(largest, p[i] * (1 - p[i]));
  return largest;
}
