import { AttentionError, assertArray, assertMatrix, shapeText } from "./errors";
import type { Matrix } from "./matrix";

/**
 * Places matrices side by side: (r, c0), (r, c1), ... -> (r, c0 + c1 + ...).
 * Multi-head attention uses it to join the heads' outputs back into dModel columns.
 */
export function concatCols(ms: readonly Matrix[]): Matrix {
  assertArray(ms, "concatCols", "the list of matrices", "the matrices as one array, concatCols([a, b, ...])");
  ms.forEach((m, t) => assertMatrix(m, "concatCols", `matrix ${t}`));
  if (ms.length === 0) {
    throw new AttentionError("concatCols", "no matrices given; pass at least one");
  }
  const rows = ms[0].rows;
  ms.forEach((m, t) => {
    if (m.rows !== rows) {
      throw new AttentionError(
        "concatCols",
        `matrix ${t} is ${shapeText(m)} but matrix 0 is ${shapeText(ms[0])}; every matrix needs the same number of rows`,
      );
    }
  });
  const cols = ms.reduce((sum, m) => sum + m.cols, 0);
  const out = new Float64Array(rows * cols);
  let offset = 0;
  for (const m of ms) {
    for (let i = 0; i < rows; ++i) out.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), i * cols + offset);
    offset += m.cols;
  }
  return { rows, cols, data: out };
}
