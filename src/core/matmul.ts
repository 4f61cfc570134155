import { AttentionError, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";
import { matmulTransposedInto } from "./matmulTransposedInto";
import { transpose } from "./transpose";

/** How a product names itself and its operands in error messages. */
export interface ProductNames {
  op?: string;
  a?: string;
  b?: string;
}

/**
 * The matrix product A B: (n, m) x (m, p) -> (n, p). `names` lets a caller word
 * the error in its own terms (e.g. op "scores", a "Q").
 */
export function matmul(a: Matrix, b: Matrix, names: ProductNames = {}): Matrix {
  const { op = "matmul", a: aName = "A", b: bName = "B" } = names;
  assertMatrix(a, op, aName);
  assertMatrix(b, op, bName);
  if (a.cols !== b.rows) {
    throw new AttentionError(op, { code: "innerSize", params: { a: aName, b: bName, aShape: shapeText(a), bShape: shapeText(b), backward: false } });
  }
  const n = a.rows;
  const m = a.cols;
  const p = b.cols;
  const out = new Float64Array(n * p);
  // Transposing B once lets every output entry be a dot product of two contiguous rows; the
  // sums still run over k in order, so the result is that of the textbook loop, bit for bit.
  const bt = transpose(b); // (m, p) -> (p, m)
  matmulTransposedInto(
    { data: a.data, offset: 0, stride: m },
    { data: bt.data, offset: 0, stride: m },
    { data: out, offset: 0, stride: p },
    n,
    p,
    m,
  );
  return { rows: n, cols: p, data: out }; // (n, m) x (m, p) -> (n, p)
}
