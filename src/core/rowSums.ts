import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/** The sum of each row: (r, c) -> (r). Attention weights sum to 1 per query (0 for a fully masked one). */
export function rowSums(m: Matrix): Float64Array {
  assertMatrix(m, "rowSums", "the matrix");
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; ++i) {
    for (let j = 0; j < m.cols; ++j) out[i] += m.data[i * m.cols + j];
  }
  return out;
}
