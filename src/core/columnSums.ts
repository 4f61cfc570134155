import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/** The sum of each column: (r, c) -> (c). The gradient of a bias added to every row is dY's column sums. */
export function columnSums(m: Matrix): Float64Array {
  assertMatrix(m, "columnSums", "the matrix");
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; ++i) {
    for (let j = 0; j < m.cols; ++j) out[j] += m.data[i * m.cols + j];
  }
  return out;
}
