import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/**
 * For each row, the column of its largest entry (the first on ties): (r, c) -> (r).
 * On attention weights: the key each query looks at most. A row with no
 * entry above -Infinity (or no columns) gives -1.
 */
export function argmaxRows(m: Matrix): Int32Array {
  assertMatrix(m, "argmaxRows", "the matrix");
  const out = new Int32Array(m.rows).fill(-1);
  for (let i = 0; i < m.rows; ++i) {
    let best = -Infinity;
    for (let j = 0; j < m.cols; ++j) {
      const x = m.data[i * m.cols + j];
      if (x > best) {
        best = x;
        out[i] = j;
      }
    }
  }
  return out;
}
