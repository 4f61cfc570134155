import type { AttentionTrace } from "./attention";
import { assertUpstream } from "./assertUpstream";
import { AttentionError, assertFinite, assertMatrix, assertObject, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import { matmul } from "./matmul";
import { matmulTransposed } from "./matmulTransposed";
import { scale as scaleBy } from "./scale";
import { softmaxRowsBackward } from "./softmaxRowsBackward";
import { transpose } from "./transpose";

/** The gradients of scaled dot-product attention, stage by stage from the output back to Q and K. */
export interface AttentionGradients {
  /** dO, the upstream gradient, (Lq, dv). */
  dOutput: Matrix;
  /** dA = dO V^T, (Lq, Lk): how the loss changes with each weight. */
  dWeights: Matrix;
  /** dS = A * (dA - rowsum(dA * A)), (Lq, Lk): through the softmax to the scaled, masked scores (and any bias). */
  dScaled: Matrix;
  /** dS K * scale, (Lq, dk). */
  dQ: Matrix;
  /** dS^T Q * scale, (Lk, dk). */
  dK: Matrix;
  /** A^T dO, (Lk, dv). */
  dV: Matrix;
}

const OP = "attentionBackward";

/**
 * Backward of scaledDotProductAttention: given Q (Lq, dk), K (Lk, dk), V (Lk, dv), the trace of
 * their forward call and dOutput (Lq, dv), returns every gradient. The five formulas:
 *   dV = A^T dO;  dA = dO V^T;  dS = A * (dA - rowsum(dA * A));  dQ = dS K * scale;  dK = dS^T Q * scale.
 * The trace's weights already hold the mask, the scale and the fully-masked policy: a blocked
 * key has weight 0, so dS, and its share of dQ and dK, is exactly 0 there; a row zeroed under
 * fullyMasked: "zeros" passes no gradient at all.
 */
export function scaledDotProductAttentionBackward(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  trace: AttentionTrace,
  dOutput: Matrix,
): AttentionGradients {
  assertMatrix(q, OP, "Q");
  assertMatrix(k, OP, "K");
  assertMatrix(v, OP, "V");
  assertObject(trace, OP, "the trace", "attentionTrace");
  assertMatrix(trace.weights, OP, "trace.weights");
  assertMatrix(trace.output, OP, "trace.output");
  const A = trace.weights; // (Lq, Lk)
  const O = trace.output; // (Lq, dv)
  // Q is (Lq, dk) and K (Lk, dk) for the trace's (Lq, Lk) weights; V is (Lk, dv) for its (Lq, dv) output.
  for (const [m, name, rows, cols] of [
    [q, "Q", A.rows, q.cols],
    [k, "K", A.cols, q.cols],
    [v, "V", A.cols, O.cols],
  ] as const) {
    if (m.rows !== rows || m.cols !== cols) {
      throw new AttentionError(OP, { code: "backwardOperandShape", params: { name, shape: shapeText(m), rows, cols, weights: shapeText(A), output: shapeText(O) } });
    }
    assertFinite(m, OP, name);
  }
  assertUpstream(dOutput, A.rows, v.cols, OP);
  const s = trace.scale;

  const dV = matmul(transpose(A), dOutput, { op: OP, a: "A^T", b: "dO" }); // (Lk, Lq) x (Lq, dv) -> (Lk, dv)
  const dWeights = matmulTransposed(dOutput, v, { op: OP, a: "dO", b: "V" }); // (Lq, dv) x (Lk, dv)^T -> (Lq, Lk)
  const dScaled = softmaxRowsBackward(A, dWeights, OP); // (Lq, Lk), elementwise
  const dQ = scaleBy(matmul(dScaled, k, { op: OP, a: "dS", b: "K" }), s); // (Lq, Lk) x (Lk, dk) -> (Lq, dk)
  const dK = scaleBy(matmul(transpose(dScaled), q, { op: OP, a: "dS^T", b: "Q" }), s); // (Lk, Lq) x (Lq, dk) -> (Lk, dk)
  return { dOutput, dWeights, dScaled, dQ, dK, dV };
}
