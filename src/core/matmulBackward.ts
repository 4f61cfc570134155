import { assertUpstream } from "./assertUpstream";
import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import { matmul, type ProductNames } from "./matmul";
import { matmulTransposed } from "./matmulTransposed";
import { transpose } from "./transpose";

/** The gradients of a product's two operands. */
export interface ProductGradients {
  dA: Matrix;
  dB: Matrix;
}

/**
 * Backward of C = A B, A (n, m), B (m, p): given dC (n, p), the gradient of the loss with
 * respect to C, returns dA = dC B^T (n, m) and dB = A^T dC (m, p). Each entry of A meets the
 * entries of B it was multiplied by, so its gradient sums them weighted by dC.
 */
export function matmulBackward(a: Matrix, b: Matrix, dC: Matrix, names: ProductNames = {}): ProductGradients {
  const op = `${names.op ?? "matmul"}Backward`;
  const aName = names.a ?? "A";
  const bName = names.b ?? "B";
  assertMatrix(a, op, aName);
  assertMatrix(b, op, bName);
  if (a.cols !== b.rows) {
    throw new AttentionError(op, { code: "innerSize", params: { a: aName, b: bName, aShape: shapeText(a), bShape: shapeText(b), backward: true } });
  }
  assertUpstream(dC, a.rows, b.cols, op, "dC");
  const dA = matmulTransposed(dC, b, { op, a: "dC", b: bName }); // (n, p) x (m, p)^T -> (n, m)
  const dB = matmul(transpose(a), dC, { op, a: `${aName}^T`, b: "dC" }); // (m, n) x (n, p) -> (m, p)
  return { dA, dB };
}
