import { assertUpstream } from "./assertUpstream";
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
  assertUpstream(dC, a.rows, b.rows, op, "dC");
  const dA = matmul(dC, b, { op, a: "dC", b: names.b ?? "B" }); // (n, p) x (p, m) -> (n, m)
  const dB = matmul(transpose(dC), a, { op, a: "dC^T", b: names.a ?? "A" }); // (p, n) x (n, m) -> (p, m)
  return { dA, dB };
}
