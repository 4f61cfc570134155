/**
 * Floating-point operations of one multi-head cross-attention forward, 2 per multiply-add:
 * the three input projections, Q K^T and weights V over all heads, and the output projection.
 * Softmax, scaling and bias adds are left out (they are O(L^2) or O(L d), not products).
 */
export function mhaFlops(Lq: number, Lk: number, dModel: number): number {
  const projections = 2 * Lq * dModel * dModel + 2 * 2 * Lk * dModel * dModel; // Q, then K and V
  const scores = 2 * Lq * Lk * dModel; // h x (Lq, dk) x (dk, Lk), h dk = dModel
  const mix = 2 * Lq * Lk * dModel; // h x (Lq, Lk) x (Lk, dk)
  const output = 2 * Lq * dModel * dModel;
  return projections + scores + mix + output;
}
