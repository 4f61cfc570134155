import { assertMatrix } from "./errors";
import type { Matrix } from "./matrix";

/** The transpose: (rows, cols) -> (cols, rows), entry (i, j) moves to (j, i). */
export function transpose(m: Matrix): Matrix {
  assertMatrix(m, "transpose", "the matrix");
  const { rows, cols, data } = m;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; ++i) {
    for (let j = 0; j < cols; ++j) out[j * rows + i] = data[i * cols + j];
  }
  return { rows: cols, cols: rows, data: out };
}
