import { assertUpstream } from "./assertUpstream";
import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Backward of the row softmax A = softmax(S) (Lq, Lk): given the weights A and dA (Lq, Lk),
 * returns dS = A * (dA - rowsum(dA * A)) (Lq, Lk), elementwise. This is the softmax Jacobian
 * diag(a) - a a^T applied to each row of dA without forming it. A masked key has weight 0, so
 * its score gets exactly zero gradient; so does every key of a fully masked (all-zero) row.
 */
export function softmaxRowsBackward(weights: Matrix, dWeights: Matrix, op = "softmaxRowsBackward"): Matrix {
  assertMatrix(weights, op, "weights");
  assertUpstream(dWeights, weights.rows, weights.cols, op, "dWeights");
  const { rows, cols } = weights;
  const A = weights.data;
  const dA = dWeights.data;
  const dS = new Float64Array(rows * cols);
  for (let i = 0; i < rows; ++i) {
    const o = i * cols;
    let dot = 0; // rowsum(dA * A) for row i: how much the row's weighted average moves
    for (let j = 0; j < cols; ++j) dot += dA[o + j] * A[o + j];
    for (let j = 0; j < cols; ++j) dS[o + j] = A[o + j] * (dA[o + j] - dot);
  }
  return { rows, cols, data: dS };
}
