import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import type { ProductNames } from "./matmul";
import { matmulTransposedInto } from "./matmulTransposedInto";

/**
 * The product A B^T: (n, m) x (p, m)^T -> (n, p), entry (i, j) the dot product of row i of A
 * and row j of B. This is Q K^T without building K^T: both rows are read contiguously.
 * Equal, bit for bit, to matmul(a, transpose(b)).
 */
export function matmulTransposed(a: Matrix, b: Matrix, names: ProductNames = {}): Matrix {
  const { op = "matmulTransposed", a: aName = "A", b: bName = "B" } = names;
  assertMatrix(a, op, aName);
  assertMatrix(b, op, bName);
  if (a.cols !== b.cols) {
    throw new AttentionError(op, { code: "sameColumns", params: { a: aName, b: bName, aShape: shapeText(a), bShape: shapeText(b), backward: false } });
  }
  const n = a.rows;
  const m = a.cols;
  const p = b.rows;
  const out = new Float64Array(n * p);
  matmulTransposedInto(
    { data: a.data, offset: 0, stride: m },
    { data: b.data, offset: 0, stride: m },
    { data: out, offset: 0, stride: p },
    n,
    p,
    m,
  );
  return { rows: n, cols: p, data: out }; // (n, m) x (p, m)^T -> (n, p)
}
