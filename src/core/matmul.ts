import { AttentionError, shapeText } from "./errors";
import type { Matrix } from "./matrix";

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
  if (a.cols !== b.rows) {
    throw new AttentionError(
      op,
      `${aName} is ${shapeText(a)} but ${bName} is ${shapeText(b)}; ${aName} needs as many columns as ${bName} has rows`,
    );
  }
  const n = a.rows;
  const m = a.cols;
  const p = b.cols;
  const out = new Float64Array(n * p);
  // i-k-j order: the inner loop walks a row of B and a row of the output
  // contiguously, which is kinder to the cache than the textbook i-j-k.
  for (let i = 0; i < n; ++i) {
    const outRow = i * p;
    for (let k = 0; k < m; ++k) {
      const aik = a.data[i * m + k];
      const bRow = k * p;
      for (let j = 0; j < p; ++j) out[outRow + j] += aik * b.data[bRow + j];
    }
  }
  return { rows: n, cols: p, data: out }; // (n, m) x (m, p) -> (n, p)
}
