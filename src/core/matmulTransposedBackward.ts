import { assertUpstream } from "./assertUpstream";
import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import { matmul, type ProductNames } from "./matmul";
import type { ProductGradients } from "./matmulBackward";
import { transpose } from "./transpose";

/**
 * Backward of C = A B^T, A (n, m), B (p, m) (the scores Q K^T): given dC (n, p), returns
 * dA = dC B (n, m) and dB = dC^T A (p, m).
 */
export function matmulTransposedBackward(a: Matrix, b: Matrix, dC: Matrix, names: ProductNames = {}): ProductGradients {
  const op = `${names.op ?? "matmulTransposed"}Backward`;
  const aName = names.a ?? "A";
  const bName = names.b ?? "B";
  assertMatrix(a, op, aName);
  assertMatrix(b, op, bName);
  if (a.cols !== b.cols) {
    throw new AttentionError(op, { code: "sameColumns", params: { a: aName, b: bName, aShape: shapeText(a), bShape: shapeText(b), backward: true } });
  }
  assertUpstream(dC, a.rows, b.rows, op, "dC");
  const dA = matmul(dC, b, { op, a: "dC", b: bName }); // (n, p) x (p, m) -> (n, m)
  const dB = matmul(transpose(dC), a, { op, a: "dC^T", b: aName }); // (p, n) x (n, m) -> (p, m)
  return { dA, dB };
}
